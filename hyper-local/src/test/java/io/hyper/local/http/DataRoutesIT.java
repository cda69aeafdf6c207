package io.hyper.local.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.local.HyperLocal;
import io.hyper.local.Service;
import io.hyper.local.TestHttp;
import io.hyper.local.TestHttp.Reply;
import io.hyper.local.core.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Every route of the data service (§3, §4) over real HTTP, success and error rows. */
class DataRoutesIT {
  private static final AtomicInteger DATABASES = new AtomicInteger();

  private static HyperLocal hyper;
  private static TestHttp http;

  @BeforeAll
  static void start() {
    hyper = HyperLocal.builder().services(Service.DATA).start();
    http = new TestHttp(hyper.url());
  }

  @AfterAll
  static void stop() {
    hyper.close();
  }

  static JsonNode json(String text) {
    return Json.MAPPER.readTree(text);
  }

  /** A new, empty database; its path {@code /data/<name>}. */
  private static String newDb() {
    String path = "/data/db" + DATABASES.incrementAndGet();
    assertThat(http.put(path, "").status()).isEqualTo(201);
    return path;
  }

  private static void assertError(Reply reply, int status) {
    assertThat(reply.status()).as(reply.text()).isEqualTo(status);
    assertThat(reply.header("Content-Type")).startsWith("application/json");
    JsonNode body = reply.json();
    assertThat(body.get("ok").asBoolean()).isFalse();
    assertThat(body.get("status").intValue()).isEqualTo(status);
    assertThat(body.get("msg").isString()).isTrue();
  }

