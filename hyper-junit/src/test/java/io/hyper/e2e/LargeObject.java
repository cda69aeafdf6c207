package io.hyper.e2e;

import static io.hyper.e2e.Outcomes.assertOk;
import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.connect.storage.DownloadResult;
import io.hyper.connect.storage.StorageService;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Streams one large object up and down through the SDK and checks size and SHA-256 on both ends;
 * the content is generated as it is sent and hashed as it arrives, never held in memory.
 */
final class LargeObject {
  /** 256 MiB. */
  static final long SIZE = 256L << 20;

  private LargeObject() {}

  /** Uploads, downloads and removes {@code name}, asserting the bytes came back unchanged. */
  static void roundTrip(Mode mode, StorageService storage, String name) {
    MessageDigest sent = sha256();
    assertOk(
        mode.call(
            () -> storage.upload(name, new DigestInputStream(new GeneratedContent(SIZE, 42), sent)),
            () ->
                storage
                    .async()
                    .upload(name, new DigestInputStream(new GeneratedContent(SIZE, 42), sent))),
        201);
    String sentHash = HexFormat.of().formatHex(sent.digest());

    MessageDigest received = sha256();
    long count;
    try (DownloadResult download =
            mode.call(() -> storage.download(name), () -> storage.async().download(name));
        InputStream body = new DigestInputStream(assertOk(download, 200).body(), received)) {
      assertThat(download.contentLength()).hasValue(SIZE);
      count = body.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }

    // All of it was read on the way up (else fewer bytes would come down) and nothing changed.
    assertThat(count).isEqualTo(SIZE);
    assertThat(HexFormat.of().formatHex(received.digest())).isEqualTo(sentHash);
    assertOk(storage.remove(name), 201);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
