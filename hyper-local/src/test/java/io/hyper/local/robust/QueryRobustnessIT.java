package io.hyper.local.robust;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.local.HyperLocal;
import io.hyper.local.TestHttp;
import io.hyper.local.TestHttp.Reply;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * Hostile and unlucky queries against a real hyper-local (on disk, so with its pool of readers):
 * pathological regexes, huge {@code $in} and {@code $or}, deep nesting, numbers no engine holds.
 * Each is answered with JSON ({@code 200}, a 4xx, or 503 when its time budget is spent) within a
 * bound; slow queries do not starve other databases; afterwards the server serves and the data is
 * intact.
 */
class QueryRobustnessIT {
  private static final int DOCS = 200;

  /** The server's read budget, set below its 10 s default to keep the suite short. */
  private static final Duration BUDGET = Duration.ofSeconds(6);

  /** The read budget plus the wait for a reader (5 s), with room for a slow CI. */
  private static final long BOUND_MS = 40_000;

  @TempDir static Path dir;

  private static HyperLocal hyper;
  private static TestHttp http;

  @BeforeAll
  static void start() {
    hyper = HyperLocal.builder().dataDir(dir).readBudget(BUDGET).start();
    http = new TestHttp(hyper.url());
    assertThat(http.put("/data/big", "").status()).isEqualTo(201);
    StringBuilder bulk = new StringBuilder("[");
    String text = "a".repeat(20_000);
    for (int i = 0; i < DOCS; i++) {
      bulk.append(i == 0 ? "" : ",")
          .append("{\"_id\":\"d")
          .append(i)
          .append("\",\"i\":")
          .append(i)
          .append(",\"s\":\"")
          .append(text)
          .append("\"}");
    }
    assertThat(http.post("/data/big/_bulk", bulk.append("]").toString()).status()).isEqualTo(201);
    assertThat(http.put("/data/small", "").status()).isEqualTo(201);
    assertThat(http.post("/data/small", "{\"_id\":\"x\",\"v\":1}").status()).isEqualTo(201);
  }

  @AfterAll
  static void stop() {
    hyper.close();
  }

  private static Reply query(String db, String body) {
    return http.post("/data/" + db + "/_query", body);
  }

  private static String regexQuery(String pattern) {
    return "{\"selector\":{\"s\":{\"$regex\":"
        + io.hyper.local.core.Json.MAPPER.writeValueAsString(pattern)
        + "}},\"fields\":[\"_id\"]}";
  }

  /** A JSON answer in hyper's shape; errors carry {@code status} equal to the HTTP status. */
  private static void assertJson(Reply reply, int... statuses) {
    List<Integer> allowed = new ArrayList<>();
    for (int s : statuses) {
      allowed.add(s);
    }
    assertThat(reply.status()).as(reply.text()).isIn(allowed);
    assertThat(reply.header("Content-Type")).startsWith("application/json");
    JsonNode body = reply.json();
    if (reply.status() >= 400) {
      assertThat(body.get("ok").asBoolean()).isFalse();
      assertThat(body.get("status").intValue()).isEqualTo(reply.status());
      assertThat(body.get("msg").isString()).isTrue();
      assertThat(body.get("msg").stringValue())
          .doesNotContain(dir.toString())
          .doesNotContain("at io.");
    } else {
      assertThat(body.get("ok").asBoolean()).isTrue();
    }
  }

