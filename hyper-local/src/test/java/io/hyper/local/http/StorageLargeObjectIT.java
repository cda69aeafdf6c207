package io.hyper.local.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 1 GiB object up and down through a hyper-local whose JVM has a 128 MiB heap: storage streams
 * both ways and never holds an object in memory. The server runs in its own JVM ({@code Main},
 * {@code -Xmx128m}, exit on out-of-memory); the client generates and hashes the data as it goes.
 */
class StorageLargeObjectIT {
  private static final long SIZE = 1L << 30;
  private static final int BLOCK = 64 * 1024;
  private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");

  @Test
  void oneGibibyteRoundTripsThroughAServerCappedAt128MiB(@TempDir Path dir) throws Exception {
    Process server = startServer(dir);
    try {
      String url = awaitUrl(server);
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
      assertThat(server.isAlive()).as("server survived with -Xmx128m").isTrue();
    } finally {
      server.destroy();
      if (!server.waitFor(30, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    }
  }

  private static Process startServer(Path dir) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-Xmx128m",
            "-XX:+ExitOnOutOfMemoryError",
            "-cp",
            System.getProperty("java.class.path"),
            "io.hyper.local.Main",
            "--port",
            "0",
            "--dir",
            dir.toString())
        .redirectErrorStream(true)
        .start();
  }

  /** Reads the server's output until it prints its URL, then keeps draining it. */
  private static String awaitUrl(Process server) throws IOException {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    for (String line; (line = out.readLine()) != null; ) {
      seen.append(line).append('\n');
      Matcher m = LISTENING.matcher(line);
      if (m.find()) {
        Thread drain =
            new Thread(
                () -> {
                  try {
                    while (out.readLine() != null) {
                      // keep the pipe empty
                    }
                  } catch (IOException e) {
                    // the server is gone
                  }
                });
        drain.setDaemon(true);
        drain.start();
        return m.group(1);
      }
    }
    throw new AssertionError("server exited before listening:\n" + seen);
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
