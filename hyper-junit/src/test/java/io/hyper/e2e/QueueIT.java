package io.hyper.e2e;

import static io.hyper.e2e.Outcomes.assertNotOk;
import static io.hyper.e2e.Outcomes.assertOk;
import static io.hyper.e2e.Outcomes.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.hyper.connect.ConflictException;
import io.hyper.connect.Hyper;
import io.hyper.connect.NotFoundException;
import io.hyper.connect.json.JacksonCodec;
import io.hyper.connect.queue.Job;
import io.hyper.connect.queue.QueueService;
import io.hyper.connect.queue.SignatureVerifier;
import io.hyper.junit.HyperTest;
import io.hyper.local.HyperLocal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * The queue service, every action in both forms: delivery to a target inside the test, signatures
 * checked with the SDK's own verifier, {@code queued()}, {@code errors()} and destroy.
 */
@HyperTest
class QueueIT {
  private static final String SECRET = "e2e-queue-secret";
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final Map<String, Object> JOB =
      Map.of(
          "type", "MOVIE_ADDED",
          "id", "movie-1",
          "title", "Amélie 🎬 \"<&>\"",
          "tags", List.of("new", "sci-fi"));

  /**
   * A hyper-local of this class only, for the failing target: two attempts 20 ms apart, so a job
   * becomes ERROR at once instead of after the default 1 s + 2 s of backoff.
   */
  private static HyperLocal fastRetries;

  @BeforeAll
  static void startFastRetries() {
    fastRetries =
        HyperLocal.builder().deliveryAttempts(2).deliveryBackoff(Duration.ofMillis(20)).start();
  }

