package io.hyper.local.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.local.ChildServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 1 GiB object up and down through a hyper-local whose JVM has a 128 MiB heap: storage streams
 * both ways and never holds an object in memory. The server runs in its own JVM ({@link
 * ChildServer}, {@code -Xmx128m}, exit on out-of-memory); the client generates and hashes the data
 * as it goes.
 */
class StorageLargeObjectIT {
  private static final long SIZE = 1L << 30;
  private static final int BLOCK = 64 * 1024;

  @Test
  void oneGibibyteRoundTripsThroughAServerCappedAt128MiB(@TempDir Path dir) throws Exception {
    try (ChildServer server =
        ChildServer.start(List.of("-Xmx128m"), "--port", "0", "--dir", dir.toString())) {
      String url = server.url();
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      HttpResponse<String> created =
          client.send(
              HttpRequest.newBuilder(URI.create(url + "/storage/big"))
                  .PUT(BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(created.statusCode()).isEqualTo(201);

      GeneratedData upload = new GeneratedData(SIZE);
      HttpResponse<String> uploaded =
          client.send(
              HttpRequest.newBuilder(URI.create(url + "/storage/big/one/gib.bin"))
                  .header("Content-Type", "application/octet-stream")
                  .timeout(Duration.ofMinutes(10))
                  .POST(
                      BodyPublishers.fromPublisher(
                          BodyPublishers.ofInputStream(() -> upload), SIZE))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
      assertThat(Files.size(dir.resolve("storage/big/one/gib.bin"))).isEqualTo(SIZE);

      HttpResponse<InputStream> downloaded =
          client.send(
              HttpRequest.newBuilder(URI.create(url + "/storage/big/one/gib.bin"))
                  .timeout(Duration.ofMinutes(10))
                  .build(),
              HttpResponse.BodyHandlers.ofInputStream());
      assertThat(downloaded.statusCode()).isEqualTo(200);
      MessageDigest sha = newSha256();
      long received = 0;
      try (InputStream in = downloaded.body()) {
        byte[] buffer = new byte[BLOCK];
        for (int n; (n = in.read(buffer)) != -1; ) {
          sha.update(buffer, 0, n);
          received += n;
        }
      }
      assertThat(received).isEqualTo(SIZE);
      assertThat(HexFormat.of().formatHex(sha.digest())).isEqualTo(upload.sha256());
      assertThat(server.alive()).as("server survived with -Xmx128m").isTrue();
    }
  }

  private static MessageDigest newSha256() throws NoSuchAlgorithmException {
    return MessageDigest.getInstance("SHA-256");
  }

  /**
   * {@code size} bytes of pseudo-random data, made block by block as they are read and hashed on
   * the way: a random 64 KiB block, each copy stamped with its block number.
   */
  private static final class GeneratedData extends InputStream {
    private final long size;
    private final byte[] block = new byte[BLOCK];
    private final byte[] current = new byte[BLOCK];
    private final MessageDigest sha;
    private long position;

    GeneratedData(long size) throws NoSuchAlgorithmException {
      this.size = size;
      new Random(1234).nextBytes(block);
      this.sha = newSha256();
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
      int inBlock = (int) (position % BLOCK);
      if (inBlock == 0) {
        System.arraycopy(block, 0, current, 0, BLOCK);
        long number = position / BLOCK;
        for (int i = 0; i < 8; i++) {
          current[i] = (byte) (number >>> (8 * i));
        }
      }
      int n = (int) Math.min(Math.min(len, BLOCK - inBlock), size - position);
      System.arraycopy(current, inBlock, b, off, n);
      sha.update(current, inBlock, n);
      position += n;
      return n;
    }
  }
}
