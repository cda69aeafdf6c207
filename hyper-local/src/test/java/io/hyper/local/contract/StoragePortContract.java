package io.hyper.local.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyper.local.port.StoragePort;
import io.hyper.local.port.StoragePort.Committed;
import io.hyper.local.port.StoragePort.Created;
import io.hyper.local.port.StoragePort.Item;
import io.hyper.local.port.StoragePort.Staged;
import io.hyper.local.port.StoragePort.StoredObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link StoragePort} does: objects written whole or not at all and read as streams,
 * replaced atomically, removed, the outcomes (never errors) of missing buckets and objects, the
 * read-only listings hyper vision uses, case twins, and an object far bigger than any buffer
 * streamed both ways. Names are ones {@link io.hyper.local.core.storage.StorageNames} lets through.
 */
public abstract class StoragePortContract {
  /** The size of the big object: 64 MiB, many times any sensible buffer. */
  private static final long BIG = 64L * 1024 * 1024;

  /** The engine under test, with an empty bucket {@code b}. */
  protected StoragePort storage;

  /** Opens an empty engine of the adapter under test. */
  protected abstract StoragePort open();

  @BeforeEach
  void openStorage() throws IOException {
    storage = open();
    assertThat(storage.createBucket("b")).isEqualTo(Created.CREATED);
  }

  @AfterEach
  void closeStorage() {
    storage.close();
  }

  /** Stores {@code bytes} as {@code object} of bucket {@code b}. */
  protected Committed put(String object, byte[] bytes) throws IOException {
    try (Staged staged = storage.stage("b", new ByteArrayInputStream(bytes)).value()) {
      assertThat(staged.size()).isEqualTo(bytes.length);
      return staged.commit(object);
    }
  }

  /** The bytes of {@code object} of bucket {@code b}, checking the size the engine reports. */
  protected byte[] get(String object) throws IOException {
    try (StoredObject stored = storage.read("b", object).value().orElseThrow()) {
      byte[] bytes = stored.content().readAllBytes();
      assertThat(stored.size()).isEqualTo(bytes.length);
      return bytes;
    }
  }