  @AfterAll
  static void stopFastRetries() {
    fastRetries.close();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void anEnqueuedJobIsDeliveredSignedOverItsRawBody(Mode mode, Hyper hyper) throws Exception {
    QueueService queue = hyper.queue();
    try (QueueTarget target = QueueTarget.answering(200)) {
      assertOk(
          mode.call(
              () -> queue.create(target.url(), SECRET),
              () -> queue.async().create(target.url(), SECRET)),
          201);

      String id =
          assertOk(mode.call(() -> queue.enqueue(JOB), () -> queue.async().enqueue(JOB)), 201).id();
      QueueTarget.Delivery delivery = target.next(WAIT);

      assertThat(id).isNotBlank();
      assertThat(delivery.contentType()).startsWith("application/json");
      JsonMapper json = JsonMapper.builder().build();
      assertThat(json.readTree(delivery.body())).isEqualTo(json.valueToTree(JOB));
      assertThat(delivery.signature()).isPresent();
      assertThat(
              SignatureVerifier.of(SECRET).verify(delivery.signature().get(), delivery.body()).ok())
          .isTrue();
      assertThat(
              SignatureVerifier.of(SECRET)
                  .withTolerance(Duration.ofMinutes(1))
                  .verify(delivery.signature().get(), delivery.body())
                  .ok())
          .isTrue();
      assertThat(
              SignatureVerifier.of("another-secret")
                  .verify(delivery.signature().get(), delivery.body())
                  .status())
          .isEqualTo(401);
      // A delivered job is deleted: it is neither waiting nor failed.
      await().atMost(WAIT).untilAsserted(() -> assertThat(queue.queued().jobs()).isEmpty());
      assertThat(queue.errors().jobs()).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aQueueWithoutASecretDeliversUnsigned(Mode mode, Hyper hyper) throws Exception {
    QueueService queue = hyper.queue();
    try (QueueTarget target = QueueTarget.answering(204)) {
      assertOk(
          mode.call(() -> queue.create(target.url()), () -> queue.async().create(target.url())),
          201);
      queue.enqueue(JOB);

      assertThat(target.next(WAIT).signature()).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void queuedListsAJobUntilItsDeliveryIsAnswered(Mode mode, Hyper hyper) throws Exception {
    QueueService queue = hyper.queue();
    String name = hyper.connectionString().path().substring(1);
    try (QueueTarget target = QueueTarget.held()) {
      queue.create(target.url(), SECRET);
      String id = queue.enqueue(JOB).id();
      target.next(WAIT); // in flight: the target holds its answer

      List<Job> queued = assertOk(mode.call(queue::queued, queue.async()::queued), 200).jobs();

      assertThat(queued)
          .singleElement()
          .satisfies(
              job -> {
                assertThat(job.id()).isEqualTo(id);
                assertThat(job.status()).isEqualTo(Job.READY);
                assertThat(job.job()).isEqualTo(JOB);
                assertThat(job.queue()).isEqualTo(name);
                assertThat(job.timestamp()).isPresent();
              });
      target.release();
      await()
          .atMost(WAIT)
          .untilAsserted(
              () -> assertThat(mode.call(queue::queued, queue.async()::queued).jobs()).isEmpty());
    }
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aJobWhoseTargetAnswers500EndsUpInErrors(Mode mode) throws Exception {
    Hyper hyper =
        Hyper.connect(fastRetries.connectionString("failing-" + mode.name().toLowerCase()));
    QueueService queue = hyper.queue();
    try (QueueTarget target = QueueTarget.answering(500)) {
      queue.create(target.url(), SECRET).orThrow();
      String id = queue.enqueue(JOB).id();

      await()
          .atMost(WAIT)
          .untilAsserted(
              () -> assertThat(mode.call(queue::errors, queue.async()::errors).jobs()).hasSize(1));
      Job failed = assertOk(mode.call(queue::errors, queue.async()::errors), 200).jobs().get(0);

      assertThat(failed.id()).isEqualTo(id);
      assertThat(failed.status()).isEqualTo(Job.ERROR);
      assertThat(failed.job()).isEqualTo(JOB);
      assertThat(failed.error())
          .hasValueSatisfying(
              error -> {
                assertThat(error.status()).hasValue(500);
                assertThat(error.msg()).isNotNull();
              });
      assertThat(target.pending()).as("deliveries: one attempt and one retry").isEqualTo(2);
      assertThat(queue.queued().jobs()).isEmpty();
    } finally {
      queue.destroy(true);
    }
  }

  /** A job as an app enqueues it. */
  record MovieAdded(String type, String id, int year, List<String> tags) {}

  /** A consumer's narrower view of it: unknown fields and a missing primitive are no error. */
  record Seen(String id, int rating) {}

  @Test
  void aJobEnqueuedAsARecordIsReadBackAsThatRecordWhileQueued(Hyper hyper) throws Exception {
    MovieAdded added = new MovieAdded("MOVIE_ADDED", "movie-1", 1965, List.of("new"));
    QueueService queue = hyper.queue();
    try (QueueTarget target = QueueTarget.held()) {
      queue.create(target.url()).orThrow();
      queue.enqueue(added).orThrow();
      target.next(WAIT);

      Job job = queue.queued().orThrow().jobs().get(0);

      assertThat(job.job(MovieAdded.class)).isEqualTo(added);
      assertThat(job.job(Seen.class)).isEqualTo(new Seen("movie-1", 0));
      assertThat(job.job()).containsEntry("type", "MOVIE_ADDED").containsEntry("year", 1965);
      target.release();
    }
  }

  @Test
  void aFailedJobIsReadBackThroughTheCodecItWasEnqueuedWith() throws Exception {
    JsonMapper upper =
        JacksonCodec.defaultMapper()
            .rebuild()
            .propertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
            .build();
    MovieAdded added = new MovieAdded("MOVIE_ADDED", "movie-2", 1982, List.of("sci-fi"));
    try (Hyper hyper =
            Hyper.builder()
                .connectionString(fastRetries.connectionString("upper-camel-jobs"))
                .objectMapper(upper)
                .build();
        QueueTarget target = QueueTarget.answering(500)) {
      QueueService queue = hyper.queue();
      queue.create(target.url()).orThrow();
      queue.enqueue(added).orThrow();

      await().atMost(WAIT).untilAsserted(() -> assertThat(queue.errors().jobs()).hasSize(1));
      Job failed = queue.errors().jobs().get(0);

      assertThat(failed.job(MovieAdded.class)).isEqualTo(added);
      assertThat(failed.job()).containsOnlyKeys("Type", "Id", "Year", "Tags");
      assertThat(failed.error()).isPresent();
      queue.destroy(true).orThrow();
    }
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void destroyDropsWaitingJobsAndARecreatedQueueStartsEmpty(Mode mode, Hyper hyper)
      throws Exception {
    QueueService queue = hyper.queue();
    try (QueueTarget target = QueueTarget.held()) {
      queue.create(target.url(), SECRET).orThrow();
      queue.enqueue(JOB).orThrow();
      target.next(WAIT);
      queue.enqueue(Map.of("n", 2)).orThrow();

      assertOk(mode.call(() -> queue.destroy(true), () -> queue.async().destroy(true)), 201);
      assertOk(
          mode.call(
              () -> queue.create(target.url(), SECRET),
              () -> queue.async().create(target.url(), SECRET)),
          201);
      target.release();

      assertThat(mode.call(queue::queued, queue.async()::queued).jobs()).isEmpty();
      assertThat(mode.call(queue::errors, queue.async()::errors).jobs()).isEmpty();
      String id = queue.enqueue(Map.of("n", 3)).id();
      assertThat(target.next(WAIT).body()).asString(StandardCharsets.UTF_8).isEqualTo("{\"n\":3}");
      assertThat(id).isNotBlank();
    }
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void createTwiceIsNotOk409AndADestroyedQueueIsNotOk404(Mode mode, Hyper hyper) {
    QueueService queue = hyper.queue();
    String target = "http://127.0.0.1:9/jobs";
    queue.create(target, SECRET).orThrow();

    assertNotOk(
        mode.call(() -> queue.create(target, SECRET), () -> queue.async().create(target, SECRET)),
        409,
        ConflictException.class);
    assertOk(mode.call(() -> queue.destroy(true), () -> queue.async().destroy(true)), 201);
    assertNotOk(
        mode.call(() -> queue.enqueue(JOB), () -> queue.async().enqueue(JOB)),
        404,
        NotFoundException.class);
    assertNotOk(mode.call(queue::queued, queue.async()::queued), 404, NotFoundException.class);
    assertNotOk(mode.call(queue::errors, queue.async()::errors), 404, NotFoundException.class);
    assertNotOk(
        mode.call(() -> queue.destroy(true), () -> queue.async().destroy(true)),
        404,
        NotFoundException.class);
  }

  @Test
  void aQueueWithAnInvalidNameIsRejectedAtConnectBeforeSending(HyperLocal server) {
    // hyper-local's own 422 for such names is checked over raw HTTP: the SDK rejects a domain
    // that is not a lower-case name before any request.
    assertThatThrownBy(() -> Hyper.connect(server.connectionString("not.valid")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be a lower-case name");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void invalidArgumentsAreRejectedBeforeSending(Mode mode, Hyper hyper) {
    QueueService queue = hyper.queue();
    String target = "http://127.0.0.1:9/jobs";
    String tooLong = "s".repeat(QueueService.MAX_SECRET_LENGTH + 1);

    assertRejected(
        () ->
            mode.call(
                () -> queue.create(target, tooLong), () -> queue.async().create(target, tooLong)),
        "secret");
    assertRejected(
        () -> mode.call(() -> queue.create("not a url"), () -> queue.async().create("not a url")),
        "target");
    assertRejected(
        () -> mode.call(() -> queue.enqueue(null), () -> queue.async().enqueue(null)), "job");
    assertRejected(
        () -> mode.call(() -> queue.destroy(false), () -> queue.async().destroy(false)), "confirm");
    // Nothing was sent: the queue was never created.
    assertNotOk(queue.queued(), 404, NotFoundException.class);
  }
}
