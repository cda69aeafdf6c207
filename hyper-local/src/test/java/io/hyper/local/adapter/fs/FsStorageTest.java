package io.hyper.local.adapter.fs;

import static io.hyper.local.core.HyperErrorAssert.assertStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyper.local.core.storage.StorageService;
import io.hyper.local.port.StoragePort.Staged;
import io.hyper.local.port.StoragePort.StoredObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FsStorageTest {
  @TempDir Path dir;
  private FsStorage fs;
  private StorageService storage;

  @BeforeEach
  void open() throws IOException {
    fs = FsStorage.open(dir.resolve("storage"));
    storage = new StorageService(fs);
    storage.createBucket("b");
  }

  @AfterEach
  void close() {
    fs.close();
  }

  @Test
  void uploadThenDownloadReturnsTheSameBytes() throws IOException {
    byte[] data = random(300_000);
    assertThat(storage.upload("b", "dir/sub/x.bin", new ByteArrayInputStream(data)))
        .isEqualTo(data.length);
    assertThat(read("b", "dir/sub/x.bin")).isEqualTo(data);
    assertThat(dir.resolve("storage/b/dir/sub/x.bin")).hasBinaryContent(data);
  }

  @Test
  void overwriteReplacesTheObject() throws IOException {
    storage.upload("b", "x", new ByteArrayInputStream(new byte[] {1, 2, 3}));
    storage.upload("b", "x", new ByteArrayInputStream(new byte[] {9}));
    assertThat(read("b", "x")).containsExactly(9);
  }

  @Test
  void failedUploadKeepsThePreviousVersionAndLeavesNoStagingFile() throws IOException {
    storage.upload("b", "x", new ByteArrayInputStream(new byte[] {1, 2, 3}));
    assertThatThrownBy(() -> storage.upload("b", "x", failingAfter(100_000)))
        .isInstanceOf(IOException.class);
    assertThat(read("b", "x")).containsExactly(1, 2, 3);
    assertThat(filesUnder(dir.resolve("storage/b"))).containsExactly("x");
  }

  @Test
  void failedUploadOfANewObjectLeavesNothing() {
    assertThatThrownBy(() -> storage.upload("b", "new/y", failingAfter(10)))
        .isInstanceOf(IOException.class);
    assertThat(filesUnder(dir.resolve("storage/b"))).isEmpty();
  }

  @Test
  void readerOfTheOldVersionKeepsItWhileANewOneIsCommitted() throws IOException {
    storage.upload("b", "x", new ByteArrayInputStream(new byte[] {1, 2, 3}));
    try (StoredObject old = storage.download("b", "x")) {
      storage.upload("b", "x", new ByteArrayInputStream(new byte[] {7, 7}));
      assertThat(old.size()).isEqualTo(3);
      assertThat(old.content().readAllBytes()).containsExactly(1, 2, 3);
    }
    assertThat(read("b", "x")).containsExactly(7, 7);
  }

  @Test
  void stagedContentIsInvisibleUntilCommitted() throws IOException {
    try (Staged staged = storage.stage("b", new ByteArrayInputStream(new byte[] {4}))) {
      assertStatus(404, () -> storage.download("b", "late"));
      staged.commit("late");
    }
    assertThat(read("b", "late")).containsExactly(4);
  }

  @Test
  void removeDeletesTheObjectAndTheFoldersItEmptied() throws IOException {
    storage.upload("b", "a/b/c.txt", new ByteArrayInputStream(new byte[] {1}));
    storage.upload("b", "a/keep.txt", new ByteArrayInputStream(new byte[] {1}));
    storage.remove("b", "a/b/c.txt");
    assertThat(dir.resolve("storage/b/a/b")).doesNotExist();
    assertThat(dir.resolve("storage/b/a/keep.txt")).exists();
    assertStatus(404, () -> storage.remove("b", "a/b/c.txt"));
    assertStatus(404, () -> storage.remove("b", "a"));
  }

  @Test
  void missingBucketOrObjectIs404() {
    assertStatus(404, () -> storage.upload("nope", "x", new ByteArrayInputStream(new byte[1])));
    assertStatus(404, () -> storage.download("nope", "x"));
    assertStatus(404, () -> storage.download("b", "x"));
    assertStatus(404, () -> storage.destroyBucket("nope"));
  }

  @Test
  void bucketLifecycle() throws IOException {
    assertStatus(409, () -> storage.createBucket("b"));
    storage.upload("b", "d/x", new ByteArrayInputStream(new byte[] {1}));
    storage.destroyBucket("b");
    assertThat(dir.resolve("storage/b")).doesNotExist();
    storage.createBucket("b");
    assertStatus(404, () -> storage.download("b", "d/x"));
  }

  @Test
  void objectAndFolderOfTheSameNameConflict() throws IOException {
    storage.upload("b", "a/b", new ByteArrayInputStream(new byte[] {1}));
    assertStatus(409, () -> storage.upload("b", "a", new ByteArrayInputStream(new byte[] {2})));
    assertStatus(409, () -> storage.upload("b", "a/b/c", new ByteArrayInputStream(new byte[] {2})));
    assertThat(read("b", "a/b")).containsExactly(1);
    assertThat(filesUnder(dir.resolve("storage/b"))).containsExactly("a/b");
  }

  @Test
  void unsafeNamesNeverReachTheDisk() throws IOException {
    Files.writeString(dir.resolve("secret.txt"), "secret");
    assertStatus(400, () -> storage.download("b", "../../secret.txt"));
    assertStatus(400, () -> storage.download("..", "secret.txt"));
    assertStatus(
        400, () -> storage.upload("b", "../escape", new ByteArrayInputStream(new byte[1])));
    assertThat(dir.resolve("storage/escape")).doesNotExist();
  }

  @Test
  void symbolicLinkOutOfTheBucketIsNotFollowed() throws IOException {
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Files.writeString(outside.resolve("secret.txt"), "secret");
    Files.createSymbolicLink(dir.resolve("storage/b/link"), outside);
    assertStatus(400, () -> storage.download("b", "link/secret.txt"));
    assertStatus(400, () -> storage.upload("b", "link/new", new ByteArrayInputStream(new byte[1])));
    assertThat(outside.resolve("new")).doesNotExist();
  }

  @Test
  void temporaryStorageIsDeletedOnClose() throws IOException {
    FsStorage temp = FsStorage.temporary();
    Path root = temp.root();
    new StorageService(temp).createBucket("t");
    new StorageService(temp).upload("t", "x/y", new ByteArrayInputStream(new byte[] {1}));
    temp.close();
    assertThat(root).doesNotExist();
  }

  private byte[] read(String bucket, String object) throws IOException {
    try (StoredObject stored = storage.download(bucket, object)) {
      byte[] bytes = stored.content().readAllBytes();
      assertThat(stored.size()).isEqualTo(bytes.length);
      return bytes;
    }
  }

  private static byte[] random(int size) {
    byte[] data = new byte[size];
    new Random(42).nextBytes(data);
    return data;
  }

  /** A stream that delivers {@code n} bytes, then fails like a dropped connection. */
  private static InputStream failingAfter(int n) {
    return new InputStream() {
      private int sent;

      @Override
      public int read() throws IOException {
        if (sent++ >= n) {
          throw new IOException("connection reset");
        }
        return 0x5a;
      }
    };
  }

  private static java.util.List<String> filesUnder(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
