package io.hyper.local.http;

import static io.hyper.local.http.DataHttp.assertError;
import static io.hyper.local.http.DataHttp.assertOk;
import static io.hyper.local.http.DataHttp.ids;
import static io.hyper.local.http.DataHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.local.HyperLocal;
import io.hyper.local.Service;
import io.hyper.local.TestHttp;
import io.hyper.local.TestHttp.Reply;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Databases and documents over real HTTP (§3, §4.1–§4.5): every success and error row. */
class DataRoutesIT {
  private static HyperLocal hyper;
  private static TestHttp http;
  private static DataHttp data;

  @BeforeAll
  static void start() {
    hyper = HyperLocal.builder().services(Service.DATA).start();
    http = new TestHttp(hyper.url());
    data = new DataHttp(http);
  }

  @AfterAll
  static void stop() {
    hyper.close();
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
    String db = data.missingDb();
    assertOk(http.put(db, ""), 201, "{\"ok\":true}");
    assertError(http.put(db, ""), 409);
  }

  @Test
  void destroyIs200AndRemovesEverythingThenMissingIs404() {
    String db = data.newDb();
    data.add(db, "{\"_id\":\"1\"}");
    assertOk(http.delete(db), 200, "{\"ok\":true}");
    assertError(http.delete(db), 404);
    assertError(http.get(db + "/1"), 404);
    assertOk(http.put(db, ""), 201, "{\"ok\":true}");
    assertThat(ids(http.get(db))).isEmpty();
  }

