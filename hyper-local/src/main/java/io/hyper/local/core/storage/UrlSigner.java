package io.hyper.local.core.storage;

import io.hyper.local.core.HyperError;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks storage URLs (§11 Q7): HMAC-SHA256 over the HTTP method, the bucket, the object
 * path and the expiry time.
 *
 * <p>The signed text is {@code METHOD + " /" + bucket + "/" + object + " " + expires}. A bucket has
 * no {@code /} and the method and expiry have no space, so no two different requests share a text.
 * The key never leaves this object; {@link #toString()} does not show it.
 */
public final class UrlSigner {
  /** How long a signed URL stays valid unless told otherwise: one hour. */
  public static final Duration DEFAULT_TTL = Duration.ofHours(1);

  private static final String ALGORITHM = "HmacSHA256";
  private static final HexFormat HEX = HexFormat.of();

  private final SecretKeySpec key;
  private final Clock clock;

  /**
   * Creates a signer.
   *
   * @param key the HMAC key, at least 16 bytes
   * @param clock the time source for expiry
   * @throws IllegalArgumentException if the key is shorter than 16 bytes
   */
  public UrlSigner(byte[] key, Clock clock) {
    if (key.length < 16) {
      throw new IllegalArgumentException("signing key must have >= 16 bytes, had " + key.length);
    }
    this.key = new SecretKeySpec(key, ALGORITHM);
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** A signature that allows {@code method} on one object until {@code expires}. */
  public record Grant(String method, String bucket, String object, Instant expires, String sig) {}

  /** Signs {@code method} on {@code bucket/object} for {@link #DEFAULT_TTL} from now. */
  public Grant sign(String method, String bucket, String object) {
    Instant expires =
        clock.instant().plus(DEFAULT_TTL).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    return new Grant(
        method, bucket, object, expires, hmac(method, bucket, object, expires.getEpochSecond()));
  }

  /**
   * Checks a signed request.
   *
   * @param expires the expiry as sent, epoch seconds
   * @param sig the signature as sent, lower-case hex
   * @throws HyperError 403 when the signature does not match or the URL has expired
   */
  public void verify(String method, String bucket, String object, String expires, String sig) {
    long epochSeconds;
    try {
      epochSeconds = Long.parseLong(expires);
    } catch (NumberFormatException e) {
      throw HyperError.forbidden("signed URL is not valid");
    }
    byte[] expected =
        hmac(method, bucket, object, epochSeconds).getBytes(StandardCharsets.US_ASCII);
    byte[] given = sig.getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, given)) {
      throw HyperError.forbidden("signed URL is not valid");
    }
    if (clock.instant().getEpochSecond() >= epochSeconds) {
      throw HyperError.forbidden("signed URL has expired");
    }
  }

  private String hmac(String method, String bucket, String object, long expires) {
    String text = field(method) + field(bucket) + field(object) + expires;
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return HEX.formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  /** One length-prefixed field of the signed text, so no two field lists share a text. */
  private static String field(String value) {
    return value.length() + ":" + value + "\n";
  }

  /** Describes the signer without its key. */
  @Override
  public String toString() {
    return "UrlSigner[HmacSHA256]";
  }
}
