package io.hyper.connect;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyper.connect.json.JacksonCodec;
import io.hyper.connect.queue.Job;
import io.hyper.connect.queue.JobsResult;
import io.hyper.connect.storage.UrlResult;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Any Jackson 3 mapper serialises results, ok or not, in hyper's shape, without throwing. */
class ResultJsonTest {
  private static final JsonMapper APPS = JsonMapper.builder().build();

  @Test
  void aNotOkResultSerialisesThoughItsPayloadAccessorThrows() {
    DocResult missing =
        new DocResult(
            false, 404, Optional.of("missing"), null, JacksonCodec.defaults(), "data.get");
    IdResult conflict = new IdResult(false, 409, Optional.of("conflict"), null, "data.add");

    assertThatThrownBy(missing::doc).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(conflict::id).isInstanceOf(ConflictException.class);
    assertThat(APPS.writeValueAsString(missing))
        .isEqualTo("{\"ok\":false,\"status\":404,\"msg\":\"missing\"}");
    assertThat(APPS.writeValueAsString(conflict))
        .isEqualTo("{\"ok\":false,\"status\":409,\"msg\":\"conflict\"}");
  }

  @Test
  void anOkResultSerialisesWithItsPayloadAsPlainJson() {
    DocResult ok =
        new DocResult(
            true,
            200,
            Optional.empty(),
            // As the SDK reads an answer: numbers exact.
            io.hyper.connect.internal.JsonCodec.read(
                "{\"_id\":\"m1\",\"n\":12345678901234567.89}".getBytes(UTF_8)),
            JacksonCodec.defaults(),
            "data.get");

    assertThat(APPS.writeValueAsString(ok))
        .isEqualTo(
            "{\"ok\":true,\"status\":200,\"doc\":{\"_id\":\"m1\",\"n\":12345678901234567.89}}");
    assertThat(ok.asMap()).containsEntry("ok", true).containsKey("doc");
  }

  @Test
  void aSignedUrlSerialisesRedacted() {
    UrlResult url =
        new UrlResult(
            true,
            200,
            Optional.empty(),
            URI.create("https://files.example/b/x.png?X-Amz-Signature=abc123&token=t"),
            "storage.signedUrl");

    assertThat(APPS.writeValueAsString(url))
        .isEqualTo("{\"ok\":true,\"status\":200,\"url\":\"https://files.example/b/x.png?...\"}")
        .doesNotContain("abc123");
  }

  @Test
  void jobsSerialiseInHypersShapeOkOrNot() {
    Job failed =
        new Job(
            "j1",
            io.hyper.connect.internal.JsonCodec.read(
                "{\"n\":12345678901234567.89}".getBytes(UTF_8)),
            Job.ERROR,
            "q",
            Optional.of("2024-01-01T00:00:00.000Z"),
            Optional.of(new Job.JobError(Optional.of(500), "boom")),
            JacksonCodec.defaults(),
            "queue.errors");
    JobsResult ok = new JobsResult(true, 200, Optional.empty(), List.of(failed), "queue.errors");
    JobsResult missing =
        new JobsResult(false, 404, Optional.of("queue not found"), null, "queue.errors");
    String job =
        "{\"id\":\"j1\",\"job\":{\"n\":12345678901234567.89},\"status\":\"ERROR\","
            + "\"queue\":\"q\",\"timestamp\":\"2024-01-01T00:00:00.000Z\","
            + "\"error\":{\"status\":500,\"msg\":\"boom\"}}";

    assertThat(failed.toString()).isEqualTo(job);
    assertThat(APPS.writeValueAsString(failed)).isEqualTo(job);
    assertThat(APPS.writeValueAsString(ok))
        .isEqualTo("{\"ok\":true,\"status\":200,\"jobs\":[" + job + "]}")
        .isEqualTo(ok.toString());
    assertThatThrownBy(missing::jobs).isInstanceOf(NotFoundException.class);
    assertThat(APPS.writeValueAsString(missing))
        .isEqualTo("{\"ok\":false,\"status\":404,\"msg\":\"queue not found\"}");
  }
}
