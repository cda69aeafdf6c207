package io.hyper.local.adapter.sqlite;

import static io.hyper.local.core.HyperErrorAssert.assertStatus;
import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.local.core.HyperError;
import io.hyper.local.core.Json;
import io.hyper.local.core.data.BulkOp;
import io.hyper.local.core.data.QueryOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/** Reads stop when their budget is spent, and slow scans cannot starve point reads. */
class QueryBudgetTest {
  private static final Duration BUDGET = Duration.ofMillis(1500);

  @TempDir Path dir;

  private SqliteDataStore store;

  @AfterEach
  void close() {
    if (store != null) {
      store.close();
    }
  }

  private static QueryOptions query(String body) {
    return QueryOptions.parse(Json.MAPPER.readTree(body));
  }

  /** {@code n} documents, each with a 20,000-character string {@code s} of {@code a}s. */
  private void load(String db, int n) {
    store.create(db);
    List<BulkOp> ops = new ArrayList<>();
    String text = "a".repeat(20_000);
    for (int i = 0; i < n; i++) {
      ObjectNode doc = Json.object().put("_id", "d" + i).put("s", text).put("i", i);
      ops.add(new BulkOp("d" + i, false, doc));
    }
    store.bulk(db, ops);
  }

  @Test
  void aRegexThatOutrunsItsBudgetIsStoppedWith503() {
    store = SqliteDataStore.open(dir.resolve("d.sqlite"), BUDGET);
    load("big", 200);
    long started = System.nanoTime();
    HyperError error =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            HyperError.class,
            () ->
                store.query("big", query("{\"selector\":{\"s\":{\"$regex\":\"(.*){1,1000}y\"}}}")));
    long millis = (System.nanoTime() - started) / 1_000_000;
    assertThat(error.status()).isEqualTo(503);
    assertThat(error.msg()).contains("time budget");
    assertThat(millis).isLessThan(BUDGET.toMillis() * 8);
    // The store serves afterwards.
    assertThat(store.get("big", "d7").value()).isPresent();
  }

  @Test
  void aSqlStatementThatOutrunsItsBudgetIsInterruptedWith503() throws Exception {
    try (Connections connections = Connections.file(dir.resolve("c.sqlite"))) {
      io.hyper.local.core.Deadline deadline =
          io.hyper.local.core.Deadline.after(Duration.ofMillis(300), "query");
      long started = System.nanoTime();
      HyperError error =
          org.assertj.core.api.Assertions.catchThrowableOfType(
              HyperError.class,
              () ->
                  connections.read(
                      Connections.Read.SCAN,
                      deadline,
                      c -> {
                        try (java.sql.Statement s = c.createStatement();
                            java.sql.ResultSet r =
                                s.executeQuery(
                                    "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1"
                                        + " FROM n LIMIT 10000000000) SELECT count(*) FROM n")) {
                          return r.next() ? r.getLong(1) : 0L;
                        }
                      }));
      assertThat(error.status()).isEqualTo(503);
      assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(5000);
      // The connection is usable afterwards, without a deadline.
      Integer answer =
          connections.read(
              c -> {
                try (java.sql.Statement s = c.createStatement();
                    java.sql.ResultSet r = s.executeQuery("SELECT 41 + 1")) {
                  return r.next() ? r.getInt(1) : 0;
                }
              });
      assertThat(answer).isEqualTo(42);
    }
  }

  @Test
  void pointReadsAreServedWhileEverySlotForScansIsTaken() throws Exception {
    store = SqliteDataStore.open(dir.resolve("d.sqlite"), Duration.ofSeconds(3));
    load("big", 200);
    store.create("other");
    store.add("other", "x", Json.object().put("_id", "x"));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> slow = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        slow.add(
            pool.submit(
                () ->
                    store.query(
                        "big", query("{\"selector\":{\"s\":{\"$regex\":\"(.*){1,1000}y\"}}}"))));
      }
      Thread.sleep(300); // let the scans take their readers; the assertion below is a bound
      long started = System.nanoTime();
      assertThat(store.get("other", "x").value()).isPresent();
      assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(2000);
      int stopped = 0;
      for (Future<?> f : slow) {
        try {
          f.get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
          assertThat(e.getCause()).isInstanceOf(HyperError.class);
          assertThat(((HyperError) e.getCause()).status()).isEqualTo(503);
          stopped++;
        }
      }
      assertThat(stopped).isEqualTo(4);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void inMemoryReadsWaitForTheOneConnectionAtMostTheirBudget() throws Exception {
    store = SqliteDataStore.inMemory(BUDGET);
    load("big", 200);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<?> slow =
          pool.submit(
              () ->
                  store.query(
                      "big", query("{\"selector\":{\"s\":{\"$regex\":\"(.*){1,1000}y\"}}}")));
      Thread.sleep(300); // let the scan take the connection; the assertion below is a bound
      long started = System.nanoTime();
      try {
        store.get("big", "d1");
      } catch (HyperError e) {
        assertThat(e.status()).isEqualTo(503);
      }
      assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(BUDGET.toMillis() * 8);
      try {
        slow.get(60, TimeUnit.SECONDS);
      } catch (java.util.concurrent.ExecutionException e) {
        assertThat(((HyperError) e.getCause()).status()).isEqualTo(503);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void hugeInListsAreAnsweredCorrectly() {
    store = SqliteDataStore.inMemory();
    store.create("m");
    List<BulkOp> ops = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      ops.add(new BulkOp("d" + i, false, Json.object().put("_id", "d" + i).put("n", i)));
    }
    store.bulk("m", ops);
    StringBuilder values = new StringBuilder();
    for (int i = 0; i < 20_000; i += 2) {
      values.append(i == 0 ? "" : ",").append(i).append(",\"").append(i + 1).append('"');
    }
    List<String> ids =
        store
            .query(
                "m",
                query("{\"selector\":{\"n\":{\"$in\":[" + values + ",true,null]}},\"limit\":100}"))
            .stream()
            .map(d -> d.get("_id").stringValue())
            .toList();
    // Even numbers match; the odd ones are in the list only as strings.
    assertThat(ids).hasSize(25).allMatch(id -> Integer.parseInt(id.substring(1)) % 2 == 0);
    List<String> nin =
        store
            .query("m", query("{\"selector\":{\"n\":{\"$nin\":[" + values + "]}},\"limit\":100}"))
            .stream()
            .map(d -> d.get("_id").stringValue())
            .toList();
    assertThat(nin).hasSize(25).allMatch(id -> Integer.parseInt(id.substring(1)) % 2 == 1);
  }

  @Test
  void wideOrAndDeepNotAreAnsweredOrRefusedWith400() {
    store = SqliteDataStore.inMemory();
    store.create("m");
    store.add("m", "a", Json.object().put("_id", "a").put("n", 5));
    StringBuilder or = new StringBuilder("{\"$or\":[");
    for (int i = 0; i < 999; i++) {
      or.append(i == 0 ? "" : ",").append("{\"n\":").append(i).append('}');
    }
    or.append("]}");
    assertThat(store.query("m", query("{\"selector\":" + or + "}"))).hasSize(1);
    String deep = "{\"$not\":".repeat(30) + "{\"n\":5}" + "}".repeat(30);
    assertThat(store.query("m", query("{\"selector\":" + deep + "}"))).hasSize(1);
    String tooDeep = "{\"$not\":".repeat(40) + "{\"n\":5}" + "}".repeat(40);
    assertStatus(400, () -> query("{\"selector\":" + tooDeep + "}"));
    StringBuilder tooWide = new StringBuilder("{\"$or\":[");
    for (int i = 0; i < 1500; i++) {
      tooWide.append(i == 0 ? "" : ",").append("{\"n\":").append(i).append('}');
    }
    assertStatus(400, () -> query("{\"selector\":" + tooWide + "]}}"));
  }

  @Test
  void javaSortsKeepOnlySkipPlusLimitAndCapIt() {
    store = SqliteDataStore.inMemory();
    store.create("m");
    List<BulkOp> ops = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      // "a\"b" cannot be spelled in SQLite's JSON path syntax, so this sort runs in Java.
      ops.add(
          new BulkOp(
              "d" + i, false, Json.object().put("_id", "d" + i).put("a\"b", (i * 37) % 300)));
    }
    store.bulk("m", ops);
    List<Integer> page =
        store
            .query("m", query("{\"sort\":[{\"a\\\"b\":\"DESC\"}],\"skip\":10,\"limit\":5}"))
            .stream()
            .map(d -> d.get("a\"b").intValue())
            .toList();
    assertThat(page).containsExactly(289, 288, 287, 286, 285);
    assertStatus(
        400, () -> store.query("m", query("{\"sort\":[\"a\\\"b\"],\"skip\":10000,\"limit\":1}")));
  }
}
