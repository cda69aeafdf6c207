package io.hyper.local.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.hyper.local.adapter.sqlite.SqliteDataStore;
import io.hyper.local.core.HyperError;
import io.hyper.local.core.Json;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import tools.jackson.databind.JsonNode;

/** The data service's rules, over the real SQLite engine in memory. */
class DataServiceTest {
  private final SqliteDataStore store = SqliteDataStore.inMemory();
  private final DataService data = new DataService(store, new Ids(Clock.systemUTC()));

  @AfterEach
  void close() {
    store.close();
  }

  static JsonNode json(String text) {
    return Json.MAPPER.readTree(text);
  }

  private static int status(Executable call) {
    return catchThrowableOfType(HyperError.class, call::execute).status();
  }

  @Test
  void createTwiceIs409AndDestroyOfAMissingDatabaseIs404() {
    data.create("d");
    assertThat(status(() -> data.create("d"))).isEqualTo(409);
    data.destroy("d");
    assertThat(status(() -> data.destroy("d"))).isEqualTo(404);
  }

  @Test
  void everyCallOnAMissingDatabaseIsHypersOne404() {
    List<Executable> calls =
        List.of(
            () -> data.add("nope", json("{\"_id\":\"1\"}")),
            () -> data.get("nope", "1"),
            () -> data.update("nope", "1", json("{}")),
            () -> data.remove("nope", "1"),
            () -> data.list("nope", ListOptions.all()),
            () -> data.query("nope", json("{\"selector\":{}}")),
            () -> data.index("nope", json("{\"name\":\"i\",\"fields\":[\"a\"]}")),
            () -> data.bulk("nope", json("[{\"_id\":\"1\"}]")),
            () -> data.destroy("nope"));
    for (Executable call : calls) {
      HyperError error = catchThrowableOfType(HyperError.class, call::execute);
      assertThat(error.status()).isEqualTo(404);
      assertThat(error.msg()).isEqualTo("database does not exist");
    }
    assertThat(store.databases()).isEmpty();
  }

  @Test
  void addGeneratesDistinctUrlSafeIdsAndPutsIdFirst() {
    data.create("d");
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      ids.add(data.add("d", json("{\"n\":" + i + "}")));
    }
    assertThat(ids).hasSize(200).allMatch(id -> id.matches("c[0-9a-z]{24}"));
    String id = ids.iterator().next();
    assertThat(data.get("d", id).propertyNames().iterator().next()).isEqualTo("_id");
  }

  @Test
  void addRejectsBadDocumentsWithTheContractsStatuses() {
    data.create("d");
    assertThat(status(() -> data.add("d", json("{}")))).isEqualTo(400);
    assertThat(status(() -> data.add("d", json("{\"_id\":1}")))).isEqualTo(422);
    assertThat(status(() -> data.add("d", json("{\"_id\":false}")))).isEqualTo(422);
    assertThat(status(() -> data.add("d", json("{\"_id\":{}}")))).isEqualTo(422);
    assertThat(status(() -> data.add("d", json("[{\"a\":1}]")))).isEqualTo(422);
    assertThat(status(() -> data.add("d", json("{\"a\":1e999}")))).isEqualTo(422);
    String deep = "[".repeat(100) + "]".repeat(100);
    assertThat(status(() -> data.add("d", json("{\"a\":" + deep + "}")))).isEqualTo(422);
    assertThat(status(() -> data.bulk("d", json("[{\"_id\":\"b\",\"a\":" + deep + "}]"))))
        .isEqualTo(422);
    data.add("d", json("{\"_id\":\"ok\",\"a\":" + deep.substring(1, deep.length() - 1) + "}"));
    data.remove("d", "ok");
    data.add("d", json("{\"_id\":\"x\"}"));
    assertThat(status(() -> data.add("d", json("{\"_id\":\"x\"}")))).isEqualTo(409);
    assertThat(status(() -> data.add("missing", json("{\"a\":1}")))).isEqualTo(404);
    assertThat(data.list("d", ListOptions.all())).hasSize(1);
  }

  @Test
  void updateReplacesUpsertsAndUsesThePathId() {
    data.create("d");
    data.update("d", "p", json("{\"_id\":\"q\",\"a\":1}"));
    data.update("d", "p", json("{\"b\":2}"));
    assertThat(data.get("d", "p")).isEqualTo(json("{\"_id\":\"p\",\"b\":2}"));
    assertThat(status(() -> data.get("d", "q"))).isEqualTo(404);
    assertThat(status(() -> data.update("d", "p", json("[]")))).isEqualTo(422);
  }

  @Test
  void removeAndGetOfAMissingDocumentAre404() {
    data.create("d");
    assertThat(status(() -> data.get("d", "nope"))).isEqualTo(404);
    assertThat(status(() -> data.remove("d", "nope"))).isEqualTo(404);
  }

  @Test
  void bulkIsAllOrNothing() {
    data.create("d");
    data.add("d", json("{\"_id\":\"keep\",\"v\":0}"));
    assertThat(status(() -> data.bulk("d", json("[{\"_id\":\"keep\",\"v\":1},{\"_id\":\"\"}]"))))
        .isEqualTo(422);
    assertThat(data.get("d", "keep").get("v").intValue()).isZero();
    assertThat(data.bulk("d", json("[{\"_id\":\"keep\",\"v\":1},{\"_id\":\"n\",\"_update\":1}]")))
        .containsExactly("keep", "n");
    assertThat(data.get("d", "n")).isEqualTo(json("{\"_id\":\"n\"}"));
  }

  @Test
  void indexWithTheSameNameAndOtherDefinitionIs409() {
    data.create("d");
    data.index("d", json("{\"name\":\"i\",\"fields\":[\"a\"]}"));
    data.index("d", json("{\"name\":\"i\",\"fields\":[\"a\"],\"type\":\"json\"}"));
    assertThat(status(() -> data.index("d", json("{\"name\":\"i\",\"fields\":[\"b\"]}"))))
        .isEqualTo(409);
    assertThat(
            status(() -> data.index("d", json("{\"name\":\"i\",\"fields\":[{\"a\":\"DESC\"}]}"))))
        .isEqualTo(409);
    assertThat(
            status(
                () ->
                    data.index(
                        "d",
                        json("{\"name\":\"i\",\"fields\":[\"a\"],\"partialFilter\":{\"a\":1}}"))))
        .isEqualTo(409);
  }

  @Test
  void queryParsesTheBodyAndReturnsMatchingDocuments() {
    data.create("d");
    data.bulk("d", json("[{\"_id\":\"1\",\"t\":\"a\"},{\"_id\":\"2\",\"t\":\"b\"}]"));
    List<JsonNode> docs =
        List.copyOf(data.query("d", json("{\"selector\":{\"t\":\"b\"},\"fields\":[\"t\"]}")));
    assertThat(docs).containsExactly(json("{\"t\":\"b\"}"));
    assertThat(status(() -> data.query("d", json("{\"sort\":\"t\"}")))).isEqualTo(400);
  }
}
