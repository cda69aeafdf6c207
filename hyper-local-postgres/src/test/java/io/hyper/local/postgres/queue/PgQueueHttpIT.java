package io.hyper.local.postgres.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hyper.local.HyperLocal;
import io.hyper.local.Service;
import io.hyper.local.TestHttp;
import io.hyper.local.TestHttp.Reply;
import io.hyper.local.TestSignatures;
import io.hyper.local.TestTarget;
import io.hyper.local.core.Json;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two hyper-local servers with {@code --queue} on one PostgreSQL schema, over HTTP: a queue made on
 * one takes jobs on the other, its target receives each exactly once, in order and signed, and a
 * killed database connection is hyper's 503 while delivery carries on.
 */
class PgQueueHttpIT {
  private static final String SECRET = "s3cr3t";

  private final List<AutoCloseable> open = new ArrayList<>();
  private String schema;
  private Instant started;
  private TestTarget target;
  private TestHttp a;
  private TestHttp b;

  @BeforeEach
  void startTwoServers() throws IOException {
    schema = PgTestDatabase.newSchema("http");
    started = Instant.now().minusSeconds(1);
    target = track(TestTarget.start());
    a = new TestHttp(track(server()).url());
    b = new TestHttp(track(server()).url());
  }

  private HyperLocal server() {
    return HyperLocal.builder()
        .services(Service.QUEUE)
        .engine(Service.QUEUE, PgTestDatabase.url(schema, 4))
        .deliveryAttempts(5)
        .deliveryBackoff(Duration.ofMillis(200))
        .deliveryTimeout(Duration.ofSeconds(10))
        .start();
  }

  private <T extends AutoCloseable> T track(T closeable) {
    open.add(closeable);
    return closeable;
  }

  @AfterEach
  void stopAndDrop() throws Exception {
    for (int i = open.size() - 1; i >= 0; i--) {
      open.get(i).close();
    }
    PgTestDatabase.drop(schema);
  }

  private void createQueueOnA() {
    Reply created =
        a.put(
            "/queue/orders", "{\"target\":\"" + target.url() + "\",\"secret\":\"" + SECRET + "\"}");
    assertThat(created.status()).as(created.text()).isEqualTo(201);
  }

  private static Reply enqueue(TestHttp server, int n) {
    return server.post("/queue/orders", "{\"type\":\"ORDER\",\"n\":" + n + "}");
  }

  private Map<Integer, Long> deliveriesByN() {
    return target.received().stream()
        .collect(
            Collectors.groupingBy(
                r -> Json.MAPPER.readTree(r.body()).get("n").asInt(), Collectors.counting()));
  }

  @Test
  void jobsEnqueuedOnOneServerAreDeliveredExactlyOnceInOrderAndSigned() {
    createQueueOnA();
    assertThat(b.get("/queue").json().get("queues").toString()).isEqualTo("[\"orders\"]");
    int jobs = 100;
    long t0 = System.nanoTime();
    for (int n = 0; n < jobs; n++) {
      Reply reply = enqueue(b, n);
      assertThat(reply.status()).as(reply.text()).isEqualTo(201);
    }
    long t1 = System.nanoTime();
    await()
        .atMost(Duration.ofSeconds(90))
        .until(() -> a.get("/queue/orders?status=READY").json().get("jobs").isEmpty());
    System.out.printf(
        "[measure] %d jobs over HTTP: enqueued in %d ms, all delivered %d ms later%n",
        jobs, (t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000);
    // Nothing more arrives later: no second delivery from the other server's sweep.
    await()
        .during(Duration.ofSeconds(3))
        .atMost(Duration.ofSeconds(15))
        .until(() -> target.received().size() == jobs);
    List<TestTarget.Received> received = target.received();
    assertThat(received)
        .extracting(TestTarget.Received::text)
        .containsExactlyElementsOf(
            IntStream.range(0, jobs)
                .mapToObj(n -> "{\"type\":\"ORDER\",\"n\":" + n + "}")
                .toList());
    assertThat(received)
        .allSatisfy(
            r -> assertThat(TestSignatures.valid(SECRET, r.signature(), r.body())).isTrue());
    assertThat(b.get("/queue/orders?status=ERROR").json().get("jobs").isEmpty()).isTrue();
  }

  @Test
  void aKilledDatabaseConnectionIs503AndDeliveryResumes() {
    createQueueOnA();
    List<Integer> accepted = new ArrayList<>();
    for (int n = 0; n < 5; n++) {
      assertThat(enqueue(b, n).status()).isEqualTo(201);
      accepted.add(n);
    }
    await().atMost(Duration.ofSeconds(60)).until(() -> target.received().size() >= 5);

    // Readers keep B's connections busy, so the pool hands them out without its idle check and
    // an enqueue right after the kill meets a dead one, as a busy server would.
    AtomicBoolean reading = new AtomicBoolean(true);
    List<Reply> readFailures = new CopyOnWriteArrayList<>();
    ExecutorService readers = Executors.newFixedThreadPool(2);
    Reply refused = null;
    int terminated = 0;
    try {
      for (int r = 0; r < 2; r++) {
        readers.execute(
            () -> {
              while (reading.get()) {
                Reply list = b.get("/queue/orders?status=READY");
                if (list.status() != 200) {
                  readFailures.add(list);
                }
              }
            });
      }
      for (int n = 5; n < 65 && refused == null; n++) {
        terminated += PgTestDatabase.terminateQueueSessions(started);
        Reply reply = enqueue(b, n);
        if (reply.status() == 201) {
          accepted.add(n);
        } else {
          refused = reply;
        }
      }
    } finally {
      reading.set(false);
      readers.shutdown();
    }
    assertThat(terminated).isPositive();
    assertThat(refused).as("an enqueue on a killed connection").isNotNull();
    assertThat(readFailures)
        .as("reads on killed connections")
        .allSatisfy(
            r -> {
              assertThat(r.status()).as(r.text()).isEqualTo(503);
              assertThat(r.json().get("msg").asString()).isEqualTo(PgFaults.UNAVAILABLE);
            });
    assertThat(refused.status()).as(refused.text()).isEqualTo(503);
    assertThat(refused.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
    assertThat(refused.json().get("ok").asBoolean()).isFalse();
    assertThat(refused.json().get("status").asInt()).isEqualTo(503);
    assertThat(refused.json().get("msg").asString()).isEqualTo(PgFaults.UNAVAILABLE);

    // The pool replaces the dead connections: the next enqueues go through and are delivered.
    for (int n = 100; n < 105; n++) {
      int job = n;
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> enqueue(b, job).status(), status -> status == 201);
      accepted.add(job);
    }
    // Generous: a claim whose commit was cut off holds its job until its lease ends.
    await()
        .atMost(Duration.ofSeconds(150))
        .until(() -> deliveriesByN().keySet().containsAll(accepted));
    Map<Integer, Long> counts = deliveriesByN();
    assertThat(counts.values()).as("deliveries per job").containsOnly(1L);
    assertThat(counts.keySet()).containsAll(accepted);
    assertThat(a.get("/queue/orders?status=ERROR").json().get("jobs").isEmpty()).isTrue();
  }
}
