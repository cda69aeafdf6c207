package io.hyper.local.postgres.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hyper.local.HyperLocal;
import io.hyper.local.Service;
import io.hyper.local.TestHttp;
import io.hyper.local.TestHttp.Reply;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * hyper's data routes over HTTP on PostgreSQL, answered exactly as on the embedded engine: the same
 * requests go to a server on SQLite and, round-robin, to two servers on one PostgreSQL URL, and
 * every status and body must be equal. Plus what only a shared server shows: racing adds of one id
 * across instances, and a connection killed under a request (503 JSON, then service again).
 */
class PostgresDataHttpIT {
  private static final String SCHEMA = PgTest.schema();
  private static HyperLocal sqlite;
  private static HyperLocal pgA;
  private static HyperLocal pgB;
  private static TestHttp embedded;
  private static List<TestHttp> postgres;
  private static int turn;

  @BeforeAll
  static void start() {
    PgTest.requireServer();
    sqlite = HyperLocal.builder().services(Service.DATA).start();
    pgA =
        HyperLocal.builder()
            .services(Service.DATA)
            .engine(Service.DATA, PgTest.url(SCHEMA))
            .start();
    pgB =
        HyperLocal.builder()
            .services(Service.DATA)
            .engine(Service.DATA, PgTest.url(SCHEMA))
            .start();
    embedded = new TestHttp(sqlite.url());
    postgres = List.of(new TestHttp(pgA.url()), new TestHttp(pgB.url()));
  }

  @AfterAll
  static void stop() {
    sqlite.close();
    pgA.close();
    pgB.close();
    PgTest.dropSchema(SCHEMA);
  }

  /** Sends one request to both sides and asserts equal answers; returns PostgreSQL's. */
  private static Reply same(String method, String path, String body) {
    Reply expected = send(embedded, method, path, body);
    Reply actual = send(postgres.get(turn++ % 2), method, path, body);
    assertThat(actual.status()).as("%s %s %s", method, path, body).isEqualTo(expected.status());
    assertThat(actual.json()).as("%s %s %s", method, path, body).isEqualTo(expected.json());
    return actual;
  }

  private static Reply send(TestHttp http, String method, String path, String body) {
    return switch (method) {
      case "GET" -> http.get(path);
      case "DELETE" -> http.delete(path);
      case "POST" -> http.post(path, body);
      default -> http.put(path, body);
    };
  }

  @Test
  void everyDataRouteAnswersAsOnTheEmbeddedEngine() {
    String db = "/data/movies";
    same("PUT", db, "");
    same("PUT", db, "");
    for (int i = 0; i < 12; i++) {
      same(
          "POST",
          db,
          "{\"_id\":\"m"
              + i
              + "\",\"type\":\"movie\",\"year\":"
              + (1990 + i % 5)
              + ",\"title\":\"T"
              + (char) ('a' + (i * 7) % 12)
              + "\",\"tags\":["
              + (i % 3)
              + "],"
              + "\"rating\":"
              + (i % 4 == 0 ? "null" : i + ".5")
              + "}");
    }
    same("POST", db, "{\"_id\":\"m1\"}");
    same("GET", db + "/m3", null);
    same("GET", db + "/nope", null);
    same("PUT", db + "/m3", "{\"_id\":\"m3\",\"type\":\"movie\",\"year\":2001,\"title\":\"Z\"}");
    same("DELETE", db + "/m4", null);
    same("DELETE", db + "/m4", null);
    same("GET", db, null);
    same("GET", db + "?limit=3&descending=true", null);
    same("GET", db + "?startkey=m2&endkey=m7", null);
    same("GET", db + "?keys=m1,m9,nope", null);
    for (String query :
        List.of(
            "{\"selector\":{\"type\":\"movie\"}}",
            "{\"selector\":{\"year\":{\"$gte\":1992}},\"sort\":[{\"year\":\"DESC\"}],\"limit\":4}",
            "{\"selector\":{\"tags\":1},\"fields\":[\"_id\",\"tags\"]}",
            "{\"selector\":{\"$or\":[{\"rating\":null},{\"title\":{\"$lt\":\"Tc\"}}]},"
                + "\"sort\":[\"title\"],\"skip\":1}",
            "{\"selector\":{\"title\":{\"$regex\":\"^T[a-d]\"}},\"sort\":[\"rating\",\"_id\"]}",
            "{\"selector\":{\"rating\":{\"$exists\":false}}}",
            "{\"selector\":{\"year\":{\"$in\":[1990,1994]},\"tags\":{\"$nin\":[0]}}}",
            "{\"selector\":{\"$bogus\":1}}",
            "{\"selector\":{\"year\":{\"$gt\":1990}},\"limit\":-1}")) {
      same("POST", db + "/_query", query);
    }
    same("POST", db + "/_index", "{\"name\":\"by-year\",\"fields\":[\"year\"]}");
    same("POST", db + "/_index", "{\"name\":\"by-year\",\"fields\":[\"year\"]}");
    same("POST", db + "/_index", "{\"name\":\"by-year\",\"fields\":[\"title\"]}");
    same("POST", db + "/_query", "{\"selector\":{\"year\":1994},\"sort\":[\"year\"]}");
    same(
        "POST",
        db + "/_bulk",
        "[{\"_id\":\"m1\",\"_deleted\":true},{\"_id\":\"n1\",\"x\":1},{\"_id\":\"m2\",\"y\":2}]");
    same("GET", db, null);
    same("POST", "/data/nodb", "{\"_id\":\"a\"}");
    same("GET", "/data/nodb/a", null);
    same("POST", "/data/nodb/_query", "{\"selector\":{}}");
    same("DELETE", db, null);
    same("DELETE", db, null);
    same("GET", db + "/m3", null);
  }

