package io.hyper.connect.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyper.connect.ServerException;
import io.hyper.connect.testing.Mode;
import io.hyper.connect.testing.RecordedRequest;
import io.hyper.connect.testing.RecordingServer;
import io.hyper.connect.testing.RecordingServer.Answer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the transport offers services beyond JSON (storage builds on it): any request body with its
 * own content type, and answers handed over as a stream, with errors still mapped.
 */
class TransportIT {
  private RecordingServer server;
  private ServiceClient storage;

  @BeforeEach
  void start() {
    server = RecordingServer.start();
    Transport transport =
        new Transport(
            HttpClient.newHttpClient(),
            null,
            new JsonCodec(io.hyper.connect.json.JacksonCodec.defaults()),
            new Transport.Limits(
                Duration.ofSeconds(5), Duration.ofSeconds(5), 0, Backoff.DEFAULT, 8, false),
            java.util.concurrent.ForkJoinPool.commonPool(),
            null,
            CallEvents.NONE);
    storage = new ServiceClient(transport, "storage", server.url() + "/storage/bucket");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static String read(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aStreamedBodyGoesOutWithItsOwnContentTypeAndEncodedPath(Mode mode) {
    server.enqueue(Answer.json(201, "{\"ok\":true}"));
    Call<Reply> upload =
        storage
            .post("upload")
            .path("photos/x y.png")
            .body(
                BodyPublishers.ofInputStream(
                    () -> new ByteArrayInputStream("PNG-BYTES".getBytes(StandardCharsets.UTF_8))),
                "image/png")
            .call(reply -> reply);

    Reply reply = mode.call(upload::send, upload::sendAsync);

    assertThat(reply.ok()).isTrue();
    assertThat(reply.status()).isEqualTo(201);
    RecordedRequest request = server.takeRequest();
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.rawPath()).isEqualTo("/storage/bucket/photos/x%20y.png");
    assertThat(request.header("Content-Type")).contains("image/png");
    assertThat(request.header("Accept")).isEmpty();
    assertThat(request.bodyText()).isEqualTo("PNG-BYTES");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aSuccessfulStreamModeAnswerIsHandedOverUnread(Mode mode) {
    server.enqueue(Answer.of(200, "image/png", "PNG-BYTES"));
    Call<String> download =
        storage.get("download").path("a.png").streamResponse().call(r -> read(r.stream()));

    assertThat(mode.call(download::send, download::sendAsync)).isEqualTo("PNG-BYTES");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aFailedStreamModeAnswerIsReadAndMappedAsUsual(Mode mode) {
    server.enqueue(
        Answer.json(404, "{\"ok\":false,\"status\":404,\"msg\":\"object does not exist\"}"));
    Call<Reply> download = storage.get("download").path("gone.png").streamResponse().call(r -> r);

    Reply reply = mode.call(download::send, download::sendAsync);

    assertThat(reply.ok()).isFalse();
    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.stream()).isNull();
    assertThat(reply.msg()).contains("object does not exist");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aServerErrorInStreamModeThrows(Mode mode) {
    server.enqueue(Answer.text(500, "Internal Server Error"));
    Call<Reply> download = storage.get("download").path("a.png").streamResponse().call(r -> r);

    assertThatThrownBy(() -> mode.call(download::send, download::sendAsync))
        .isInstanceOf(ServerException.class)
        .hasMessage("500 storage.download: Internal Server Error");
  }
}
