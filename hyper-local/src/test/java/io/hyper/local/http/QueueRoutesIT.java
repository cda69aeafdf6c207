package io.hyper.local.http;

import static io.hyper.local.http.ReplyAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hyper.local.HyperLocal;
import io.hyper.local.TestHttp;
import io.hyper.local.TestHttp.Reply;
import io.hyper.local.TestSignatures;
import io.hyper.local.TestTarget;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The queue service (§8, §11 Q8) over real HTTP, delivering to test targets on 127.0.0.1. */
class QueueRoutesIT {
  private final List<AutoCloseable> open = new ArrayList<>();

  @AfterEach
  void closeAll() throws Exception {
    for (int i = open.size() - 1; i >= 0; i--) {
      open.get(i).close();
    }
  }

  private <T extends AutoCloseable> T track(T closeable) {
    open.add(closeable);
    return closeable;
  }

  private HyperLocal.Builder fastRetries() {
    return HyperLocal.builder()
        .deliveryAttempts(3)
        .deliveryBackoff(Duration.ofMillis(20))
        .deliveryTimeout(Duration.ofSeconds(30));
  }

  private static void createQueue(TestHttp http, String name, TestTarget target, String secret) {
    String secretField = secret == null ? "" : ",\"secret\":\"" + secret + "\"";
    Reply reply =
        http.put("/queue/" + name, "{\"target\":\"" + target.url() + "\"" + secretField + "}");
    assertThat(reply.status()).isEqualTo(201);
  }

  private static String enqueue(TestHttp http, String queue, String job) {
    Reply reply = http.post("/queue/" + queue, job);
    assertThat(reply.status()).isEqualTo(201);
    assertThat(reply.json().get("id").isString()).isTrue();
    return reply.json().get("id").asString();
  }

  private static JsonNode jobs(TestHttp http, String queue, String status) {
    Reply reply = http.get("/queue/" + queue + "?status=" + status);
    assertThat(reply.status()).isEqualTo(200);
    return reply.json().get("jobs");
  }

  @Test
  void targetReceivesSignedJobsInOrderThatCheckOut() throws IOException {
    TestTarget target = track(TestTarget.start());
    HyperLocal hyper = track(fastRetries().start());
    TestHttp http = new TestHttp(hyper.url());
    createQueue(http, "Orders", target, "s3cr3t");
    for (int i = 0; i < 4; i++) {
      enqueue(
          http,
          "orders",
          "{ \"type\" : \"ORDER\", \"n\" : " + i + ", \"nested\": {\"z\":1,\"a\":[1, 2]} }");
    }
    await().until(() -> target.received().size() == 4);
    for (int i = 0; i < 4; i++) {
      TestTarget.Received r = target.received().get(i);
      assertThat(r.text())
          .isEqualTo("{\"type\":\"ORDER\",\"n\":" + i + ",\"nested\":{\"z\":1,\"a\":[1,2]}}");
      assertThat(r.contentType()).isEqualTo("application/json");
      assertThat(TestSignatures.valid("s3cr3t", r.signature(), r.body())).isTrue();
    }
    await().until(() -> jobs(http, "orders", "READY").isEmpty());
    Reply info = http.get("/queue");
    assertThat(info.json().get("queues").toString()).isEqualTo("[\"orders\"]");
  }

  @Test
  void failingTargetLeavesAnErrorJobWithTheFailureRecorded() throws IOException {
    TestTarget target =
        track(TestTarget.start()).answering(500, "{\"ok\":false,\"msg\":\"worker broke\"}");
    HyperLocal hyper = track(fastRetries().start());
    TestHttp http = new TestHttp(hyper.url());
    createQueue(http, "failing", target, null);
    String id = enqueue(http, "failing", "{\"a\":1}");
    await().until(() -> jobs(http, "failing", "ERROR").size() == 1);
    JsonNode job = jobs(http, "failing", "ERROR").get(0);
    assertThat(job.get("id").asString()).isEqualTo(id);
    assertThat(job.get("status").asString()).isEqualTo("ERROR");
    assertThat(job.get("queue").asString()).isEqualTo("failing");
    assertThat(job.get("job").toString()).isEqualTo("{\"a\":1}");
    assertThat(job.get("error").get("status").asInt()).isEqualTo(500);
    assertThat(job.get("error").get("msg").asString())
        .isEqualTo("{\"ok\":false,\"msg\":\"worker broke\"}");
    assertThat(target.received()).hasSize(3);
    assertThat(jobs(http, "failing", "READY")).isEmpty();
  }

