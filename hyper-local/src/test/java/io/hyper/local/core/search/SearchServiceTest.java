package io.hyper.local.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyper.local.adapter.lucene.LuceneSearch;
import io.hyper.local.core.HyperError;
import io.hyper.local.core.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class SearchServiceTest {
  private final LuceneSearch port = LuceneSearch.inMemory();
  private final SearchService search = new SearchService(port);

  @BeforeEach
  void create() {
    search.create("i", json("{\"fields\":[\"title\"],\"storeFields\":[\"title\"]}"));
  }

  @AfterEach
  void close() {
    port.close();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{}",
        "[]",
        "{\"fields\":null}",
        "{\"fields\":[]}",
        "{\"fields\":\"title\"}",
        "{\"fields\":[1]}",
        "{\"fields\":[\"\"]}",
        "{\"fields\":[\"title\"],\"storeFields\":\"title\"}",
        "{\"fields\":[\"title\"],\"storeFields\":[null]}",
      })
  void badDefinitionsAre422AndCreateNothing(String body) {
    assertStatus(422, () -> search.create("other", json(body)));
    assertStatus(404, () -> search.get("other", "k"));
  }

  @Test
  void nullStoreFieldsMeansNone() {
    search.create("other", json("{\"fields\":[\"title\"],\"storeFields\":null}"));
    search.add("other", json("{\"key\":\"k\",\"doc\":{\"title\":\"t\"}}"));
    assertThat(search.query("other", json("{\"query\":\"t\"}")).get(0).stored()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[]",
        "{}",
        "{\"doc\":{}}",
        "{\"key\":\"\",\"doc\":{}}",
        "{\"key\":1,\"doc\":{}}",
        "{\"key\":\"k\"}",
        "{\"key\":\"k\",\"doc\":null}",
        "{\"key\":\"k\",\"doc\":[]}",
        "{\"key\":\"k\",\"doc\":\"text\"}",
      })
  void badAddBodiesAre422(String body) {
    assertStatus(422, () -> search.add("i", json(body)));
    assertStatus(404, () -> search.get("i", "k"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{}",
        "[]",
        "{\"query\":\"\"}",
        "{\"query\":null}",
        "{\"query\":5}",
        "{\"query\":\"x\",\"fields\":null}",
        "{\"query\":\"x\",\"fields\":\"title\"}",
        "{\"query\":\"x\",\"filter\":null}",
        "{\"query\":\"x\",\"filter\":[]}",
        "{\"query\":\"x\",\"filter\":\"type\"}",
      })
  void badQueriesAre422(String body) {
    assertStatus(422, () -> search.query("i", json(body)));
  }

  @Test
  void addSetsIdToTheKeyOnlyWhenTheDocHasNone() {
    search.add("i", json("{\"key\":\"a\",\"doc\":{\"title\":\"x\"}}"));
    search.add("i", json("{\"key\":\"b\",\"doc\":{\"_id\":\"own\",\"title\":\"y\"}}"));
    assertThat(search.get("i", "a").get("_id").stringValue()).isEqualTo("a");
    assertThat(search.get("i", "b").get("_id").stringValue()).isEqualTo("own");
  }

  @Test
  void loadKeysByIdOrElseIdAndKeepsInputOrder() {
    assertThat(
            search.load(
                "i",
                json(
                    "[{\"_id\":\"z\",\"title\":\"1\"},{\"id\":\"a\",\"title\":\"2\"},"
                        + "{\"id\":7,\"title\":\"3\"},{\"_id\":\"z\",\"title\":\"4\"}]")))
        .containsExactly("z", "a", "7", "z");
    assertThat(search.get("i", "a").get("_id").stringValue()).isEqualTo("a");
    assertThat(search.get("i", "z").get("title").stringValue()).isEqualTo("4");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{}",
        "[{\"_id\":\"ok\"},{\"title\":\"no key\"}]",
        "[{\"_id\":\"ok\"},{\"_id\":\"\"}]",
        "[{\"_id\":\"ok\"},{\"id\":true}]",
        "[{\"_id\":\"ok\"},{\"id\":1.5}]",
        "[{\"_id\":\"ok\"},5]",
      })
  void loadWithABadDocumentIs422AndWritesNothing(String body) {
    assertStatus(422, () -> search.load("i", json(body)));
    assertStatus(404, () -> search.get("i", "ok"));
  }

  @Test
  void updateUpsertsAndRemoveOfAnAbsentKeyIs404() {
    search.update("i", "new", json("{\"title\":\"fresh\"}"));
    assertThat(search.get("i", "new").get("_id").stringValue()).isEqualTo("new");
    assertStatus(422, () -> search.update("i", "new", json("[]")));
    search.remove("i", "new");
    assertStatus(404, () -> search.remove("i", "new"));
    assertStatus(404, () -> search.get("i", "new"));
  }

  private static JsonNode json(String text) {
    return Json.MAPPER.readTree(text);
  }

  private static void assertStatus(int status, Executable call) {
    assertThatThrownBy(call::execute)
        .isInstanceOfSatisfying(HyperError.class, e -> assertThat(e.status()).isEqualTo(status));
  }
}
