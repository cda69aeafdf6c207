package io.hyper.local;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Checks an {@code X-HYPER-SIGNATURE} header the way a queue target would, with the JDK's Mac. */
public final class TestSignatures {
  private static final Pattern HEADER = Pattern.compile("t=(\\d+),sig=([0-9a-f]{64})");

  private TestSignatures() {}

  /**
   * True when {@code header} is {@code t=<ms>,sig=<hex>} over {@code t.body} with {@code secret}.
   */
  public static boolean valid(String secret, String header, byte[] body) {
    if (header == null) {
      return false;
    }
    Matcher m = HEADER.matcher(header);
    if (!m.matches()) {
      return false;
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update(m.group(1).getBytes(StandardCharsets.US_ASCII));
      mac.update((byte) '.');
      return HexFormat.of().formatHex(mac.doFinal(body)).equals(m.group(2));
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  /** The {@code t} of a signature header, epoch milliseconds. */
  public static long time(String header) {
    Matcher m = HEADER.matcher(header);
    if (!m.matches()) {
      throw new AssertionError("not a signature header: " + header);
    }
    return Long.parseLong(m.group(1));
  }
}
