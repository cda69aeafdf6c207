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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** list, query, index and bulk over real HTTP (§4.6–§4.9): every success and error row. */
class DataQueryRoutesIT {
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
  void listAppliesInclusiveBoundsKeysLimitAndOrder() {
    String db = data.newDb();
    for (int i = 1009; i >= 1001; i--) {
      data.add(db, "{\"_id\":\"" + i + "\"}");
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
    String db = data.newDb();
    assertError(http.get(db + "?limit=abc"), 422);
    assertError(http.get(db + "?limit=-1"), 422);
    assertError(http.get(db + "?keys=a&keys=b"), 422);
    assertError(http.get(data.missingDb()), 404);
  }

  private static String movies() {
    String db = data.newDb();
    data.add(
        db,
        "{\"_id\":\"1\",\"type\":\"movie\",\"title\":\"Ghostbusters\",\"year\":1984,\"band\":\"x\"}");
    data.add(
        db,
        "{\"_id\":\"2\",\"type\":\"movie\",\"title\":\"Alien\",\"year\":1979,\"tags\":[\"space\"]}");
    data.add(db, "{\"_id\":\"3\",\"type\":\"movie\",\"title\":\"Dune\",\"year\":\"1985\"}");
    data.add(
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
    String db = data.newDb();
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
    assertError(query(data.missingDb(), "{}"), 404);
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
    String db = data.newDb();
    assertError(http.post(db + "/_index", "{\"fields\":[\"title\"]}"), 422);
    assertError(http.post(db + "/_index", "{\"name\":\"i\"}"), 400);
    assertError(
        http.post(db + "/_index", "{\"name\":\"i\",\"fields\":[\"a\",{\"b\":\"ASC\"}]}"), 400);
    assertError(
        http.post(db + "/_index", "{\"name\":\"i\",\"fields\":[\"a\"],\"partialFilter\":null}"),
        422);
    assertError(http.post(db + "/_index", "[]"), 422);
    assertError(
        http.post(data.missingDb() + "/_index", "{\"name\":\"i\",\"fields\":[\"a\"]}"), 404);
  }

  @Test
  void bulkUpsertsAndDeletesInOrderAndAnswersOneResultPerDocument() {
    String db = data.newDb();
    data.add(db, "{\"_id\":\"old\",\"v\":0}");
    data.add(db, "{\"_id\":\"gone\"}");
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
    String db = data.newDb();
    data.add(db, "{\"_id\":\"keep\",\"v\":0}");
    assertError(
        http.post(db + "/_bulk", "[{\"_id\":\"keep\",\"v\":1},{\"_id\":\"a\"},{\"v\":2}]"), 422);
    assertError(
        http.post(db + "/_bulk", "[{\"_id\":\"keep\",\"_deleted\":true},{\"_id\":7}]"), 422);
    assertError(http.post(db + "/_bulk", "{\"_id\":\"x\"}"), 422);
    assertThat(ids(http.get(db))).containsExactly("keep");
    assertThat(http.get(db + "/keep").json().get("v").intValue()).isZero();
    assertError(http.post(data.missingDb() + "/_bulk", "[]"), 404);
  }
}
