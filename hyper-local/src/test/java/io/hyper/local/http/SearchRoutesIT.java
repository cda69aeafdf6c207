package io.hyper.local.http;

import static io.hyper.local.http.ReplyAssertions.assertError;
import static io.hyper.local.http.ReplyAssertions.assertOk;
import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.local.HyperLocal;
import io.hyper.local.TestHttp;
import io.hyper.local.TestHttp.Reply;
import io.hyper.local.core.Json;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Every route and answer of the search service (§6) over real HTTP. */
class SearchRoutesIT {
  private static final AtomicInteger INDEXES = new AtomicInteger();
  private static final String MOVIES =
      "{\"fields\":[\"title\",\"plot\"],\"storeFields\":[\"title\",\"type\",\"year\"]}";
  // Not private: an engine module's subclass starts the server on its engine instead (hiding
  // start() and stop()) and runs every test here unchanged.
  static HyperLocal hyper;
  static TestHttp http;

  private String index;

  @BeforeAll
  static void start() {
    hyper = HyperLocal.builder().start();
    http = new TestHttp(hyper.url());
  }

  @AfterAll
  static void stop() {
    hyper.close();
  }

  @BeforeEach
  void createIndex() {
    index = "/search/movies-" + INDEXES.incrementAndGet();
    assertOk(http.put(index, MOVIES), 201);
    add("star-wars", "Star Wars", "A farm boy joins a rebellion", "movie", 1977);
    add("star-trek", "Star Trek", "A crew explores the stars", "movie", 1979);
    add("worlds", "The War of the Worlds", "Martians invade", "book", 1898);
    add("alien", "Alien (1979)", "A crew meets a star beast", "movie", 1979);
  }