  @Test
  void racingAddsOfOneIdAcrossInstancesGiveOne201AndOne409() throws Exception {
    postgres.get(0).put("/data/race", "");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 20; round++) {
        String body = "{\"_id\":\"id" + round + "\",\"round\":" + round + "}";
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (TestHttp http : postgres) {
          answers.add(
              pool.submit(
                  () -> {
                    go.await();
                    return http.post("/data/race", body).status();
                  }));
        }
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
          statuses.add(answer.get(60, TimeUnit.SECONDS));
        }
        assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(201, 409);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(postgres.get(1).get("/data/race").json().get("docs")).hasSize(20);
  }

  @Test
  void aConnectionKilledUnderAWriteIs503JsonAndTheServerServesOn() throws Exception {
    TestHttp http = postgres.get(0);
    assertThat(http.put("/data/killed", "").status()).isEqualTo(201);
    try (Connection locker = PgTest.connect()) {
      locker.setAutoCommit(false);
      lockDatabase(locker, "killed");
      CompletableFuture<Reply> add =
          CompletableFuture.supplyAsync(() -> http.post("/data/killed", "{\"_id\":\"a\"}"));
      terminate(SCHEMA + "\".data_databases");
      Reply reply = add.get(60, TimeUnit.SECONDS);
      assertThat(reply.status()).isEqualTo(503);
      assertThat(reply.json().get("ok").booleanValue()).isFalse();
      assertThat(reply.json().get("status").intValue()).isEqualTo(503);
      assertThat(reply.text())
          .doesNotContain("PSQL")
          .doesNotContain("terminat")
          .doesNotContain(SCHEMA);
      locker.rollback();
    }
    assertThat(http.post("/data/killed", "{\"_id\":\"a\"}").status()).isEqualTo(201);
    assertThat(postgres.get(1).get("/data/killed/a").status()).isEqualTo(200);
  }

  @Test
  void aBulkIsOneTransactionEvenWhenItsConnectionIsKilledHalfWay() throws Exception {
    TestHttp http = postgres.get(1);
    assertThat(http.put("/data/bulk", "").status()).isEqualTo(201);
    assertThat(http.post("/data/bulk", "{\"_id\":\"k500\",\"v\":0}").status()).isEqualTo(201);
    StringBuilder ops = new StringBuilder("[");
    for (int i = 0; i < 1000; i++) {
      ops.append(i == 0 ? "" : ",").append("{\"_id\":\"k").append(i).append("\",\"v\":1}");
    }
    String bulk = ops.append("]").toString();
    try (Connection locker = PgTest.connect()) {
      locker.setAutoCommit(false);
      String table = table(locker, "bulk");
      try (Statement s = locker.createStatement()) {
        s.execute("SELECT 1 FROM \"" + SCHEMA + "\"." + table + " WHERE id = 'k500' FOR UPDATE");
      }
      CompletableFuture<Reply> reply =
          CompletableFuture.supplyAsync(() -> http.post("/data/bulk/_bulk", bulk));
      terminate(SCHEMA + "\"." + table);
      assertThat(reply.get(60, TimeUnit.SECONDS).status()).isEqualTo(503);
      locker.rollback();
    }
    // Nothing of the killed bulk stayed: k500 as before, and no other k.
    assertThat(http.get("/data/bulk").json().get("docs")).hasSize(1);
    assertThat(http.get("/data/bulk/k500").json().get("v").intValue()).isZero();
    assertThat(http.post("/data/bulk/_bulk", bulk).status()).isEqualTo(201);
    assertThat(postgres.get(0).get("/data/bulk?limit=2000").json().get("docs")).hasSize(1000);
  }

  private static void lockDatabase(Connection c, String name) throws SQLException {
    try (PreparedStatement lock =
        c.prepareStatement(
            "SELECT 1 FROM \"" + SCHEMA + "\".data_databases WHERE name = ? FOR UPDATE")) {
      lock.setString(1, name);
      lock.executeQuery().close();
    }
  }

  private static String table(Connection c, String name) throws SQLException {
    try (PreparedStatement find =
        c.prepareStatement("SELECT id FROM \"" + SCHEMA + "\".data_databases WHERE name = ?")) {
      find.setString(1, name);
      try (ResultSet row = find.executeQuery()) {
        row.next();
        return "data_" + row.getLong(1);
      }
    }
  }

  /**
   * Waits until a backend blocks on a lock in a statement naming {@code relation} (this class's
   * random schema makes it ours alone), then terminates it as an operator or a failover would.
   */
  private static void terminate(String relation) throws SQLException {
    try (Connection admin = PgTest.connect();
        PreparedStatement find =
            admin.prepareStatement(
                "SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                    + " AND position(? in query) > 0");
        PreparedStatement kill = admin.prepareStatement("SELECT pg_terminate_backend(?)")) {
      find.setString(1, relation);
      int[] pid = new int[1];
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () -> {
                try (ResultSet rows = find.executeQuery()) {
                  return rows.next() && (pid[0] = rows.getInt(1)) > 0;
                }
              });
      kill.setInt(1, pid[0]);
      try (ResultSet done = kill.executeQuery()) {
        assertThat(done.next() && done.getBoolean(1)).isTrue();
      }
    }
  }
}
