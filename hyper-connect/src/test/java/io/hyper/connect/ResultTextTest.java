package io.hyper.connect;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.connect.info.ServicesResult;
import io.hyper.connect.json.JacksonCodec;
import io.hyper.connect.testing.Json;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Results print in hyper's own shape, as the Python SDK's dicts do. */
class ResultTextTest {
  @Test
  void okResultShowsItsPayload() {
    assertThat(new IdResult(true, 201, Optional.empty(), "movie-1", "data.add"))
        .hasToString("{\"ok\":true,\"status\":201,\"id\":\"movie-1\"}");
  }

  @Test
  void notOkResultShowsItsMessageAndNoPayload() {
    assertThat(new IdResult(false, 409, Optional.of("document conflict"), null, "data.add"))
        .hasToString("{\"ok\":false,\"status\":409,\"msg\":\"document conflict\"}");
  }

  @Test
  void documentsRenderAsJson() {
    var doc = Json.parse("{\"_id\":\"movie-1\",\"year\":1985}");
    assertThat(new DocResult(true, 200, Optional.empty(), doc, JacksonCodec.defaults(), "data.get"))
        .hasToString("{\"ok\":true,\"status\":200,\"doc\":{\"_id\":\"movie-1\",\"year\":1985}}");
    var docs = Json.parse("[{\"_id\":\"movie-1\",\"year\":1985}]");
    assertThat(
            new DocsResult(true, 200, Optional.empty(), docs, JacksonCodec.defaults(), "data.list"))
        .hasToString("{\"ok\":true,\"status\":200,\"docs\":[{\"_id\":\"movie-1\",\"year\":1985}]}");
  }

  @Test
  void signedUrlsPrintWithoutTheirQuery() {
    var url =
        new io.hyper.connect.storage.UrlResult(
            true,
            200,
            Optional.empty(),
            java.net.URI.create(
                "https://user:pw@files.example:8443/b/x%20y.png?sig=s3cret&token=t0k#f"),
            "storage.signedUrl");
    assertThat(url.toString())
        .isEqualTo(
            "{\"ok\":true,\"status\":200,\"url\":\"https://files.example:8443/b/x%20y.png?...\"}")
        .doesNotContain("s3cret", "t0k", "sig=", "pw");
    assertThat(url.asMap().toString()).doesNotContain("s3cret", "t0k");
    assertThat(url.url().getQuery()).isEqualTo("sig=s3cret&token=t0k");
  }

  @Test
  void bulkAndServicesResults() {
    assertThat(
            new BulkResult(
                true,
                201,
                Optional.empty(),
                List.of(new BulkItem(true, Optional.of("a"), Optional.empty())),
                "data.bulk"))
        .hasToString("{\"ok\":true,\"status\":201,\"results\":[{\"ok\":true,\"id\":\"a\"}]}");
    assertThat(
            new ServicesResult(
                true,
                200,
                Optional.empty(),
                Optional.of("hyper"),
                Optional.empty(),
                List.of("data"),
                "info.services"))
        .hasToString("{\"ok\":true,\"status\":200,\"name\":\"hyper\",\"services\":[\"data\"]}");
  }

  @Test
  void searchStorageAndQueueResultsToo() {
    assertThat(
            new io.hyper.connect.search.MatchesResult(
                true,
                200,
                Optional.empty(),
                Json.parse("[{\"id\":\"m1\"}]"),
                JacksonCodec.defaults(),
                "search.query"))
        .hasToString("{\"ok\":true,\"status\":200,\"matches\":[{\"id\":\"m1\"}]}");
    assertThat(
            new io.hyper.connect.storage.UrlResult(
                true,
                200,
                Optional.empty(),
                java.net.URI.create("http://h/x?sig=1"),
                "storage.signedUrl"))
        .hasToString("{\"ok\":true,\"status\":200,\"url\":\"http://h/x?...\"}");
    assertThat(new io.hyper.connect.queue.VerifyResult(false, 401, Optional.of("Unauthorized")))
        .hasToString("{\"ok\":false,\"status\":401,\"msg\":\"Unauthorized\"}");
    assertThat(
            new io.hyper.connect.storage.DownloadResult(
                false,
                404,
                Optional.of("object does not exist"),
                java.io.InputStream.nullInputStream(),
                Optional.empty(),
                java.util.OptionalLong.empty(),
                "storage.download"))
        .hasToString("{\"ok\":false,\"status\":404,\"msg\":\"object does not exist\"}");
  }
}
