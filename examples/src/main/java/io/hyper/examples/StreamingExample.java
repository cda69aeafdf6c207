package io.hyper.examples;

import io.hyper.connect.Hyper;
import io.hyper.connect.storage.DownloadResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Storage streaming: a generated object goes up and comes back down without ever being held in
 * memory on either side; a SHA-256 of both streams shows the bytes are the same.
 */
final class StreamingExample {
  static final long SIZE = 64L * 1024 * 1024;

  private StreamingExample() {}

  static void run(Hyper hyper) {
    Show.heading("storage streaming (" + SIZE / (1024 * 1024) + " MiB)");
    try {
      MessageDigest sent = MessageDigest.getInstance("SHA-256");
      long start = System.nanoTime();
      Show.ok(
          "hyper.storage.upload (a generated stream)",
          hyper
              .storage()
              .upload("big/generated.bin", new DigestInputStream(new Generated(SIZE), sent)));
      MessageDigest received = MessageDigest.getInstance("SHA-256");
      long count = 0;
      try (DownloadResult download = hyper.storage().download("big/generated.bin");
          InputStream body = new DigestInputStream(download.orThrow().body(), received)) {
        byte[] buffer = new byte[64 * 1024];
        for (int n; (n = body.read(buffer)) != -1; ) {
          count += n;
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      String up = HexFormat.of().formatHex(sent.digest());
      String down = HexFormat.of().formatHex(received.digest());
      Show.note("sent     " + SIZE + " bytes, sha-256 " + up);
      Show.note("received " + count + " bytes, sha-256 " + down);
      Show.note(String.format("up and down in %.1f s", seconds));
      if (count != SIZE || !up.equals(down)) {
        throw new IllegalStateException("the downloaded object differs from the uploaded one");
      }
      Show.ok("hyper.storage.remove", hyper.storage().remove("big/generated.bin"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code size} pseudo-random bytes, made as they are read. */
  static final class Generated extends InputStream {
    private long left;
    private long state = 0x9E3779B97F4A7C15L;

    Generated(long size) {
      this.left = size;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (left == 0) {
        return -1;
      }
      int n = (int) Math.min(length, left);
      for (int i = 0; i < n; i++) {
        state ^= state << 13;
        state ^= state >>> 7;
        state ^= state << 17;
        buffer[offset + i] = (byte) state;
      }
      left -= n;
      return n;
    }
  }
}
