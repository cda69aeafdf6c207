package io.hyper.connect.queue;

import static io.hyper.connect.testing.Json.assertBody;
import static io.hyper.connect.testing.Json.assertNoBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyper.connect.Hyper;
import io.hyper.connect.IdResult;
import io.hyper.connect.NotFoundException;
import io.hyper.connect.OkResult;
import io.hyper.connect.TypeRef;
import io.hyper.connect.testing.Mode;
import io.hyper.connect.testing.RecordingServer.Answer;
import io.hyper.connect.testing.Target;
import io.hyper.connect.testing.WireTest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every queue action, sync and async, against every connection-string form: the exact request on
 * the wire and the job records read from scripted answers.
 */
class QueueWireIT extends WireTest {
  record Added(String type, String id) {}

  @ParameterizedTest
  @MethodSource("cases")
  void createPutsTargetAndSecret(Mode mode, Target target) {
    Hyper hyper = servers.hyper(target);
    target.server(servers).enqueue(Answer.json(201, "{\"ok\":true}"));

    OkResult r =
        mode.call(
            () -> hyper.queue().create("https://worker.example/jobs", "shh"),
            () -> hyper.queue().async().create("https://worker.example/jobs", "shh"));

    assertThat(r).isEqualTo(new OkResult(true, 201, Optional.empty(), "queue.create"));
    assertBody(
        take(target, "PUT", target.base("queue")),
        "{\"target\":\"https://worker.example/jobs\",\"secret\":\"shh\"}");
  }

  @ParameterizedTest
  @MethodSource("cases")
  void createWithoutSecretOmitsIt(Mode mode, Target target) {
    Hyper hyper = servers.hyper(target);

    mode.call(
        () -> hyper.queue().create("http://127.0.0.1:9/jobs"),
        () -> hyper.queue().async().create("http://127.0.0.1:9/jobs"));

    assertBody(
        take(target, "PUT", target.base("queue")), "{\"target\":\"http://127.0.0.1:9/jobs\"}");
  }

