package io.hyper.connect.jackson2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hyper.connect.DocResult;
import io.hyper.connect.DocsResult;
import io.hyper.connect.IdResult;
import io.hyper.connect.OkResult;
import io.hyper.connect.json.JacksonCodec;
import io.hyper.connect.queue.Job;
import io.hyper.connect.queue.JobsResult;
import io.hyper.connect.storage.UrlResult;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** A Jackson 2 app logs the SDK's results as JSON with its own mapper, ok or not. */
class ResultsWithJackson2Test {
  private static final ObjectMapper APPS = new ObjectMapper();

  @Test
  void notOkResultsSerialise() throws Exception {
    DocResult missing =
        new DocResult(
            false, 404, Optional.of("missing"), null, JacksonCodec.defaults(), "data.get");
    DocsResult bad =
        new DocsResult(false, 400, Optional.of("bad"), null, JacksonCodec.defaults(), "data.query");
    IdResult conflict = new IdResult(false, 409, Optional.of("conflict"), null, "data.add");

    assertThat(APPS.writeValueAsString(missing))
        .isEqualTo("{\"ok\":false,\"status\":404,\"msg\":\"missing\"}");
    assertThat(APPS.writeValueAsString(bad))
        .isEqualTo("{\"ok\":false,\"status\":400,\"msg\":\"bad\"}");
    assertThat(APPS.writeValueAsString(conflict))
        .isEqualTo("{\"ok\":false,\"status\":409,\"msg\":\"conflict\"}");
  }

  @Test
  void okResultsSerialiseWithTheirPayloadAndSignedUrlsRedacted() throws Exception {
    DocResult ok =
        new DocResult(
            true,
            200,
            Optional.empty(),
            JsonMapper.builder()
                .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build()
                .readTree("{\"_id\":\"m1\",\"n\":12345678901234567.89}"),
            JacksonCodec.defaults(),
            "data.get");
    UrlResult url =
        new UrlResult(
            true,
            200,
            Optional.empty(),
            URI.create("https://files.example/b/x.png?sig=abc123"),
            "storage.signedUrl");

    assertThat(APPS.writeValueAsString(ok))
        .isEqualTo(
            "{\"ok\":true,\"status\":200,\"doc\":{\"_id\":\"m1\",\"n\":12345678901234567.89}}");
    assertThat(APPS.writeValueAsString(new OkResult(true, 201, Optional.empty(), "data.create")))
        .isEqualTo("{\"ok\":true,\"status\":201}");
    assertThat(APPS.writeValueAsString(url)).doesNotContain("abc123").contains("x.png?...");
  }

  @Test
  void jobRecordsSerialiseWithTheirJobAndError() throws Exception {
    Job failed =
        new Job(
            "j1",
            JsonMapper.builder().build().readTree("{\"n\":1}"),
            Job.ERROR,
            "q",
            Optional.empty(),
            Optional.of(new Job.JobError(Optional.empty(), "connection refused")),
            JacksonCodec.defaults(),
            "queue.errors");

    assertThat(
            APPS.writeValueAsString(
                new JobsResult(true, 200, Optional.empty(), List.of(failed), "queue.errors")))
        .isEqualTo(
            "{\"ok\":true,\"status\":200,\"jobs\":[{\"id\":\"j1\",\"job\":{\"n\":1},"
                + "\"status\":\"ERROR\",\"queue\":\"q\","
                + "\"error\":{\"msg\":\"connection refused\"}}]}");
  }
}
