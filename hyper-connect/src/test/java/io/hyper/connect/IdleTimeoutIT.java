package io.hyper.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.hyper.connect.storage.DownloadResult;
import io.hyper.connect.testing.FaultServer;
import io.hyper.connect.testing.FaultServer.Kind;
import io.hyper.connect.testing.FaultServer.Policy;
import io.hyper.connect.testing.Mode;
import java.io.InputStream;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Nothing waits forever: the request timeout bounds the wait for an answer (for an upload: after
 * its body was sent), the idle timeout every stretch without progress of a body, either way; each
 * failure names the operation and the wait.
 */
class IdleTimeoutIT {
  private static final Duration BOUND = Duration.ofSeconds(30);

  private FaultServer server;
  private Hyper hyper;

  @BeforeEach
  void start() {
    server = FaultServer.start();
    hyper =
        TestHypers.builder()
            .connectionString(server.url() + "/test")
            .requestTimeout(Duration.ofMillis(400))
            .idleTimeout(Duration.ofMillis(300))
            .build();
  }

  @AfterEach
  void stop() {
    hyper.close();
    server.close();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void anUploadToAServerThatNeverReadsFailsAfterTheIdleTimeout(Mode mode) {
    server.fallback(Policy.of(Kind.NEVER_READ_BODY).after(Duration.ofSeconds(2)));
    byte[] big = new byte[32 << 20]; // far more than the socket buffers hold

    assertThatThrownBy(
            () ->
                mode.call(
                    () -> hyper.storage().upload("big.bin", big),
                    () -> hyper.storage().async().upload("big.bin", big)))
        .isInstanceOf(HyperIoException.class)
        .hasMessageStartingWith("storage.upload: POST")
        .hasMessageContaining("no progress sending the body for 300 ms (idleTimeout)");
    await().atMost(BOUND).until(() -> server.clientCloses() == 1);
    assertThat(server.requests()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void anUploadMayTakeLongerThanTheRequestTimeoutWhileItProgresses(Mode mode) {
    // 32 MiB read 64 KiB at a time, 5 ms apart: at least 2.6 s, beyond the request timeout of
    // 1.5 s. The request timeout starts once the connection took the whole body, while the last
    // few MiB still sit in the socket buffers: they drain in well under 1.5 s.
    server.fallback(
        Policy.of(Kind.READ_BODY_SLOWLY)
            .answering(201, "{\"ok\":true}")
            .after(Duration.ofMillis(5)));
    byte[] body = new byte[32 << 20];

    OkResult r;
    try (Hyper patient =
        TestHypers.builder()
            .connectionString(server.url() + "/test")
            .requestTimeout(Duration.ofMillis(1500))
            .idleTimeout(Duration.ofSeconds(1))
            .build()) {
      r =
          mode.call(
              () -> patient.storage().upload("slow.bin", body),
              () -> patient.storage().async().upload("slow.bin", body));
    }

    assertThat(r.status()).isEqualTo(201);
    assertThat(server.requests()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void anUploadWhoseAnswerNeverComesFailsAfterTheRequestTimeout(Mode mode) {
    server.fallback(Policy.of(Kind.HOLD));

    assertThatThrownBy(
            () ->
                mode.call(
                    () -> hyper.storage().upload("a.bin", new byte[10]),
                    () -> hyper.storage().async().upload("a.bin", new byte[10])))
        .isInstanceOf(HyperIoException.class)
        .hasMessageContaining("no answer within 400 ms of sending the body (requestTimeout)");
    await().atMost(BOUND).until(() -> server.clientCloses() == 1);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void anAnswerWhoseBodyStallsFailsAfterTheIdleTimeoutWithoutRetry(Mode mode) {
    server.fallback(Policy.of(Kind.STALL_BODY));

    assertThatThrownBy(
            () -> mode.call(() -> hyper.data().get("1"), () -> hyper.data().async().get("1")))
        .isInstanceOf(HyperIoException.class)
        .hasMessageStartingWith("data.get: GET")
        .hasMessageContaining("the answer's body stalled for 300 ms (idleTimeout)");
    await().atMost(BOUND).until(() -> server.clientCloses() == 1);
    assertThat(server.requests()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aWriteWhoseAnswerNeverComesFailsAfterTheRequestTimeout(Mode mode) {
    server.fallback(Policy.of(Kind.HOLD));

    assertThatThrownBy(
            () ->
                mode.call(
                    () -> hyper.data().add(Map.of("a", 1)),
                    () -> hyper.data().async().add(Map.of("a", 1))))
        .isInstanceOf(HyperIoException.class)
        .hasMessageContaining("data.add: POST")
        .hasMessageContaining("no answer within 400 ms (requestTimeout)");
    assertThat(server.requests()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aDownloadWhoseBodyStallsFailsOnReadAfterTheIdleTimeout(Mode mode) throws Exception {
    server.fallback(Policy.of(Kind.STALL_BODY).answering(200, "PNG-BYTES"));

    try (DownloadResult download =
        mode.call(
            () -> hyper.storage().download("a.png"),
            () -> hyper.storage().async().download("a.png"))) {
      InputStream body = download.body();
      assertThat(body.readNBytes(3)).containsExactly('P', 'N', 'G');
      assertThatThrownBy(body::read)
          .isInstanceOf(HttpTimeoutException.class)
          .hasMessage("storage.download: no bytes of the body for 300 ms (idleTimeout)");
    }
    await().atMost(BOUND).until(() -> server.clientCloses() == 1);
  }

  @Test
  void aDownloadIntoAFileWhoseBodyStallsThrowsHyperIoExceptionAndLeavesNoFile(@TempDir Path dir) {
    server.fallback(Policy.of(Kind.STALL_BODY).answering(200, "PNG-BYTES"));
    Path target = dir.resolve("a.png");

    assertThatThrownBy(() -> hyper.storage().download("a.png", target))
        .isInstanceOf(HyperIoException.class)
        .hasMessageContaining("storage.download")
        .hasMessageContaining("no bytes of the body for 300 ms (idleTimeout)");
    assertThat(Files.exists(target)).isFalse();
  }
}