  private static long timed(Runnable call) {
    long started = System.nanoTime();
    call.run();
    return (System.nanoTime() - started) / 1_000_000;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"(a|a)+$", "((x*)*)*y", "(a|b)*c", "(\\w+\\s?)*$", "^(a+)+$", "(.*){1,1000}y"})
  void pathologicalRegexesAnswerWithinABound(String pattern) {
    long millis = timed(() -> assertJson(query("big", regexQuery(pattern)), 200, 503));
    assertThat(millis).as(pattern).isLessThan(BOUND_MS);
  }

  @Test
  void refusedRegexesAre4xxAtOnce() {
    assertJson(query("big", regexQuery("a".repeat(100_000))), 400);
    assertJson(query("big", regexQuery("(a)\\1")), 400);
    assertJson(query("big", regexQuery("(?=a)a")), 400);
    assertJson(query("big", regexQuery("((a{1,1000}){1,1000}){1,1000}")), 400);
    assertJson(query("big", regexQuery("(")), 422);
  }

  @Test
  void aPartialIndexWithAPathologicalRegexIsCreatedPromptly() {
    long millis =
        timed(
            () ->
                assertJson(
                    http.post(
                        "/data/big/_index",
                        "{\"name\":\"rx\",\"fields\":[\"i\"],"
                            + "\"partialFilter\":{\"s\":{\"$regex\":\"((x*)*)*y\"}}}"),
                    201));
    assertThat(millis).isLessThan(BOUND_MS);
  }

  @Test
  void hugeInAndOrAreAnsweredCorrectlyOrRefusedWith4xx() {
    StringBuilder in = new StringBuilder();
    for (int i = 0; i < 200_000; i++) {
      in.append(i == 0 ? "" : ",").append(i * 2);
    }
    Reply reply =
        query(
            "big",
            "{\"selector\":{\"i\":{\"$in\":[" + in + "]}},\"fields\":[\"_id\"],\"limit\":1000}");
    assertJson(reply, 200);
    assertThat(reply.json().get("docs").size()).isEqualTo(DOCS / 2);
    StringBuilder or = new StringBuilder();
    for (int i = 0; i < 999; i++) {
      or.append(i == 0 ? "" : ",").append("{\"i\":").append(i).append('}');
    }
    reply =
        query("big", "{\"selector\":{\"$or\":[" + or + "]},\"fields\":[\"_id\"],\"limit\":1000}");
    assertJson(reply, 200);
    assertThat(reply.json().get("docs").size()).isEqualTo(DOCS);
    StringBuilder wide = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      wide.append(i == 0 ? "" : ",").append("{\"i\":").append(i).append('}');
    }
    assertJson(query("big", "{\"selector\":{\"$or\":[" + wide + "]}}"), 400);
    String deepNot = "{\"$not\":".repeat(60) + "{\"i\":1}" + "}".repeat(60);
    assertJson(query("big", "{\"selector\":" + deepNot + "}"), 400);
    String deepOr = "{\"$or\":[".repeat(5000) + "{\"i\":1}" + "]}".repeat(5000);
    assertJson(query("big", "{\"selector\":" + deepOr + "}"), 400);
  }

  @Test
  void limitsAndNumbersBeyondWhatEnginesHoldAre4xx() {
    assertJson(query("big", "{\"limit\":100000000000000000000000}"), 422);
    assertJson(query("big", "{\"limit\":1e30}"), 422);
    assertJson(query("big", "{\"skip\":-1}"), 422);
    assertJson(http.get("/data/big?limit=99999999999999999999999"), 422);
    assertJson(query("big", "{\"selector\":{\"i\":{\"$lt\":1e400}}}"), 400);
    assertJson(query("big", "{\"selector\":{\"i\":{\"$lt\":18446744073709551616}}}"), 422);
  }

  @Test
  void everyServiceGatesJsonAlike() {
    assertJson(http.put("/cache/gate", ""), 201);
    assertJson(http.put("/search/gate", "{\"fields\":[\"t\"]}"), 201);
    String[] writes = {"/data/small", "/cache/gate", "/search/gate"};
    String[] infinite = {
      "{\"_id\":\"inf\",\"v\":1e400}",
      "{\"key\":\"inf\",\"value\":{\"v\":1e400}}",
      "{\"key\":\"inf\",\"doc\":{\"v\":1e400}}"
    };
    String[] huge = {
      "{\"_id\":\"big\",\"v\":18446744073709551616}",
      "{\"key\":\"big\",\"value\":{\"v\":18446744073709551616}}",
      "{\"key\":\"big\",\"doc\":{\"v\":18446744073709551616}}"
    };
    String[] emoji = {
      "{\"_id\":\"emoji\",\"\\ud83d\\ude00\":1}",
      "{\"key\":\"emoji\",\"value\":{\"\\ud83d\\ude00\":1}}",
      "{\"key\":\"emoji\",\"doc\":{\"\\ud83d\\ude00\":1}}"
    };
    for (int i = 0; i < writes.length; i++) {
      assertJson(http.post(writes[i], infinite[i]), 400);
      assertJson(http.post(writes[i], huge[i]), 422);
      assertJson(http.post(writes[i], emoji[i]), 201);
      byte[] badUtf8 = {'{', '"', 'k', '"', ':', '"', (byte) 0xC3, '(', '"', '}'};
      assertJson(
          http.send(
              "POST",
              writes[i],
              BodyPublishers.ofByteArray(badUtf8),
              "Content-Type",
              "application/json"),
          400);
    }
    assertThat(http.get("/data/small/emoji").json().has("\uD83D\uDE00")).isTrue();
    assertThat(http.get("/cache/gate/emoji").json().has("\uD83D\uDE00")).isTrue();
    assertThat(http.get("/search/gate/emoji").json().get("doc").has("\uD83D\uDE00")).isTrue();
    assertJson(http.get("/cache/gate/inf"), 404);
    assertJson(http.get("/search/gate/big"), 404);
  }

  @Test
  void fourPathologicalQueriesDoNotStarveAnotherDatabase() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<CompletableFuture<Reply>> slow = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        slow.add(
            CompletableFuture.supplyAsync(() -> query("big", regexQuery("(.*){1,1000}y")), pool));
      }
      Thread.sleep(1000); // let them take their readers; the assertions below are bounds
      for (int i = 0; i < 5; i++) {
        long millis =
            timed(
                () -> {
                  Reply got = http.get("/data/small/x", "X-HYPER-LEGACY-GET", "false");
                  assertJson(got, 200);
                  assertThat(got.json().get("doc").get("v").intValue()).isEqualTo(1);
                });
        assertThat(millis).as("GET on another database while scans run").isLessThan(3000);
      }
      assertThat(slow.stream().filter(CompletableFuture::isDone).count())
          .as("the slow queries were still running while the GETs were served")
          .isLessThan(4);
      for (CompletableFuture<Reply> f : slow) {
        assertJson(f.get(BOUND_MS, TimeUnit.MILLISECONDS), 503);
      }
    } finally {
      pool.shutdownNow();
    }
    // Afterwards: the server serves and the data is intact.
    assertJson(http.get("/data/small/x", "X-HYPER-LEGACY-GET", "false"), 200);
    Reply all = query("big", "{\"fields\":[\"_id\",\"i\"],\"limit\":1000,\"sort\":[\"i\"]}");
    assertJson(all, 200);
    assertThat(all.json().get("docs").size()).isEqualTo(DOCS);
    assertThat(all.json().get("docs").get(DOCS - 1).get("i").intValue()).isEqualTo(DOCS - 1);
    Reply one = http.get("/data/big/d7", "X-HYPER-LEGACY-GET", "false");
    assertThat(one.json().get("doc").get("s").stringValue()).hasSize(20_000);
  }
}