  private static void assertOk(Reply reply, int status, String body) {
    assertThat(reply.status()).as(reply.text()).isEqualTo(status);
    assertThat(reply.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
    assertThat(reply.json()).isEqualTo(json(body));
  }

  private static List<String> ids(Reply reply) {
    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    assertThat(reply.json().get("ok").asBoolean()).isTrue();
    List<String> ids = new ArrayList<>();
    reply.json().get("docs").forEach(d -> ids.add(d.get("_id").stringValue()));
    return ids;
  }

  private static void add(String db, String doc) {
    assertThat(http.post(db, doc).status()).isEqualTo(201);
  }

  @Test
  void infoListsDataAndTheDescriptionRouteAnswers() {
    assertThat(http.get("/").json().get("services")).isEqualTo(json("[\"data\"]"));
    assertOk(
        http.get("/data"),
        200,
        "{\"name\":\"hyper Data\",\"version\":\"1.0.1\",\"status\":\"unstable\"}");
  }

  @Test
  void createIs201AndAgainIs409() {
    String db = "/data/create" + DATABASES.incrementAndGet();
    assertOk(http.put(db, ""), 201, "{\"ok\":true}");
    assertError(http.put(db, ""), 409);
  }

  @Test
  void destroyIs200AndRemovesEverythingThenMissingIs404() {
    String db = newDb();
    add(db, "{\"_id\":\"1\"}");
    assertOk(http.delete(db), 200, "{\"ok\":true}");
    assertError(http.delete(db), 404);
    assertError(http.get(db + "/1"), 404);
    assertOk(http.put(db, ""), 201, "{\"ok\":true}");
    assertThat(ids(http.get(db))).isEmpty();
  }

  @Test
  void addGeneratesAUrlSafeIdWhenIdIsAbsentNullOrEmpty() {
    String db = newDb();
    for (String body :
        List.of(
            "{\"title\":\"x\"}",
            "{\"_id\":null,\"title\":\"x\"}",
            "{\"_id\":\"\",\"title\":\"x\"}")) {
      Reply reply = http.post(db, body);
      assertThat(reply.status()).isEqualTo(201);
      String id = reply.json().get("id").stringValue();
      assertThat(id).matches("c[0-9a-z]{24}");
      assertThat(reply.json().get("ok").asBoolean()).isTrue();
      assertThat(http.get(db + "/" + id).json())
          .isEqualTo(json("{\"_id\":\"" + id + "\",\"title\":\"x\"}"));
    }
    assertThat(ids(http.get(db))).hasSize(3).doesNotHaveDuplicates();
  }

  @Test
  void addKeepsTheGivenIdTreatsIdAsDataAndConflictsWith409() {
    String db = newDb();
    assertOk(
        http.post(db, "{\"_id\":\"g1\",\"id\":\"game-1\"}"), 201, "{\"ok\":true,\"id\":\"g1\"}");
    assertError(http.post(db, "{\"_id\":\"g1\",\"other\":true}"), 409);
    assertThat(http.get(db + "/g1").json()).isEqualTo(json("{\"_id\":\"g1\",\"id\":\"game-1\"}"));
  }

  @Test
  void rejectedAddsAreErrorsAndStoreNothing() {
    String db = newDb();
    assertError(http.post(db, "{\"_id\":5,\"a\":1}"), 422);
    assertError(http.post(db, "{\"_id\":false,\"a\":1}"), 422);
    assertError(http.post(db, "[{\"a\":1}]"), 422);
    assertError(http.post(db, "{}"), 400);
    assertThat(http.post(db, "{}").json().get("msg").stringValue()).isEqualTo("document empty");
    assertError(http.post(db, ""), 400);
    assertError(http.post(db, "{\"a\":"), 400);
    assertError(http.post(db, "42"), 400);
    assertError(http.post(db, "{\"a\":1e999}"), 422);
    assertThat(ids(http.get(db))).isEmpty();
    assertError(http.post("/data/nope-" + DATABASES.incrementAndGet(), "{\"a\":1}"), 404);
  }

  @Test
  void documentsOver8MiBAre413AndNotStored() {
    String db = newDb();
    String big = "{\"_id\":\"big\",\"pad\":\"" + "x".repeat(8 * 1024 * 1024) + "\"}";
    assertError(http.post(db, big), 413);
    assertError(http.put(db + "/big", big), 413);
    assertThat(ids(http.get(db))).isEmpty();
    String almost = "{\"_id\":\"fits\",\"pad\":\"" + "x".repeat(8 * 1024 * 1024 - 100) + "\"}";
    assertThat(http.post(db, almost).status()).isEqualTo(201);
  }

  @Test
  void getIsLegacyByDefaultAndHyperShapedForAnyOtherHeaderValue() {
    String db = newDb();
    add(db, "{\"_id\":\"1\",\"title\":\"x\"}");
    String bare = "{\"_id\":\"1\",\"title\":\"x\"}";
    String shaped = "{\"ok\":true,\"doc\":" + bare + "}";
    assertOk(http.get(db + "/1"), 200, bare);
    assertOk(http.get(db + "/1", "X-HYPER-LEGACY-GET", "true"), 200, bare);
    assertOk(http.get(db + "/1", "x-hyper-legacy-get", "false"), 200, shaped);
    assertOk(http.get(db + "/1", "X-HYPER-LEGACY-GET", "TRUE"), 200, shaped);
    assertOk(http.get(db + "/1", "X-HYPER-LEGACY-GET", "1"), 200, shaped);
  }

  @Test
  void getOfMissingDocumentIsNotOk404InBothModes() {
    String db = newDb();
    assertError(http.get(db + "/missing"), 404);
    assertError(http.get(db + "/missing", "X-HYPER-LEGACY-GET", "false"), 404);
    assertError(http.get("/data/nope-" + DATABASES.incrementAndGet() + "/1"), 404);
  }

  @Test
  void idsWithEncodedSlashesAndSpacesRoundTrip() {
    String db = newDb();
    assertOk(http.put(db + "/a%2Fb%20c", "{\"v\":1}"), 200, "{\"ok\":true,\"id\":\"a/b c\"}");
    assertThat(http.get(db + "/a%2Fb%20c").json()).isEqualTo(json("{\"_id\":\"a/b c\",\"v\":1}"));
    assertThat(ids(http.get(db))).containsExactly("a/b c");
    assertOk(http.delete(db + "/a%2Fb%20c"), 200, "{\"ok\":true,\"id\":\"a/b c\"}");
  }

  @Test
  void updateReplacesUpsertsAndThePathIdWins() {
    String db = newDb();
    assertOk(http.put(db + "/p", "{\"_id\":\"other\",\"a\":1}"), 200, "{\"ok\":true,\"id\":\"p\"}");
    assertOk(http.put(db + "/p", "{\"b\":2}"), 200, "{\"ok\":true,\"id\":\"p\"}");
    assertThat(http.get(db + "/p").json()).isEqualTo(json("{\"_id\":\"p\",\"b\":2}"));
    assertError(http.get(db + "/other"), 404);
    assertError(http.put(db + "/p", "[1]"), 422);
    assertError(http.put(db + "/p", "{\"b\":"), 400);
    assertThat(http.get(db + "/p").json()).isEqualTo(json("{\"_id\":\"p\",\"b\":2}"));
    assertError(http.put("/data/nope-" + DATABASES.incrementAndGet() + "/p", "{\"a\":1}"), 404);
  }

  @Test
  void removeIs200ThenMissingIs404() {
    String db = newDb();
    add(db, "{\"_id\":\"r\"}");
    assertOk(http.delete(db + "/r"), 200, "{\"ok\":true,\"id\":\"r\"}");
    assertError(http.delete(db + "/r"), 404);
    assertError(http.delete("/data/nope-" + DATABASES.incrementAndGet() + "/r"), 404);
  }

  @Test
  void listAppliesInclusiveBoundsKeysLimitAndOrder() {
    String db = newDb();
    for (int i = 1009; i >= 1001; i--) {
      add(db, "{\"_id\":\"" + i + "\"}");
    }
    assertThat(ids(http.get(db))).hasSize(9).isSorted();
    assertThat(ids(http.get(db + "?startkey=1004"))).hasSize(6);
    assertThat(ids(http.get(db + "?endkey=1008"))).hasSize(8);
    assertThat(ids(http.get(db + "?startkey=1004&endkey=1008"))).hasSize(5);
    assertThat(ids(http.get(db + "?startkey=1004&endkey=1008&descending=true&limit=2")))
        .containsExactly("1008", "1007");
    assertThat(ids(http.get(db + "?descending=false&limit=2"))).containsExactly("1001", "1002");
    assertThat(ids(http.get(db + "?limit=0"))).hasSize(9);
    assertThat(ids(http.get(db + "?limit=3.0"))).hasSize(3);
    assertThat(ids(http.get(db + "?keys=1005,1002,nope"))).containsExactly("1002", "1005");
    assertThat(ids(http.get(db + "?keys=1003&startkey=1004"))).isEmpty();
  }

  @Test
  void listRejectsBadLimitAndRepeatedKeysWith422() {
    String db = newDb();
    assertError(http.get(db + "?limit=abc"), 422);
    assertError(http.get(db + "?limit=-1"), 422);
    assertError(http.get(db + "?keys=a&keys=b"), 422);
    assertError(http.get("/data/nope-" + DATABASES.incrementAndGet()), 404);
  }

  private static String movies() {
    String db = newDb();
    add(
        db,
        "{\"_id\":\"1\",\"type\":\"movie\",\"title\":\"Ghostbusters\",\"year\":1984,\"band\":\"x\"}");
    add(
        db,
        "{\"_id\":\"2\",\"type\":\"movie\",\"title\":\"Alien\",\"year\":1979,\"tags\":[\"space\"]}");
    add(db, "{\"_id\":\"3\",\"type\":\"movie\",\"title\":\"Dune\",\"year\":\"1985\"}");
    add(
        db,
        "{\"_id\":\"4\",\"type\":\"book\",\"title\":\"Heat\",\"year\":1995,\"info\":{\"pages\":300}}");
    return db;
  }

  private static Reply query(String db, String body) {
    return http.post(db + "/_query", body);
  }

  @Test
  void queryAppliesSelectorFieldsSortLimitAndSkip() {
    String db = movies();
    assertOk(
        query(
            db,
            "{\"selector\":{\"type\":\"movie\",\"year\":{\"$gt\":1970}},\"fields\":[\"_id\",\"title\"],"
                + "\"sort\":[{\"title\":\"DESC\"}],\"limit\":\"1\",\"skip\":1,\"use_index\":\"none\"}"),
        200,
        "{\"ok\":true,\"docs\":[{\"_id\":\"2\",\"title\":\"Alien\"}]}");
    assertOk(
        query(db, "{\"selector\":{\"info.pages\":{\"$gte\":300}},\"fields\":[\"title\",\"year\"]}"),
        200,
        "{\"ok\":true,\"docs\":[{\"title\":\"Heat\",\"year\":1995}]}");
    assertThat(ids(query(db, "{}"))).containsExactlyInAnyOrder("1", "2", "3", "4");
    assertThat(ids(query(db, "{\"sort\":[\"title\"]}"))).containsExactly("2", "3", "1", "4");
    assertThat(ids(query(db, "{\"selector\":{\"tags\":\"space\"}}"))).containsExactly("2");
    assertThat(
            ids(query(db, "{\"selector\":{\"title\":{\"$regex\":\"^[GH]\"}},\"sort\":[\"year\"]}")))
        .containsExactly("1", "4");
    assertThat(ids(query(db, "{\"selector\":{\"band\":{\"$ne\":\"x\"}},\"sort\":[\"_id\"]}")))
        .containsExactly("2", "3", "4");
  }

  @Test
  void queryLimitDefaultsTo25AlsoForZero() {
    String db = newDb();
    StringBuilder bulk = new StringBuilder("[");
    for (int i = 0; i < 30; i++) {
      bulk.append(i == 0 ? "" : ",").append("{\"_id\":\"d").append(i).append("\"}");
    }
    assertThat(http.post(db + "/_bulk", bulk + "]").status()).isEqualTo(201);
    assertThat(ids(query(db, "{}"))).hasSize(25);
    assertThat(ids(query(db, "{\"limit\":0}"))).hasSize(25);
    assertThat(ids(query(db, "{\"limit\":30}"))).hasSize(30);
    assertThat(ids(query(db, "{\"skip\":\"28\"}"))).hasSize(2);
  }

  @Test
  void queryErrorsAre400Or422AsTheContractSays() {
    String db = movies();
    Reply unsupported = query(db, "{\"selector\":{\"year\":{\"$mod\":[2,0]}}}");
    assertError(unsupported, 400);
    assertThat(unsupported.json().get("msg").stringValue()).contains("$mod");
    assertError(query(db, "{\"selector\":{\"$where\":\"1\"}}"), 400);
    assertError(query(db, "{\"selector\":[1]}"), 422);
    assertError(query(db, "{\"selector\":{\"year\":{\"$in\":5}}}"), 422);
    assertError(query(db, "{\"fields\":\"title\"}"), 422);
    assertError(query(db, "{\"fields\":[1]}"), 422);
    assertError(query(db, "{\"sort\":6}"), 400);
    assertError(query(db, "{\"sort\":[\"title\",{\"year\":\"DESC\"}]}"), 400);
    assertError(query(db, "{\"sort\":[{\"title\":\"desc\"}]}"), 400);
    assertError(query(db, "{\"limit\":\"ten\"}"), 422);
    assertError(query(db, "{\"skip\":-1}"), 422);
    assertError(query(db, "[]"), 422);
    assertError(query(db, "{\"selector\":"), 400);
    assertError(query("/data/nope-" + DATABASES.incrementAndGet(), "{}"), 404);
  }

  @Test
  void indexIs201RecreatingIsFineAndOtherFieldsAre409() {
    String db = movies();
    String index = "{\"name\":\"idx-title\",\"fields\":[\"title\"],\"type\":\"JSON\"}";
    assertOk(http.post(db + "/_index", index), 201, "{\"ok\":true}");
    assertOk(http.post(db + "/_index", index), 201, "{\"ok\":true}");
    assertError(http.post(db + "/_index", "{\"name\":\"idx-title\",\"fields\":[\"year\"]}"), 409);
    assertOk(
        http.post(
            db + "/_index",
            "{\"name\":\"idx-type\",\"fields\":[{\"type\":\"ASC\"},{\"year\":\"DESC\"}],"
                + "\"partialFilter\":{\"type\":{\"$exists\":true}}}"),
        201,
        "{\"ok\":true}");
    assertThat(ids(query(db, "{\"selector\":{\"title\":\"Alien\"},\"use_index\":\"idx-title\"}")))
        .containsExactly("2");
    assertThat(ids(query(db, "{\"selector\":{\"type\":\"movie\"},\"sort\":[{\"year\":\"DESC\"}]}")))
        .containsExactly("3", "1", "2");
  }

  @Test
  void indexErrorsAre422Or400() {
    String db = newDb();
    assertError(http.post(db + "/_index", "{\"fields\":[\"title\"]}"), 422);
    assertError(http.post(db + "/_index", "{\"name\":\"i\"}"), 400);
    assertError(
        http.post(db + "/_index", "{\"name\":\"i\",\"fields\":[\"a\",{\"b\":\"ASC\"}]}"), 400);
    assertError(
        http.post(db + "/_index", "{\"name\":\"i\",\"fields\":[\"a\"],\"partialFilter\":null}"),
        422);
    assertError(http.post(db + "/_index", "[]"), 422);
    assertError(
        http.post(
            "/data/nope-" + DATABASES.incrementAndGet() + "/_index",
            "{\"name\":\"i\",\"fields\":[\"a\"]}"),
        404);
  }

  @Test
  void bulkUpsertsAndDeletesInOrderAndAnswersOneResultPerDocument() {
    String db = newDb();
    add(db, "{\"_id\":\"old\",\"v\":0}");
    add(db, "{\"_id\":\"gone\"}");
    assertOk(
        http.post(
            db + "/_bulk",
            "[{\"_id\":\"old\",\"_update\":true,\"v\":1},{\"_id\":\"new\",\"_deleted\":false},"
                + "{\"_id\":\"gone\",\"_deleted\":true},{\"_id\":\"never\",\"_deleted\":true}]"),
        201,
        "{\"ok\":true,\"results\":[{\"ok\":true,\"id\":\"old\"},{\"ok\":true,\"id\":\"new\"},"
            + "{\"ok\":true,\"id\":\"gone\"},{\"ok\":true,\"id\":\"never\"}]}");
    assertThat(http.get(db + "/old").json()).isEqualTo(json("{\"_id\":\"old\",\"v\":1}"));
    assertThat(http.get(db + "/new").json())
        .isEqualTo(json("{\"_id\":\"new\",\"_deleted\":false}"));
    assertThat(ids(http.get(db))).containsExactly("new", "old");
  }

  @Test
  void bulkWithADocumentWithoutStringIdIs422AndChangesNothing() {
    String db = newDb();
    add(db, "{\"_id\":\"keep\",\"v\":0}");
    assertError(
        http.post(db + "/_bulk", "[{\"_id\":\"keep\",\"v\":1},{\"_id\":\"a\"},{\"v\":2}]"), 422);
    assertError(
        http.post(db + "/_bulk", "[{\"_id\":\"keep\",\"_deleted\":true},{\"_id\":7}]"), 422);
    assertError(http.post(db + "/_bulk", "{\"_id\":\"x\"}"), 422);
    assertThat(ids(http.get(db))).containsExactly("keep");
    assertThat(http.get(db + "/keep").json().get("v").intValue()).isZero();
    assertError(http.post("/data/nope-" + DATABASES.incrementAndGet() + "/_bulk", "[]"), 404);
  }

  @Test
  void unknownDataRoutesAre404() {
    String db = newDb();
    assertError(http.get(db + "/a/b"), 404);
    assertError(http.send("PATCH", db, java.net.http.HttpRequest.BodyPublishers.noBody()), 404);
  }
}