  @ParameterizedTest
  @MethodSource("cases")
  void destroyDeletesTheQueue(Mode mode, Target target) {
    Hyper hyper = servers.hyper(target);
    target.server(servers).enqueue(Answer.json(201, "{\"ok\":true}"));

    OkResult r =
        mode.call(() -> hyper.queue().destroy(true), () -> hyper.queue().async().destroy(true));

    assertThat(r.status()).isEqualTo(201);
    assertNoBody(take(target, "DELETE", target.base("queue")));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void enqueuePostsTheJobAndReadsAStringId(Mode mode, Target target) {
    Hyper hyper = servers.hyper(target);
    target.server(servers).enqueue(Answer.json(201, "{\"ok\":true,\"id\":\"job-7\"}"));
    Map<String, Object> job = new LinkedHashMap<>();
    job.put("type", "MOVIE_ADDED");
    job.put("id", "movie-1");

    IdResult r =
        mode.call(() -> hyper.queue().enqueue(job), () -> hyper.queue().async().enqueue(job));

    assertThat(r.id()).isEqualTo("job-7");
    assertBody(
        take(target, "POST", target.base("queue")),
        "{\"type\":\"MOVIE_ADDED\",\"id\":\"movie-1\"}");
  }

  @ParameterizedTest
  @MethodSource("cases")
  void enqueueExposesANumericIdAsAString(Mode mode, Target target) {
    Hyper hyper = servers.hyper(target);
    target.server(servers).enqueue(Answer.json(201, "{\"ok\":true,\"id\":42}"));

    IdResult r =
        mode.call(
            () -> hyper.queue().enqueue(Map.of("a", 1)),
            () -> hyper.queue().async().enqueue(Map.of("a", 1)));

    assertThat(r.id()).isEqualTo("42");
  }

  @ParameterizedTest
  @MethodSource("cases")
  void enqueueIntoAMissingQueueIsNotOk404(Mode mode, Target target) {
    Hyper hyper = servers.hyper(target);
    target
        .server(servers)
        .enqueue(Answer.json(404, "{\"ok\":false,\"status\":404,\"msg\":\"queue not found\"}"));

    IdResult r =
        mode.call(
            () -> hyper.queue().enqueue(Map.of("a", 1)),
            () -> hyper.queue().async().enqueue(Map.of("a", 1)));

    assertThat(r.ok()).isFalse();
    assertThatThrownBy(r::id).isInstanceOf(NotFoundException.class);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void queuedAsksForReadyJobsAndReadsRecords(Mode mode, Target target) {
    Hyper hyper = servers.hyper(target);
    target
        .server(servers)
        .enqueue(
            Answer.json(
                200,
                "{\"ok\":true,\"jobs\":[{\"id\":1,\"job\":{\"type\":\"MOVIE_ADDED\",\"id\":\"m1\"},"
                    + "\"status\":\"READY\",\"queue\":\"test\","
                    + "\"timestmp\":\"2024-01-01T00:00:00.000Z\"}]}"));

    JobsResult r = mode.call(() -> hyper.queue().queued(), () -> hyper.queue().async().queued());

    assertThat(r.jobs())
        .singleElement()
        .satisfies(
            job -> {
              assertThat(job.id()).isEqualTo("1");
              assertThat(job.job()).isEqualTo(Map.of("type", "MOVIE_ADDED", "id", "m1"));
              assertThat(job.job(Added.class)).isEqualTo(new Added("MOVIE_ADDED", "m1"));
              assertThat(job.job(new TypeRef<Map<String, String>>() {})).containsEntry("id", "m1");
              assertThat(job.status()).isEqualTo(Job.READY);
              assertThat(job.queue()).isEqualTo("test");
              assertThat(job.timestamp()).contains("2024-01-01T00:00:00.000Z");
              assertThat(job.error()).isEmpty();
            });
    assertNoBody(take(target, "GET", target.base("queue") + "?status=READY"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void errorsAsksForFailedJobsAndReadsTheirError(Mode mode, Target target) {
    Hyper hyper = servers.hyper(target);
    target
        .server(servers)
        .enqueue(
            Answer.json(
                200,
                "{\"ok\":true,\"jobs\":["
                    + "{\"id\":\"j1\",\"job\":{\"n\":1},\"status\":\"ERROR\",\"queue\":\"test\","
                    + "\"timestmp\":\"t\",\"error\":{\"status\":500,\"msg\":\"boom\"}},"
                    + "{\"id\":\"j2\",\"job\":{\"n\":2},\"status\":\"ERROR\",\"queue\":\"test\","
                    + "\"error\":{\"msg\":\"connection refused\"}}]}"));

    JobsResult r = mode.call(() -> hyper.queue().errors(), () -> hyper.queue().async().errors());

    assertThat(r.jobs()).extracting(Job::id).containsExactly("j1", "j2");
    assertThat(r.jobs().get(0).error()).contains(new Job.JobError(Optional.of(500), "boom"));
    assertThat(r.jobs().get(1).error())
        .contains(new Job.JobError(Optional.empty(), "connection refused"));
    assertThat(r.jobs().get(1).timestamp()).isEmpty();
    assertNoBody(take(target, "GET", target.base("queue") + "?status=ERROR"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void listingAMissingQueueIsNotOk404(Mode mode, Target target) {
    Hyper hyper = servers.hyper(target);
    target
        .server(servers)
        .enqueue(Answer.json(404, "{\"ok\":false,\"status\":404,\"msg\":\"queue not found\"}"));

    JobsResult r = mode.call(() -> hyper.queue().queued(), () -> hyper.queue().async().queued());

    assertThat(r.ok()).isFalse();
    assertThat(r.status()).isEqualTo(404);
    assertThatThrownBy(r::jobs).isInstanceOf(NotFoundException.class);
  }
}