  @Test
  void addGeneratesAUrlSafeIdWhenIdIsAbsentNullOrEmpty() {
    String db = data.newDb();
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
  void aPropertyCalledIdIsOrdinaryData() {
    String db = data.newDb();
    Reply reply = http.post(db, "{\"id\":\"game-1\"}");
    String id = reply.json().get("id").stringValue();
    assertThat(id).isNotEqualTo("game-1");
    assertThat(http.get(db + "/" + id).json())
        .isEqualTo(json("{\"_id\":\"" + id + "\",\"id\":\"game-1\"}"));
  }

  @Test
  void bodiesAreJsonWhateverTheContentTypeAndMayBeChunked() {
    String db = data.newDb();
    Reply plain =
        http.send(
            "POST",
            db,
            HttpRequest.BodyPublishers.ofString("{\"_id\":\"plain\"}"),
            "Content-Type",
            "text/plain");
    assertOk(plain, 201, "{\"ok\":true,\"id\":\"plain\"}");
    Reply none = http.send("POST", db, HttpRequest.BodyPublishers.ofString("{\"_id\":\"none\"}"));
    assertOk(none, 201, "{\"ok\":true,\"id\":\"none\"}");
    byte[] bytes = "{\"_id\":\"chunked\"}".getBytes(StandardCharsets.UTF_8);
    Reply chunked =
        http.send(
            "POST",
            db,
            HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)));
    assertOk(chunked, 201, "{\"ok\":true,\"id\":\"chunked\"}");
    assertThat(ids(http.get(db))).containsExactly("chunked", "none", "plain");
  }

  @Test
  void addKeepsTheGivenIdTreatsIdAsDataAndConflictsWith409() {
    String db = data.newDb();
    assertOk(
        http.post(db, "{\"_id\":\"g1\",\"id\":\"game-1\"}"), 201, "{\"ok\":true,\"id\":\"g1\"}");
    assertError(http.post(db, "{\"_id\":\"g1\",\"other\":true}"), 409);
    assertThat(http.get(db + "/g1").json()).isEqualTo(json("{\"_id\":\"g1\",\"id\":\"game-1\"}"));
  }

  @Test
  void rejectedAddsAreErrorsAndStoreNothing() {
    String db = data.newDb();
    assertError(http.post(db, "{\"_id\":5,\"a\":1}"), 422);
    assertError(http.post(db, "{\"_id\":false,\"a\":1}"), 422);
    assertError(http.post(db, "[{\"a\":1}]"), 422);
    assertError(http.post(db, "{}"), 400);
    assertThat(http.post(db, "{}").json().get("msg").stringValue()).isEqualTo("document empty");
    assertError(http.post(db, ""), 400);
    assertError(http.post(db, "{\"a\":"), 400);
    assertError(http.post(db, "42"), 400);
    assertError(http.post(db, "{\"a\":1e999}"), 400); // the JSON gate: no engine holds it
    assertThat(ids(http.get(db))).isEmpty();
    assertError(http.post(data.missingDb(), "{\"a\":1}"), 404);
  }

  @Test
  void documentsOver8MiBAre413AndNotStored() {
    String db = data.newDb();
    String big = "{\"_id\":\"big\",\"pad\":\"" + "x".repeat(8 * 1024 * 1024) + "\"}";
    assertError(http.post(db, big), 413);
    assertError(http.put(db + "/big", big), 413);
    assertThat(ids(http.get(db))).isEmpty();
    String almost = "{\"_id\":\"fits\",\"pad\":\"" + "x".repeat(8 * 1024 * 1024 - 100) + "\"}";
    assertThat(http.post(db, almost).status()).isEqualTo(201);
  }

  @Test
  void getIsLegacyByDefaultAndHyperShapedForAnyOtherHeaderValue() {
    String db = data.newDb();
    data.add(db, "{\"_id\":\"1\",\"title\":\"x\"}");
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
    String db = data.newDb();
    assertError(http.get(db + "/missing"), 404);
    assertError(http.get(db + "/missing", "X-HYPER-LEGACY-GET", "false"), 404);
    assertError(http.get(data.missingDb() + "/1"), 404);
  }

  @Test
  void idsWithEncodedSlashesAndSpacesRoundTrip() {
    String db = data.newDb();
    assertOk(http.put(db + "/a%2Fb%20c", "{\"v\":1}"), 200, "{\"ok\":true,\"id\":\"a/b c\"}");
    assertThat(http.get(db + "/a%2Fb%20c").json()).isEqualTo(json("{\"_id\":\"a/b c\",\"v\":1}"));
    assertThat(ids(http.get(db))).containsExactly("a/b c");
    assertOk(http.delete(db + "/a%2Fb%20c"), 200, "{\"ok\":true,\"id\":\"a/b c\"}");
  }

  @Test
  void updateReplacesUpsertsAndThePathIdWins() {
    String db = data.newDb();
    assertOk(http.put(db + "/p", "{\"_id\":\"other\",\"a\":1}"), 200, "{\"ok\":true,\"id\":\"p\"}");
    assertOk(http.put(db + "/p", "{\"b\":2}"), 200, "{\"ok\":true,\"id\":\"p\"}");
    assertThat(http.get(db + "/p").json()).isEqualTo(json("{\"_id\":\"p\",\"b\":2}"));
    assertError(http.get(db + "/other"), 404);
    assertError(http.put(db + "/p", "[1]"), 422);
    assertError(http.put(db + "/p", "{\"b\":"), 400);
    assertThat(http.get(db + "/p").json()).isEqualTo(json("{\"_id\":\"p\",\"b\":2}"));
    assertError(http.put(data.missingDb() + "/p", "{\"a\":1}"), 404);
  }

  @Test
  void removeIs200ThenMissingIs404() {
    String db = data.newDb();
    data.add(db, "{\"_id\":\"r\"}");
    assertOk(http.delete(db + "/r"), 200, "{\"ok\":true,\"id\":\"r\"}");
    assertError(http.delete(db + "/r"), 404);
    assertError(http.delete(data.missingDb() + "/r"), 404);
  }

  @Test
  void unknownDataRoutesAre404() {
    String db = data.newDb();
    assertError(http.get(db + "/a/b"), 404);
    assertError(http.send("PATCH", db, HttpRequest.BodyPublishers.noBody()), 404);
  }
}
