package io.hyper.connect;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.connect.storage.SignedUrlType;
import io.hyper.connect.testing.RecordingServer;
import io.hyper.connect.testing.RecordingServer.Answer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Logging through {@code System.Logger} (backed by java.util.logging here): one DEBUG line per
 * request, nothing above DEBUG on the happy path, and never a token or a secret.
 */
class LoggingIT {
  private final Logger jul = Logger.getLogger("io.hyper.connect");
  private final List<LogRecord> records = new CopyOnWriteArrayList<>();
  private final Handler handler =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          records.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  private Level previous;

  @BeforeEach
  void capture() {
    previous = jul.getLevel();
    jul.setLevel(Level.ALL);
    handler.setLevel(Level.ALL);
    jul.addHandler(handler);
  }

  @AfterEach
  void release() {
    jul.removeHandler(handler);
    jul.setLevel(previous);
  }

  @Test
  void eachRequestLogsOneDebugLineWithoutTheTokenOrSecret() {
    try (RecordingServer server = RecordingServer.start()) {
      server.enqueue(Answer.json(404, "{\"ok\":false}"));
      Hyper hyper =
          Hyper.connect(server.url().replace("://", "://app-key:log-secret-value@") + "/test");

      hyper.data().get("a/b");
      hyper.cache().create();

      assertThat(records).hasSize(2);
      assertThat(records).allSatisfy(r -> assertThat(r.getLevel()).isEqualTo(Level.FINE));
      assertThat(records.get(0).getMessage())
          .startsWith("data.get GET " + server.url() + "/data/test/a%2Fb -> 404 (");
      assertThat(records.get(1).getMessage())
          .startsWith("cache.create PUT " + server.url() + "/cache/test -> 200 (");
      assertThat(records)
          .allSatisfy(
              r ->
                  assertThat(r.getMessage())
                      .doesNotContain("log-secret-value")
                      .doesNotContain("Bearer")
                      .doesNotContain("eyJ"));
    }
  }

  @Test
  void aSignedUrlCallLogsNeitherTheUrlItGotNorItsSignature() {
    try (RecordingServer server = RecordingServer.start()) {
      server.enqueue(
          Answer.json(
              200,
              "{\"ok\":true,\"url\":\"http://127.0.0.1:1/_signed/storage/test/a.png"
                  + "?expires=1767225600&sig=5ec2e7516a7e5ec2e7\"}"));
      Hyper hyper =
          Hyper.connect(server.url().replace("://", "://app-key:log-secret-value@") + "/test");

      hyper.storage().signedUrl("a.png", SignedUrlType.DOWNLOAD);

      assertThat(records).hasSize(1);
      assertThat(records.get(0).getMessage())
          .startsWith(
              "storage.signedUrl GET "
                  + server.url()
                  + "/storage/test/a.png?useSignedUrl=true -> 200 (");
      assertThat(records)
          .allSatisfy(
              r ->
                  assertThat(r.getMessage())
                      .doesNotContain("5ec2e7516a7e5ec2e7")
                      .doesNotContain("sig=")
                      .doesNotContain("_signed")
                      .doesNotContain("log-secret-value")
                      .doesNotContain("Bearer")
                      .doesNotContain("eyJ"));
    }
  }
}