  private static byte[] text(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void anObjectPutIsReadBackByteForByte() throws IOException {
    byte[] data = new byte[300_000];
    new java.util.Random(7).nextBytes(data);
    put("dir/sub/x.bin", data);
    put("top", text("t"));
    assertThat(get("dir/sub/x.bin")).isEqualTo(data);
    assertThat(get("top")).isEqualTo(text("t"));
  }

  @Test
  void aPutReplacesThePreviousVersionWhole() throws IOException {
    put("x", text("first version, longer"));
    put("x", text("2nd"));
    assertThat(get("x")).isEqualTo(text("2nd"));
    assertThat(storage.usage("b").value()).isEqualTo(new StoragePort.Usage(1, 3));
  }

  @Test
  void stagedContentIsInvisibleUntilCommittedAndGoneWhenClosedWithout() throws IOException {
    try (Staged staged = storage.stage("b", new ByteArrayInputStream(text("late"))).value()) {
      assertThat(storage.read("b", "late").value()).isEmpty();
      assertThat(storage.list("b", "").value().orElseThrow()).isEmpty();
      assertThat(staged.commit("late")).isEqualTo(Committed.COMMITTED);
    }
    assertThat(get("late")).isEqualTo(text("late"));
    try (Staged abandoned = storage.stage("b", new ByteArrayInputStream(text("never"))).value()) {
      assertThat(abandoned.size()).isEqualTo(5);
    }
    assertThat(storage.usage("b").value()).isEqualTo(new StoragePort.Usage(1, 4));
  }

  @Test
  void aCutOffUploadFailsWithIoExceptionAndKeepsThePreviousVersion() throws IOException {
    put("x", text("kept"));
    assertThatThrownBy(() -> storage.stage("b", failingAfter(200_000)))
        .isInstanceOf(IOException.class);
    assertThat(get("x")).isEqualTo(text("kept"));
    assertThat(storage.usage("b").value()).isEqualTo(new StoragePort.Usage(1, 4));
  }

  @Test
  void removeDeletesTheObjectAndOnlyIt() throws IOException {
    put("a/b/c.txt", text("c"));
    put("a/keep.txt", text("k"));
    assertThat(storage.remove("b", "a/b/c.txt").value()).isTrue();
    assertThat(storage.read("b", "a/b/c.txt").value()).isEmpty();
    assertThat(get("a/keep.txt")).isEqualTo(text("k"));
    assertThat(storage.remove("b", "a/b/c.txt").value()).as("removed already").isFalse();
    assertThat(storage.remove("b", "a").value()).as("a folder").isFalse();
    assertThat(names("a")).containsExactly("keep.txt");
  }

  @Test
  void everyCallOnAMissingBucketOrObjectSaysSoAndChangesNothing() throws IOException {
    assertThat(storage.stage("nope", new ByteArrayInputStream(text("x"))).isMissing()).isTrue();
    assertThat(storage.read("nope", "x").isMissing()).isTrue();
    assertThat(storage.remove("nope", "x").isMissing()).isTrue();
    assertThat(storage.list("nope", "").isMissing()).isTrue();
    assertThat(storage.usage("nope").isMissing()).isTrue();
    assertThat(storage.destroyBucket("nope")).isFalse();
    assertThat(storage.read("b", "x").value()).isEmpty();
    assertThat(storage.list("b", "no/such/folder").value()).isEmpty();
    assertThat(storage.buckets()).containsExactly("b");
  }

  @Test
  void bucketsAreCreatedOnceAndDestroyedWithTheirObjects() throws IOException {
    assertThat(storage.createBucket("b")).isEqualTo(Created.EXISTS);
    put("d/x", text("x"));
    assertThat(storage.destroyBucket("b")).isTrue();
    assertThat(storage.buckets()).isEmpty();
    assertThat(storage.read("b", "d/x").isMissing()).isTrue();
    assertThat(storage.createBucket("b")).isEqualTo(Created.CREATED);
    assertThat(storage.read("b", "d/x").value()).isEmpty();
    assertThat(storage.usage("b").value()).isEqualTo(new StoragePort.Usage(0, 0));
  }

  @Test
  void anObjectAndAFolderCannotShareAPath() throws IOException {
    assertThat(put("a/b", text("1"))).isEqualTo(Committed.COMMITTED);
    assertThat(put("a", text("2"))).isEqualTo(Committed.FOLDER_AT_PATH);
    assertThat(put("a/b/c", text("2"))).isEqualTo(Committed.OBJECT_ON_PATH);
    assertThat(get("a/b")).isEqualTo(text("1"));
    assertThat(storage.usage("b").value()).isEqualTo(new StoragePort.Usage(1, 1));
  }

  @Test
  void aNewNameDifferingOnlyInCaseIsRefusedButReplacingTheSameNameIsNot() throws IOException {
    put("Dir/Report.txt", text("1"));
    assertThat(put("Dir/report.TXT", text("2"))).isEqualTo(Committed.OBJECT_CASE_TWIN);
    assertThat(put("dir/other", text("2"))).isEqualTo(Committed.FOLDER_CASE_TWIN);
    assertThat(put("Dir/Report.txt", text("3"))).isEqualTo(Committed.COMMITTED);
    assertThat(get("Dir/Report.txt")).isEqualTo(text("3"));
    assertThat(storage.createBucket("B")).isEqualTo(Created.CASE_TWIN);
    assertThat(storage.buckets()).containsExactly("b");
    assertThat(storage.usage("b").value()).isEqualTo(new StoragePort.Usage(1, 1));
  }

  @Test
  void listingsShowBucketsSortedAndFoldersBeforeObjects() throws IOException {
    assertThat(storage.createBucket("a")).isEqualTo(Created.CREATED);
    assertThat(storage.createBucket("c")).isEqualTo(Created.CREATED);
    put("z.txt", text("zz"));
    put("m/one", text("1"));
    put("m/n/two", text("22"));
    put("b.txt", text("b"));
    assertThat(storage.buckets()).containsExactly("a", "b", "c");

    List<Item> top = storage.list("b", "").value().orElseThrow();
    assertThat(top.stream().map(Item::name)).containsExactly("m", "b.txt", "z.txt");
    assertThat(top.get(0).folder()).isTrue();
    assertThat(top.get(0).size()).isZero();
    assertThat(top.get(2).folder()).isFalse();
    assertThat(top.get(2).size()).isEqualTo(2);
    assertThat(top.get(2).modified()).isNotNull();
    assertThat(names("m")).containsExactly("n", "one");
    assertThat(storage.usage("b").value()).isEqualTo(new StoragePort.Usage(4, 6));
    assertThat(storage.usage("a").value()).isEqualTo(new StoragePort.Usage(0, 0));
  }

  @Test
  void aBigObjectIsStreamedInAndOutWhole() throws IOException, NoSuchAlgorithmException {
    MessageDigest sent = MessageDigest.getInstance("SHA-256");
    try (Staged staged = storage.stage("b", new Generated(BIG, sent)).value()) {
      assertThat(staged.size()).isEqualTo(BIG);
      assertThat(staged.commit("big/blob.bin")).isEqualTo(Committed.COMMITTED);
    }
    MessageDigest received = MessageDigest.getInstance("SHA-256");
    long count = 0;
    try (StoredObject stored = storage.read("b", "big/blob.bin").value().orElseThrow()) {
      assertThat(stored.size()).isEqualTo(BIG);
      byte[] buffer = new byte[64 * 1024];
      InputStream in = stored.content();
      for (int n; (n = in.read(buffer)) >= 0; ) {
        received.update(buffer, 0, n);
        count += n;
      }
    }
    assertThat(count).isEqualTo(BIG);
    assertThat(received.digest()).isEqualTo(sent.digest());
    assertThat(storage.usage("b").value()).isEqualTo(new StoragePort.Usage(1, BIG));
  }

  private List<String> names(String folder) throws IOException {
    return storage.list("b", folder).value().orElseThrow().stream().map(Item::name).toList();
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

  /** {@code size} pseudo-random bytes made as they are read, so no copy of them is ever held. */
  private static final class Generated extends InputStream {
    private final MessageDigest digest;
    private long left;
    private long state = 0x9E3779B97F4A7C15L;

    Generated(long size, MessageDigest digest) {
      this.left = size;
      this.digest = digest;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (left == 0) {
        return -1;
      }
      int n = (int) Math.min(len, left);
      for (int i = 0; i < n; i++) {
        state ^= state << 13;
        state ^= state >>> 7;
        state ^= state << 17;
        b[off + i] = (byte) state;
      }
      digest.update(b, off, n);
      left -= n;
      return n;
    }
  }
}
