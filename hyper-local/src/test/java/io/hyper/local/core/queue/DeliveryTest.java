package io.hyper.local.core.queue;

import static io.hyper.local.core.HyperErrorAssert.assertStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hyper.local.TestSignatures;
import io.hyper.local.TestTarget;
import io.hyper.local.adapter.queue.SqliteJobStore;
import io.hyper.local.core.Json;
import io.hyper.local.port.JobStorePort;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * The core's delivery over the embedded job store: order, signing, retries, timeouts, restarts and
 * leases, end to end to a real HTTP target.
 */
class DeliveryTest {
  private static final Duration SHORT = Duration.ofMillis(20);
  private static final Duration LONG = Duration.ofHours(1);

  @TempDir Path dir;
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

  /** The queue service with the old engine's method names, so each test reads as before. */
  private static final class Queue implements AutoCloseable {
    private final QueueService service;

    Queue(QueueService service) {
      this.service = service;
    }

    void create(String name, QueueSettings settings) {
      ObjectNode body = Json.object().put("target", settings.target().toString());
      settings.secret().ifPresent(secret -> body.put("secret", secret));
      service.create(name, body);
    }

    String enqueue(String name, String json) {
      return service.enqueue(name, Json.MAPPER.readTree(json));
    }

    List<JobRecord> list(String name, JobStatus status) {
      return service.list(name, Optional.of(status.name()));
    }

    void cancel(String name, String id) {
      service.cancel(name, id);
    }

    void destroy(String name) {
      service.destroy(name);
    }

    List<String> names() {
      return service.names();
    }

    @Override
    public void close() {
      service.close();
    }
  }

  private static Queue open(
      JobStorePort store, Clock clock, int attempts, Duration backoff, Duration timeout) {
    Delivery delivery = new Delivery(store, clock, new Backoff(attempts, backoff), timeout);
    return new Queue(new QueueService(store, delivery, clock).start());
  }

  private Queue queue(
      Optional<Path> file, Clock clock, int attempts, Duration backoff, Duration timeout) {
    return track(open(SqliteJobStore.open(file), clock, attempts, backoff, timeout));
  }

  private Queue memory(int attempts, Duration backoff) {
    return queue(Optional.empty(), Clock.systemUTC(), attempts, backoff, Duration.ofSeconds(5));
  }

  private TestTarget target() throws IOException {
    return track(TestTarget.start());
  }

  private static QueueSettings to(URI target, String secret) {
    return new QueueSettings(target, Optional.ofNullable(secret));
  }

  @Test
  void deliversSignedJobsInFifoOrderAndDeletesThem() throws IOException {
    TestTarget target = target();
    Queue q = memory(3, SHORT);
    q.create("jobs", to(target.url(), "shh"));
    long before = System.currentTimeMillis();
    for (int i = 0; i < 5; i++) {
      q.enqueue("jobs", "{\"n\":" + i + ",\"type\":\"T\"}");
    }
    await().until(() -> target.received().size() == 5);
    for (int i = 0; i < 5; i++) {
      TestTarget.Received r = target.received().get(i);
      assertThat(r.method()).isEqualTo("POST");
      assertThat(r.contentType()).isEqualTo("application/json");
      assertThat(r.text()).isEqualTo("{\"n\":" + i + ",\"type\":\"T\"}");
      assertThat(TestSignatures.valid("shh", r.signature(), r.body())).isTrue();
      assertThat(TestSignatures.valid("other", r.signature(), r.body())).isFalse();
      assertThat(TestSignatures.time(r.signature())).isGreaterThanOrEqualTo(before);
    }
    await().until(() -> q.list("jobs", JobStatus.READY).isEmpty());
    assertThat(q.list("jobs", JobStatus.ERROR)).isEmpty();
  }

  @Test
  void queueWithoutSecretSendsNoSignature() throws IOException {
    TestTarget target = target();
    Queue q = memory(1, SHORT);
    q.create("plain", to(target.url(), null));
    q.enqueue("plain", "{}");
    await().until(() -> target.received().size() == 1);
    assertThat(target.received().get(0).signature()).isNull();
  }

  @Test
  void failingTargetMakesTheJobErrorAfterEveryAttemptWithTheAnswerRecorded() throws IOException {
    TestTarget target = target().answering(500, "boom");
    Queue q = memory(3, SHORT);
    q.create("jobs", to(target.url(), null));
    String id = q.enqueue("jobs", "{\"a\":1}");
    await().until(() -> q.list("jobs", JobStatus.ERROR).size() == 1);
    JobRecord job = q.list("jobs", JobStatus.ERROR).get(0);
    assertThat(job.id()).isEqualTo(id);
    assertThat(job.error())
        .hasValueSatisfying(
            e -> {
              assertThat(e.status()).hasValue(500);
              assertThat(e.msg()).isEqualTo("boom");
            });
    assertThat(target.received()).hasSize(3);
    assertThat(q.list("jobs", JobStatus.READY)).isEmpty();
  }