  @Test
  void descriptionNamesTheService() {
    Reply reply = http.get("/search");
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json())
        .isEqualTo(
            Json.object()
                .put("name", "hyper63 Search")
                .put("version", "1.0")
                .put("status", "unstable"));
  }

  @Test
  void createOfAnExistingIndexIs409() {
    assertError(http.put(index, MOVIES), 409);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "{}",
        "[]",
        "{\"fields\":null}",
        "{\"fields\":[]}",
        "{\"fields\":\"title\"}",
        "{\"fields\":[\"title\"],\"storeFields\":{}}",
      })
  void badDefinitionsAre422AndCreateNothing(String body) {
    String other = "/search/bad-" + INDEXES.incrementAndGet();
    assertError(http.put(other, body), 422);
    assertError(http.get(other + "/k"), 404);
  }

  @Test
  void destroyRemovesTheIndexSoEveryRouteIs404() {
    assertOk(http.delete(index), 200);
    assertError(http.delete(index), 404);
    assertMissingIndexIs404Everywhere(index);
  }

  @Test
  void everyRouteOnAMissingIndexIs404() {
    assertMissingIndexIs404Everywhere("/search/never-created");
  }

  @Test
  void addThenGetReturnsKeyAndDocWithIdWhateverTheLegacyHeader() {
    Reply reply = http.get(index + "/star-wars", "X-HYPER-LEGACY-GET", "true");
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("ok").asBoolean()).isTrue();
    assertThat(reply.json().get("key").asString()).isEqualTo("star-wars");
    JsonNode doc = reply.json().get("doc");
    assertThat(doc.get("_id").asString()).isEqualTo("star-wars");
    assertThat(doc.get("plot").asString()).isEqualTo("A farm boy joins a rebellion");
    assertThat(doc.get("year").asInt()).isEqualTo(1977);
  }

  @Test
  void addOfAnIndexedKeyIs409() {
    assertError(http.post(index, "{\"key\":\"alien\",\"doc\":{\"title\":\"Aliens\"}}"), 409);
    assertThat(http.get(index + "/alien").json().at("/doc/title").asString())
        .isEqualTo("Alien (1979)");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{}",
        "[]",
        "{\"doc\":{}}",
        "{\"key\":\"\",\"doc\":{}}",
        "{\"key\":7,\"doc\":{}}",
        "{\"key\":\"k\"}",
        "{\"key\":\"k\",\"doc\":[]}",
      })
  void badAddsAre422(String body) {
    assertError(http.post(index, body), 422);
    assertError(http.get(index + "/k"), 404);
  }

  @Test
  void getOfAMissingKeyIs404() {
    assertError(http.get(index + "/nope"), 404);
  }

  @Test
  void updateReplacesAndUpserts() {
    assertOk(http.put(index + "/alien", "{\"title\":\"Aliens\"}"), 200);
    assertThat(http.get(index + "/alien").json().get("doc"))
        .isEqualTo(Json.object().put("title", "Aliens").put("_id", "alien"));
    assertThat(ids(query("{\"query\":\"aliens\"}"))).containsExactly("alien");
    assertOk(http.put(index + "/new", "{\"title\":\"Brand New\"}"), 200);
    assertThat(ids(query("{\"query\":\"brand\"}"))).containsExactly("new");
    assertError(http.put(index + "/new", "[1]"), 422);
  }

  @Test
  void removeDeletesAndAnAbsentKeyIs404() {
    assertOk(http.delete(index + "/alien"), 200);
    assertError(http.delete(index + "/alien"), 404);
    assertError(http.get(index + "/alien"), 404);
    assertThat(ids(query("{\"query\":\"alien\"}"))).isEmpty();
  }

  @Test
  void exactTitleQueryRanksThatDocumentFirstWithScoresDescending() {
    JsonNode matches = query("{\"query\":\"Star Wars\"}");
    assertThat(ids(matches)).first().isEqualTo("star-wars");
    assertThat(ids(matches)).contains("star-trek");
    for (int i = 1; i < matches.size(); i++) {
      assertThat(matches.get(i).get("score").asDouble())
          .isLessThanOrEqualTo(matches.get(i - 1).get("score").asDouble());
    }
  }

  @Test
  void matchesCarryIdScoreAndTheStoredFields() {
    JsonNode match = query("{\"query\":\"trek\"}").get(0);
    assertThat(match.get("id").asString()).isEqualTo("star-trek");
    assertThat(match.get("score").isNumber()).isTrue();
    assertThat(match.get("score").asDouble()).isPositive();
    assertThat(match.get("title").asString()).isEqualTo("Star Trek");
    assertThat(match.get("type").asString()).isEqualTo("movie");
    assertThat(match.get("year").asInt()).isEqualTo(1979);
    assertThat(match.has("plot")).isFalse();
  }

  @Test
  void storedFieldsNamedIdOrScoreNeverHideTheMatchIdAndScore() {
    String odd = "/search/ids-" + INDEXES.incrementAndGet();
    assertOk(
        http.put(odd, "{\"fields\":[\"title\"],\"storeFields\":[\"id\",\"score\",\"title\"]}"),
        201);
    assertThat(
            http.post(
                    odd + "/_bulk",
                    "[{\"_id\":\"key-1\",\"id\":\"other\",\"score\":\"high\",\"title\":\"Odd\"}]")
                .status())
        .isEqualTo(201);
    JsonNode match = query(odd, "{\"query\":\"odd\"}").get(0);
    assertThat(match.get("id").asString()).isEqualTo("key-1");
    assertThat(match.get("score").isNumber()).isTrue();
    assertThat(match.get("title").asString()).isEqualTo("Odd");
  }

  @Test
  void queryTextIsPlainTextNeverQuerySyntax() {
    assertThat(ids(query("{\"query\":\"alien (1979)\"}"))).first().isEqualTo("alien");
    assertThat(ids(query("{\"query\":\"wars!\"}"))).containsExactly("star-wars");
    assertThat(ids(query("{\"query\":\"title:trek AND\"}"))).containsExactly("star-trek");
    assertThat(query("{\"query\":\"*\"}")).isEmpty();
    assertThat(query("{\"query\":\"sta\"}")).isEmpty();
  }

  @Test
  void fieldsRestrictTheSearch() {
    assertThat(ids(query("{\"query\":\"crew\"}"))).containsExactlyInAnyOrder("star-trek", "alien");
    assertThat(query("{\"query\":\"crew\",\"fields\":[\"title\"]}")).isEmpty();
    assertThat(ids(query("{\"query\":\"star\",\"fields\":[\"title\"]}")))
        .containsExactlyInAnyOrder("star-wars", "star-trek");
  }

  @Test
  void filterExcludesDifferingStoredValues() {
    assertThat(ids(query("{\"query\":\"star war worlds\",\"filter\":{\"type\":\"book\"}}")))
        .containsExactly("worlds");
    assertThat(
            ids(query("{\"query\":\"crew star\",\"filter\":{\"type\":\"movie\",\"year\":1979}}")))
        .containsExactlyInAnyOrder("star-trek", "alien");
    assertThat(query("{\"query\":\"star\",\"filter\":{\"year\":\"1979\"}}")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{}",
        "[]",
        "{\"query\":\"\"}",
        "{\"query\":null}",
        "{\"query\":42}",
        "{\"query\":\"star\",\"fields\":null}",
        "{\"query\":\"star\",\"filter\":null}",
        "{\"query\":\"star\",\"fields\":\"title\"}",
        "{\"query\":\"star\",\"filter\":[\"type\"]}",
      })
  void badQueriesAre422(String body) {
    assertError(http.post(index + "/_query", body), 422);
  }

  @Test
  void aDocumentWrittenIsVisibleToTheVeryNextQuery() {
    for (int i = 0; i < 20; i++) {
      assertOk(
          http.post(index, "{\"key\":\"k" + i + "\",\"doc\":{\"title\":\"fresh" + i + "\"}}"), 201);
      assertThat(ids(query("{\"query\":\"fresh" + i + "\"}"))).containsExactly("k" + i);
    }
  }

  @Test
  void loadUpsertsAndAnswersInInputOrder() {
    Reply reply =
        http.post(
            index + "/_bulk",
            "[{\"_id\":\"zeta\",\"title\":\"Zeta\"},{\"id\":\"alien\",\"title\":\"Alien Resurrection\"},"
                + "{\"id\":\"beta\",\"title\":\"Beta\"}]");
    assertThat(reply.status()).isEqualTo(201);
    assertThat(reply.json())
        .isEqualTo(
            Json.MAPPER.readTree(
                "{\"ok\":true,\"results\":[{\"ok\":true,\"id\":\"zeta\"},"
                    + "{\"ok\":true,\"id\":\"alien\"},{\"ok\":true,\"id\":\"beta\"}]}"));
    assertThat(http.get(index + "/alien").json().at("/doc/title").asString())
        .isEqualTo("Alien Resurrection");
    assertThat(http.get(index + "/beta").json().at("/doc/_id").asString()).isEqualTo("beta");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"_id\":\"x\"}",
        "[{\"_id\":\"x\",\"title\":\"Ex\"},{\"title\":\"no id\"}]",
        "[{\"_id\":\"x\",\"title\":\"Ex\"},\"text\"]",
      })
  void loadWithABadDocumentIs422AndWritesNothing(String body) {
    assertError(http.post(index + "/_bulk", body), 422);
    assertError(http.get(index + "/x"), 404);
  }

  @Test
  void tenThousandDocumentsLoadInOneCall() {
    ArrayNode docs = Json.MAPPER.createArrayNode();
    for (int i = 0; i < 10_000; i++) {
      docs.addObject()
          .put("_id", "doc-" + i)
          .put("title", "document number" + i)
          .put("type", "bulk");
    }
    Reply reply = http.post(index + "/_bulk", Json.MAPPER.writeValueAsString(docs));
    assertThat(reply.status()).isEqualTo(201);
    JsonNode results = reply.json().get("results");
    assertThat(results).hasSize(10_000);
    assertThat(results.get(9_999).get("id").asString()).isEqualTo("doc-9999");
    assertThat(ids(query("{\"query\":\"number4242\"}"))).containsExactly("doc-4242");
    assertThat(query("{\"query\":\"document\",\"filter\":{\"type\":\"bulk\"}}")).hasSize(10_000);
  }

  @Test
  void encodedSlashesStayInsideIndexNamesAndKeys() {
    String odd = "/search/a%2Fb-" + INDEXES.incrementAndGet();
    assertOk(http.put(odd, "{\"fields\":[\"title\"]}"), 201);
    assertOk(http.put(odd + "/x%2Fy", "{\"title\":\"Slashed\"}"), 200);
    assertThat(http.get(odd + "/x%2Fy").json().get("key").asString()).isEqualTo("x/y");
    assertThat(ids(query(odd, "{\"query\":\"slashed\"}"))).containsExactly("x/y");
  }

  @Test
  void restartKeepsTheIndex(@TempDir Path dir) {
    try (HyperLocal first = HyperLocal.builder().dataDir(dir).start()) {
      TestHttp client = new TestHttp(first.url());
      assertOk(client.put("/search/kept", MOVIES), 201);
      assertOk(
          client.post(
              "/search/kept", "{\"key\":\"dune\",\"doc\":{\"title\":\"Dune\",\"type\":\"movie\"}}"),
          201);
    }
    assertThat(dir.resolve("search").resolve("kept")).isDirectory();
    try (HyperLocal second = HyperLocal.builder().dataDir(dir).start()) {
      TestHttp client = new TestHttp(second.url());
      assertThat(client.get("/search/kept/dune").json().at("/doc/title").asString())
          .isEqualTo("Dune");
      JsonNode match =
          client.post("/search/kept/_query", "{\"query\":\"dune\"}").json().at("/matches/0");
      assertThat(match.get("id").asString()).isEqualTo("dune");
      assertThat(match.get("type").asString()).isEqualTo("movie");
      assertError(client.put("/search/kept", MOVIES), 409);
      assertOk(client.delete("/search/kept"), 200);
    }
    assertThat(dir.resolve("search").resolve("kept")).doesNotExist();
  }

  private void add(String key, String title, String plot, String type, int year) {
    ObjectNode doc =
        Json.object().put("title", title).put("plot", plot).put("type", type).put("year", year);
    ObjectNode body = Json.object().put("key", key).set("doc", doc);
    assertOk(http.post(index, Json.MAPPER.writeValueAsString(body)), 201);
  }

  private JsonNode query(String body) {
    return query(index, body);
  }

  private static JsonNode query(String path, String body) {
    Reply reply = http.post(path + "/_query", body);
    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    assertThat(reply.json().get("ok").asBoolean()).isTrue();
    return reply.json().get("matches");
  }

  private static List<String> ids(JsonNode matches) {
    List<String> ids = new ArrayList<>();
    matches.forEach(m -> ids.add(m.get("id").asString()));
    return ids;
  }

  private static void assertMissingIndexIs404Everywhere(String path) {
    assertError(http.post(path, "{\"key\":\"k\",\"doc\":{}}"), 404);
    assertError(http.get(path + "/k"), 404);
    assertError(http.put(path + "/k", "{}"), 404);
    assertError(http.delete(path + "/k"), 404);
    assertError(http.post(path + "/_query", "{\"query\":\"star\"}"), 404);
    assertError(http.post(path + "/_bulk", "[{\"_id\":\"k\"}]"), 404);
  }
}
