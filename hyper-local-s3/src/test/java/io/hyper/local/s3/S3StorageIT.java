package io.hyper.local.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyper.local.port.StoragePort.Committed;
import io.hyper.local.port.StoragePort.Created;
import io.hyper.local.port.StoragePort.Staged;
import io.hyper.local.port.StoragePort.StoredObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * What is special to the S3 engine beyond the port's contract: a cut-off multipart upload leaves no
 * key and no unfinished upload, a commit above the single-copy limit copies in parts, and two
 * engines on the same URL (two hyper-local processes) see each other's buckets and objects at once.
 */
class S3StorageIT {
  private static final String PREFIX = TestS3.newPrefix(S3StorageIT.class);
  private static final int MIB = 1024 * 1024;

  @AfterAll
  static void deleteKeys() {
    TestS3.deleteAll(PREFIX);
  }

  private static byte[] random(int size, long seed) {
    byte[] data = new byte[size];
    new Random(seed).nextBytes(data);
    return data;
  }

  @Test
  void aCutOffMultipartUploadLeavesNoKeyAndNoUnfinishedUpload() throws IOException {
    String prefix = PREFIX + "/cut";
    try (S3Storage storage = S3Storage.open(TestS3.location(prefix));
        S3Client admin = TestS3.admin()) {
      assertThat(storage.createBucket("b")).isEqualTo(Created.CREATED);
      // Three full 8 MiB parts go up before the content fails.
      InputStream cut = failingAfter(new ByteArrayInputStream(random(26 * MIB, 1)), 25 * MIB);
      assertThatThrownBy(() -> storage.stage("b", cut)).isInstanceOf(IOException.class);
      assertThat(TestS3.keys(admin, prefix + "/"))
          .as("only the bucket's marker")
          .containsExactly(prefix + "/.hyper-buckets/b");
      assertThat(
              admin
                  .listMultipartUploads(b -> b.bucket(TestS3.bucket()).prefix(prefix + "/"))
                  .uploads())
          .as("the multipart upload was aborted")
          .isEmpty();

      try (Staged abandoned =
          storage.stage("b", new ByteArrayInputStream(random(9 * MIB, 2))).value()) {
        assertThat(abandoned.size()).isEqualTo(9 * MIB);
        assertThat(TestS3.keys(admin, prefix + "/.hyper-staging/")).hasSize(1);
      }
      assertThat(TestS3.keys(admin, prefix + "/.hyper-staging/")).as("closed: deleted").isEmpty();
    }
  }

  @Test
  void aCommitAboveTheSingleCopyLimitCopiesInParts() throws IOException {
    S3Location location = TestS3.location(PREFIX + "/copy");
    S3Client s3 = S3Clients.client(location);
    byte[] data = random(12 * MIB + 3, 3);
    try (S3Storage storage =
        new S3Storage(
            s3,
            S3Clients.presigner(location),
            location,
            new S3Copy(s3, location.bucket(), 5 * MIB, 5 * MIB))) {
      assertThat(storage.createBucket("b")).isEqualTo(Created.CREATED);
      try (Staged staged = storage.stage("b", new ByteArrayInputStream(data)).value()) {
        assertThat(staged.commit("big/three-parts.bin")).isEqualTo(Committed.COMMITTED);
      }
      try (StoredObject stored = storage.read("b", "big/three-parts.bin").value().orElseThrow()) {
        assertThat(stored.size()).isEqualTo(data.length);
        assertThat(stored.content().readAllBytes()).isEqualTo(data);
      }
    }
  }

  @Test
  void twoEnginesOnOneUrlSeeEachOthersBucketsAndObjectsAtOnce() throws IOException {
    S3Location location = TestS3.location(PREFIX + "/shared");
    try (S3Storage a = S3Storage.open(location);
        S3Storage b = S3Storage.open(location)) {
      assertThat(a.createBucket("team")).isEqualTo(Created.CREATED);
      assertThat(b.createBucket("team")).isEqualTo(Created.EXISTS);
      assertThat(b.createBucket("TEAM")).isEqualTo(Created.CASE_TWIN);
      byte[] data = random(1000, 4);
      try (Staged staged = b.stage("team", new ByteArrayInputStream(data)).value()) {
        assertThat(staged.commit("x/y.bin")).isEqualTo(Committed.COMMITTED);
      }
      try (StoredObject stored = a.read("team", "x/y.bin").value().orElseThrow()) {
        assertThat(stored.content().readAllBytes()).isEqualTo(data);
      }
      try (Staged staged = a.stage("team", new ByteArrayInputStream(data)).value()) {
        assertThat(staged.commit("x"))
            .as("b's folder, seen by a")
            .isEqualTo(Committed.FOLDER_AT_PATH);
      }
      assertThat(a.remove("team", "x/y.bin").value()).isTrue();
      assertThat(b.read("team", "x/y.bin").value()).isEmpty();
      assertThat(b.destroyBucket("team")).isTrue();
      assertThat(a.buckets()).isEmpty();
      assertThat(a.stage("team", new ByteArrayInputStream(data)).isMissing()).isTrue();
    }
  }

  /** {@code in}, failing like a dropped connection once {@code n} bytes are read. */
  private static InputStream failingAfter(InputStream in, int n) {
    return new InputStream() {
      private int sent;

      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (sent >= n) {
          throw new IOException("connection reset");
        }
        int got = in.read(b, off, Math.min(len, n - sent));
        sent += Math.max(got, 0);
        return got;
      }
    };
  }
}