  @Test
  void jobWaitingForItsRetryDoesNotHoldUpTheJobsBehindIt() throws IOException {
    TestTarget target =
        target()
            .answering(r -> new TestTarget.Answer(r.text().contains("bad") ? 503 : 200, "busy"));
    Queue q = memory(3, LONG);
    q.create("jobs", to(target.url(), null));
    String bad = q.enqueue("jobs", "{\"bad\":true}");
    q.enqueue("jobs", "{\"good\":1}");
    q.enqueue("jobs", "{\"good\":2}");
    await().until(() -> target.received().size() == 3);
    assertThat(target.received())
        .extracting(TestTarget.Received::text)
        .containsExactly("{\"bad\":true}", "{\"good\":1}", "{\"good\":2}");
    await().until(() -> q.list("jobs", JobStatus.READY).size() == 1);
    JobRecord waiting = q.list("jobs", JobStatus.READY).get(0);
    assertThat(waiting.id()).isEqualTo(bad);
    assertThat(waiting.error())
        .hasValueSatisfying(
            e -> {
              assertThat(e.status()).hasValue(503);
              assertThat(e.msg()).isEqualTo("busy");
            });
  }

  @Test
  void hangingTargetTimesOutAndNeverStallsAnotherQueue() throws IOException {
    TestTarget hanging = target().hang();
    TestTarget fine = target();
    Queue q = queue(Optional.empty(), Clock.systemUTC(), 1, SHORT, Duration.ofMillis(500));
    q.create("slow", to(hanging.url(), null));
    q.create("fast", to(fine.url(), null));
    q.enqueue("slow", "{\"s\":1}");
    await().until(() -> hanging.received().size() == 1);
    for (int i = 0; i < 3; i++) {
      q.enqueue("fast", "{\"f\":" + i + "}");
    }
    await().until(() -> fine.received().size() == 3);
    await().until(() -> q.list("slow", JobStatus.ERROR).size() == 1);
    assertThat(q.list("slow", JobStatus.ERROR).get(0).error())
        .hasValueSatisfying(
            e -> {
              assertThat(e.status()).isEmpty();
              assertThat(e.msg()).isEqualTo("target did not answer within 500 ms");
            });
  }

  @Test
  void cancelDeletesReadyAndErrorJobsAnd404sOtherwise() throws IOException {
    TestTarget target = target().answering(500, "");
    Queue waiting = memory(3, LONG);
    waiting.create("q", to(target.url(), null));
    String ready = waiting.enqueue("q", "{}");
    await().until(() -> target.received().size() == 1);
    waiting.cancel("q", ready);
    assertThat(waiting.list("q", JobStatus.READY)).isEmpty();
    assertStatus(404, () -> waiting.cancel("q", ready));
    assertStatus(404, () -> waiting.cancel("nope", ready));

    Queue failing = memory(1, SHORT);
    failing.create("q", to(target.url(), null));
    String error = failing.enqueue("q", "{}");
    await().until(() -> failing.list("q", JobStatus.ERROR).size() == 1);
    assertThat(failing.list("q", JobStatus.ERROR).get(0).error())
        .hasValueSatisfying(e -> assertThat(e.msg()).isEqualTo("target answered 500"));
    failing.cancel("q", error);
    assertThat(failing.list("q", JobStatus.ERROR)).isEmpty();
  }

  @Test
  void readyJobsAreDeliveredAfterARestart() throws IOException {
    TestTarget target = target();
    Path file = dir.resolve("queue.db");
    try (JobStorePort store = SqliteJobStore.open(Optional.of(file))) {
      store.createQueue("q", to(target.url(), "k"));
      for (int i = 0; i < 3; i++) {
        store.enqueue("q", "id-" + i, "{\"i\":" + i + "}", "2026-01-01T00:00:00.000Z");
      }
    }
    Queue q = queue(Optional.of(file), Clock.systemUTC(), 3, SHORT, Duration.ofSeconds(5));
    await().until(() -> target.received().size() == 3);
    assertThat(target.received())
        .extracting(TestTarget.Received::text)
        .containsExactly("{\"i\":0}", "{\"i\":1}", "{\"i\":2}");
    await().until(() -> q.list("q", JobStatus.READY).isEmpty());
  }