  @Test
  void cancelDeletesAJobOnceAndOtherwise404s() throws IOException {
    TestTarget target = track(TestTarget.start()).answering(503, "");
    HyperLocal hyper = track(fastRetries().deliveryAttempts(1).start());
    TestHttp http = new TestHttp(hyper.url());
    createQueue(http, "c", target, null);
    String id = enqueue(http, "c", "{}");
    await().until(() -> jobs(http, "c", "ERROR").size() == 1);
    assertThat(http.post("/queue/c/" + id + "/_cancel", "").status()).isEqualTo(201);
    assertThat(jobs(http, "c", "ERROR")).isEmpty();
    Reply again = http.post("/queue/c/" + id + "/_cancel", "");
    assertError(again, 404);
    assertThat(again.json().get("msg").isString()).isTrue();
    assertError(http.post("/queue/nope/" + id + "/_cancel", ""), 404);
  }

  @Test
  void readyJobsAreDeliveredAfterARestart(@TempDir Path dir) throws IOException {
    TestTarget target = track(TestTarget.start()).hang();
    HyperLocal first = fastRetries().dataDir(dir).start();
    TestHttp http = new TestHttp(first.url());
    createQueue(http, "durable", target, "k");
    for (int i = 0; i < 3; i++) {
      enqueue(http, "durable", "{\"i\":" + i + "}");
    }
    await().until(() -> target.received().size() == 1);
    first.close();
    target.answering(200, "").release();

    HyperLocal second = track(fastRetries().dataDir(dir).start());
    TestHttp again = new TestHttp(second.url());
    await().until(() -> jobs(again, "durable", "READY").isEmpty());
    List<String> delivered =
        target.received().stream().skip(1).map(TestTarget.Received::text).toList();
    assertThat(delivered).containsExactlyInAnyOrder("{\"i\":0}", "{\"i\":1}", "{\"i\":2}");
    assertThat(target.received())
        .allSatisfy(r -> assertThat(TestSignatures.valid("k", r.signature(), r.body())).isTrue());
  }

  @Test
  void hangingTargetDoesNotBlockAnotherQueue() throws IOException {
    TestTarget hanging = track(TestTarget.start()).hang();
    TestTarget fine = track(TestTarget.start());
    HyperLocal hyper = track(fastRetries().start());
    TestHttp http = new TestHttp(hyper.url());
    createQueue(http, "stuck", hanging, null);
    createQueue(http, "moving", fine, null);
    enqueue(http, "stuck", "{\"s\":1}");
    await().until(() -> hanging.received().size() == 1);
    for (int i = 0; i < 3; i++) {
      enqueue(http, "moving", "{\"m\":" + i + "}");
    }
    await().until(() -> fine.received().size() == 3);
    assertThat(jobs(http, "stuck", "READY")).hasSize(1);
    assertThat(hanging.received()).hasSize(1);
  }

  @Test
  void badRequestsAreRefusedAndStoreNothing() throws IOException {
    TestTarget target = track(TestTarget.start());
    HyperLocal hyper = track(fastRetries().start());
    TestHttp http = new TestHttp(hyper.url());
    assertError(http.put("/queue/bad%20name", "{\"target\":\"http://x/\"}"), 422);
    assertError(http.put("/queue/q", "{\"target\":\"not a url\"}"), 422);
    assertError(
        http.put("/queue/q", "{\"target\":\"http://x/\",\"secret\":\"" + "s".repeat(101) + "\"}"),
        422);
    assertError(http.put("/queue/q", "{"), 400);
    assertThat(http.get("/queue").json().get("queues")).isEmpty();
    createQueue(http, "q", target, null);
    assertError(http.put("/queue/q", "{\"target\":\"" + target.url() + "\"}"), 409);
    assertError(http.post("/queue/q", "[1,2]"), 422);
    assertError(http.post("/queue/missing", "{}"), 404);
    assertError(http.get("/queue/q"), 422);
    assertError(http.get("/queue/q?status=DONE"), 422);
    assertError(http.get("/queue/missing?status=READY"), 404);
    assertThat(jobs(http, "q", "READY")).isEmpty();
    assertThat(target.received()).isEmpty();
    assertThat(http.delete("/queue/q").status()).isEqualTo(201);
    assertError(http.delete("/queue/q"), 404);
  }
}
