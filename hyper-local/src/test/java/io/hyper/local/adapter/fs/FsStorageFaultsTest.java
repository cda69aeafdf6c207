package io.hyper.local.adapter.fs;

import static io.hyper.local.core.HyperErrorAssert.assertStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyper.local.core.HyperError;
import io.hyper.local.core.ServerFaults;
import io.hyper.local.core.storage.StorageService;
import io.hyper.local.port.StoragePort.StoredObject;
import java.io.ByteArrayInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Storage on a disk that fills up, after a crash, and with names file systems disagree on. */
class FsStorageFaultsTest {
  @TempDir Path dir;
  private final AtomicBoolean full = new AtomicBoolean();
  private FsStorage fs;
  private StorageService storage;

  @BeforeEach
  void open() throws IOException {
    fs = FsStorage.open(dir.resolve("storage"), channel -> new FullDisk(channel, full));
    storage = new StorageService(fs);
    storage.createBucket("b");
  }

  @AfterEach
  void close() {
    fs.close();
  }

  @Test
  void aFullDiskIs507WithoutAPathKeepsTheOldObjectAndLeavesNoStagingFile() throws IOException {
    storage.upload("b", "x.txt", bytes("old"));
    full.set(true);
    assertThatThrownBy(
            () -> storage.upload("b", "x.txt", new ByteArrayInputStream(new byte[1 << 20])))
        .isInstanceOfSatisfying(
            HyperError.class,
            e -> {
              assertThat(e.status()).isEqualTo(507);
              assertThat(e.msg()).isEqualTo(ServerFaults.DISK_FULL).doesNotContain(dir.toString());
            });
    assertThat(read("x.txt")).isEqualTo("old");
    assertThat(stagingFiles()).isEmpty();

    full.set(false);
    storage.upload("b", "x.txt", bytes("new"));
    assertThat(read("x.txt")).as("uploads work again once there is space").isEqualTo("new");
  }

  @Test
  void aFailingClientBodyStaysAnIoExceptionNotAServerFault() {
    InputStream broken =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("connection reset by the client");
          }
        };
    assertThatThrownBy(() -> storage.upload("b", "y", broken))
        .isInstanceOf(IOException.class)
        .isNotInstanceOf(HyperError.class);
  }

  @Test
  void stagingFilesOfAKilledProcessAreDeletedAtOpen() throws IOException {
    storage.upload("b", "kept.txt", bytes("kept"));
    Path stale = Files.writeString(dir.resolve("storage/b/.hyper-upload-123.part"), "half");
    Path lookalike = Files.writeString(dir.resolve("storage/b/upload-123.part"), "mine");
    Path probe = Files.writeString(dir.resolve("storage/.hyper-case-42.probe"), "");
    fs.close();
    fs = FsStorage.open(dir.resolve("storage"));
    storage = new StorageService(fs);
    assertThat(stale).doesNotExist();
    assertThat(probe).doesNotExist();
    assertThat(lookalike).exists();
    assertThat(read("kept.txt")).isEqualTo("kept");
  }

  @Test
  void aNameLongerThan255BytesIs400NamingTheLimitNotThePath() throws IOException {
    String longName = "a".repeat(300);
    for (String object : new String[] {longName, "folder/" + longName + "/x", "é".repeat(128)}) {
      assertThatThrownBy(() -> storage.upload("b", object, bytes("x")))
          .isInstanceOfSatisfying(
              HyperError.class,
              e -> {
                assertThat(e.status()).isEqualTo(400);
                assertThat(e.msg()).contains("255 bytes").doesNotContain(dir.toString());
              });
      assertStatus(400, () -> storage.download("b", object));
    }
    storage.upload("b", "é".repeat(127), bytes("254 bytes of UTF-8 fit"));
    assertStatus(400, () -> storage.createBucket("é".repeat(128)));
  }

  @Test
  void aNewNameDifferingOnlyInCaseFromAnExistingOneIs409() throws IOException {
    storage.upload("b", "Report.txt", bytes("one"));
    assertStatus(409, () -> storage.upload("b", "report.TXT", bytes("two")));
    assertStatus(409, () -> storage.upload("b", "REPORT.txt", bytes("two")));
    storage.upload("b", "Report.txt", bytes("replaced"));
    assertThat(read("Report.txt")).isEqualTo("replaced");

    storage.upload("b", "Docs/a.txt", bytes("a"));
    assertStatus(409, () -> storage.upload("b", "docs/b.txt", bytes("b")));
    storage.upload("b", "Docs/b.txt", bytes("b"));
    assertThat(read("Docs/b.txt")).isEqualTo("b");

    assertStatus(409, () -> storage.createBucket("B"));
  }

  @Test
  void unicodeNormalisationFormsOfOneNameAreOneName() throws IOException {
    storage.upload("b", "caf\u00e9.txt", bytes("composed"));
    assertStatus(409, () -> storage.upload("b", "cafe\u0301.txt", bytes("decomposed")));
  }

  @Test
  void windowsDeviceNamesAndTrailingDotsOrSpacesAre400ForNewNames() {
    for (String name : new String[] {"CON", "nul.txt", "Com1.log", "lpt9", "a/aux/b", "x.", "y "}) {
      assertStatus(400, () -> storage.upload("b", name, bytes("x")));
    }
    assertStatus(400, () -> storage.createBucket("prn"));
  }

  @Test
  void namesStartingWithTheServersPrefixAre400() {
    assertStatus(400, () -> storage.upload("b", ".hyper-upload-1.part", bytes("x")));
    assertStatus(400, () -> storage.upload("b", "a/.hyper-x", bytes("x")));
  }

  @Test
  void caseInsensitivityIsDetectedAsTheFileSystemBehaves() throws IOException {
    Path probe = Files.createFile(dir.resolve("probe"));
    boolean insensitive = Files.exists(probe.resolveSibling("PROBE"));
    assertThat(fs.caseInsensitive()).isEqualTo(insensitive);
    try (Stream<Path> left = Files.list(fs.root())) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .as("the probe file is gone")
          .containsExactly("b");
    }
  }

  private String read(String object) throws IOException {
    try (StoredObject stored = storage.download("b", object)) {
      return new String(stored.content().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  private Stream<String> stagingFiles() throws IOException {
    try (Stream<Path> files = Files.list(dir.resolve("storage/b"))) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.toLowerCase(Locale.ROOT).endsWith(".part"))
          .toList()
          .stream();
    }
  }

  private static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** A file's output that fails as the JDK does on a full disk while {@code full} is set. */
  private static final class FullDisk extends FilterOutputStream {
    private final AtomicBoolean full;

    FullDisk(java.nio.channels.FileChannel channel, AtomicBoolean full) {
      super(Channels.newOutputStream(channel));
      this.full = full;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (full.get()) {
        throw new IOException("No space left on device");
      }
      out.write(b, off, len);
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }
  }
}
