package io.hyper.local.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ServerFaultsTest {
  private static final String PATH = "/home/someone/.hyper/storage/b/.hyper-upload-123.part";

  @Test
  void theJdksNoSpaceLeftOnDeviceIs507WithoutThePath() {
    HyperError e = ServerFaults.of("store the upload", new IOException("No space left on device"));
    assertThat(e.status()).isEqualTo(507);
    assertThat(e.msg()).isEqualTo(ServerFaults.DISK_FULL);
  }

  @Test
  void aFileSystemExceptionWithAPathAndEnospcIs507WithoutThePath() {
    HyperError e =
        ServerFaults.of(
            "store the upload", new FileSystemException(PATH, null, "No space left on device"));
    assertThat(e.status()).isEqualTo(507);
    assertThat(e.msg()).doesNotContain("/home").doesNotContain(".hyper-upload");
  }

  @Test
  void aQuotaOrAWindowsFullDiskIs507AndSoIsACauseDeepDown() {
    assertThat(ServerFaults.diskFull(new IOException("Disk quota exceeded"))).isTrue();
    assertThat(ServerFaults.diskFull(new IOException("There is not enough space on the disk")))
        .isTrue();
    assertThat(
            ServerFaults.diskFull(
                new UncheckedIOException(
                    new IOException("wrapped", new IOException("No space left on device")))))
        .isTrue();
  }

  @Test
  void otherIoFailuresAre500WithoutThePathOrTheText() {
    HyperError e = ServerFaults.of("read the object", new AccessDeniedException(PATH));
    assertThat(e.status()).isEqualTo(500);
    assertThat(e.msg())
        .isEqualTo("internal error: the server could not read the object")
        .doesNotContain("/home");
  }

  @Test
  void sqliteFullIs507AndAnyOtherSqliteFailureIsTheFallback() {
    RuntimeException fallback = new IllegalStateException("queue database failed");
    SQLException full =
        new SQLException(
            "[SQLITE_FULL] Insertion failed because database is full (database or"
                + " disk is full)");
    assertThat(ServerFaults.diskFullOr("queue write", full, fallback))
        .isInstanceOfSatisfying(HyperError.class, e -> assertThat(e.status()).isEqualTo(507));
    assertThat(
            ServerFaults.diskFullOr(
                "queue write", new SQLException("[SQLITE_IOERR] disk I/O error"), fallback))
        .isSameAs(fallback);
  }
}