  @Test
  void retryDueDuringDowntimeIsSentAfterARestart() throws IOException {
    TestTarget target = target().answering(503, "later");
    Path file = dir.resolve("queue.db");
    Queue first =
        open(
            SqliteJobStore.open(Optional.of(file)),
            Clock.systemUTC(),
            3,
            LONG,
            Duration.ofSeconds(5));
    first.create("q", to(target.url(), null));
    first.enqueue("q", "{\"r\":1}");
    await().until(() -> target.received().size() == 1);
    await().until(() -> first.list("q", JobStatus.READY).size() == 1);
    first.close();
    target.answering(200, "");
    Clock twoHoursLater = Clock.offset(Clock.systemUTC(), Duration.ofHours(2));
    Queue second = queue(Optional.of(file), twoHoursLater, 3, LONG, Duration.ofSeconds(5));
    await().until(() -> target.received().size() == 2);
    await().until(() -> second.list("q", JobStatus.READY).isEmpty());
  }

  @Test
  void destroyDuringADeliveryIgnoresItsOutcomeAndStopsRetries() throws IOException {
    TestTarget target = target().hang();
    Queue q = memory(5, Duration.ofMillis(50));
    q.create("q", to(target.url(), null));
    q.enqueue("q", "{}");
    await().until(() -> target.received().size() == 1);
    q.destroy("q");
    target.answering(500, "no").release();
    assertThat(q.names()).isEmpty();
    await()
        .during(Duration.ofMillis(800))
        .atMost(Duration.ofSeconds(3))
        .until(() -> target.received().size() == 1);
    assertStatus(404, () -> q.list("q", JobStatus.READY));
    assertStatus(404, () -> q.destroy("q"));
  }

  @Test
  void cancelDuringADeliveryIgnoresItsOutcome() throws IOException {
    TestTarget target = target().hang();
    Queue q = memory(5, Duration.ofMillis(50));
    q.create("q", to(target.url(), null));
    String id = q.enqueue("q", "{}");
    await().until(() -> target.received().size() == 1);
    q.cancel("q", id);
    target.answering(500, "no").release();
    await()
        .during(Duration.ofMillis(800))
        .atMost(Duration.ofSeconds(3))
        .until(() -> target.received().size() == 1 && q.list("q", JobStatus.ERROR).isEmpty());
    assertThat(q.list("q", JobStatus.READY)).isEmpty();
  }

  @Test
  void queueLifecycleAndListingShape() throws IOException {
    TestTarget target = target().hang();
    Queue q = memory(1, SHORT);
    q.create("b", to(target.url(), null));
    q.create("a", to(target.url(), null));
    assertStatus(409, () -> q.create("a", to(target.url(), null)));
    assertThat(q.names()).containsExactly("a", "b");
    String id = q.enqueue("a", "{\"type\":\"MOVIE\",\"id\":\"m-1\"}");
    JobRecord job = q.list("a", JobStatus.READY).get(0);
    assertThat(job.id()).isEqualTo(id);
    assertThat(job.queue()).isEqualTo("a");
    assertThat(job.status()).isEqualTo(JobStatus.READY);
    assertThat(job.timestmp()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
    assertThat(job.toJson().toString())
        .startsWith(
            "{\"id\":\""
                + id
                + "\",\"job\":{\"type\":\"MOVIE\",\"id\":\"m-1\"},\"status\":\"READY\"");
    assertStatus(404, () -> q.enqueue("missing", "{}"));
  }

  @Test
  void aJobWhoseLeaseEndsWithoutAnOutcomeIsDeliveredAgain() throws IOException {
    TestTarget target = target();
    JobStorePort store = SqliteJobStore.open(Optional.empty());
    store.createQueue("q", to(target.url(), null));
    store.enqueue("q", "dead", "{\"holder\":\"dead\"}", "2026-01-01T00:00:00.000Z");
    store.enqueue("q", "live", "{\"holder\":\"live\"}", "2026-01-01T00:00:00.000Z");
    // Another server claimed one and died holding it; once its lease had ended a third server
    // claimed the other, and is still delivering it.
    Instant now = Instant.now();
    store.claimFresh("q", now, now.plusMillis(300)).orElseThrow();
    store.claimFresh("q", now.plusMillis(300), now.plus(LONG)).orElseThrow();
    Queue q = track(open(store, Clock.systemUTC(), 3, SHORT, Duration.ofSeconds(5)));
    await().atMost(Duration.ofSeconds(30)).until(() -> target.received().size() == 1);
    assertThat(target.received().get(0).text()).isEqualTo("{\"holder\":\"dead\"}");
    await().until(() -> q.list("q", JobStatus.READY).size() == 1);
    assertThat(q.list("q", JobStatus.READY).get(0).id()).isEqualTo("live");
    await()
        .during(Delivery.SWEEP.plusMillis(500))
        .atMost(Delivery.SWEEP.multipliedBy(4))
        .until(() -> target.received().size() == 1);
  }
}
