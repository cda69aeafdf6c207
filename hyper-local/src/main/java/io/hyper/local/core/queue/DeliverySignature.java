package io.hyper.local.core.queue;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code X-HYPER-SIGNATURE} header of a delivery (§8.5): {@code t=<ms>,sig=<hex>}, where {@code
 * sig} is the lower-case hex HMAC-SHA256, keyed with the queue's secret (UTF-8), of {@code t + "."
 * + body} and {@code body} is exactly the bytes sent.
 */
public final class DeliverySignature {
  /** The header's name. */
  public static final String HEADER = "X-HYPER-SIGNATURE";

  private DeliverySignature() {}

  /**
   * The header value for {@code body} sent at {@code epochMillis}.
   *
   * @param secret the queue's secret; never logged
   */
  public static String header(String secret, long epochMillis, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      String t = Long.toString(epochMillis);
      mac.update((t + ".").getBytes(StandardCharsets.UTF_8));
      return "t=" + t + ",sig=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
