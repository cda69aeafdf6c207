package io.hyper.local.s3;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.local.ChildServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A 256 MiB object up and down through a hyper-local on the S3 engine whose JVM has a 64 MiB heap:
 * uploads go to S3 in 8 MiB parts from one buffer, downloads stream, and nothing holds the object.
 * The server runs in its own JVM ({@link ChildServer}, exit on out-of-memory); the client makes and
 * hashes the data as it goes. It prints the MiB/s of each direction (for the report, not asserted).
 */
class S3LargeObjectIT {
  private static final String PREFIX = TestS3.newPrefix(S3LargeObjectIT.class);
  private static final long SIZE = 256L << 20;
  private static final int BLOCK = 64 * 1024;

  @AfterAll
  static void deleteKeys() {
    TestS3.deleteAll(PREFIX);
  }

  @Test
  void twoHundredFiftySixMibRoundTripThroughAServerCappedAt64MiB() throws Exception {
    try (ChildServer server =
        ChildServer.start(
            List.of("-Xmx64m"), "--port", "0", "--memory", "--storage", TestS3.url(PREFIX))) {
      String url = server.url();
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      HttpResponse<String> created =
          client.send(
              HttpRequest.newBuilder(URI.create(url + "/storage/big"))
                  .PUT(BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

      Generated upload = new Generated(SIZE);
      long start = System.nanoTime();
      HttpResponse<String> uploaded =
          client.send(
              HttpRequest.newBuilder(URI.create(url + "/storage/big/one/blob.bin"))
                  .header("Content-Type", "application/octet-stream")
                  .timeout(Duration.ofMinutes(10))
                  .POST(
                      BodyPublishers.fromPublisher(
                          BodyPublishers.ofInputStream(() -> upload), SIZE))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      double upSeconds = (System.nanoTime() - start) / 1e9;
      assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);

      start = System.nanoTime();
      HttpResponse<InputStream> downloaded =
          client.send(
              HttpRequest.newBuilder(URI.create(url + "/storage/big/one/blob.bin"))
                  .timeout(Duration.ofMinutes(10))
                  .build(),
              HttpResponse.BodyHandlers.ofInputStream());
      assertThat(downloaded.statusCode()).isEqualTo(200);
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      long received = 0;
      try (InputStream in = downloaded.body()) {
        byte[] buffer = new byte[BLOCK];
        for (int n; (n = in.read(buffer)) != -1; ) {
          sha.update(buffer, 0, n);
          received += n;
        }
      }
      double downSeconds = (System.nanoTime() - start) / 1e9;
      assertThat(received).isEqualTo(SIZE);
      assertThat(HexFormat.of().formatHex(sha.digest())).isEqualTo(upload.sha256());
      assertThat(server.alive()).as("server survived with -Xmx64m").isTrue();
      System.out.printf(
          "S3LargeObjectIT: 256 MiB up %.1f MiB/s, down %.1f MiB/s%n",
          256 / upSeconds, 256 / downSeconds);
    }
  }

  /** {@code size} pseudo-random bytes, made as they are read and hashed on the way. */
  private static final class Generated extends InputStream {
    private final long size;
    private final MessageDigest sha;
    private long position;
    private long state = 0x9E3779B97F4A7C15L;

    Generated(long size) throws NoSuchAlgorithmException {
      this.size = size;
      this.sha = MessageDigest.getInstance("SHA-256");
    }

    String sha256() {
      return HexFormat.of().formatHex(sha.digest());
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (position >= size) {
        return -1;
      }
      int n = (int) Math.min(len, size - position);
      for (int i = 0; i < n; i++) {
        state ^= state << 13;
        state ^= state >>> 7;
        state ^= state << 17;
        b[off + i] = (byte) state;
      }
      sha.update(b, off, n);
      position += n;
      return n;
    }
  }
}
