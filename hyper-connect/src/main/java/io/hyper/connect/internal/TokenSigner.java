package io.hyper.connect.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs the HS256 JWTs hyper expects ({@code Authorization: Bearer <jwt>}) and caches the current
 * one.
 *
 * <p>A token carries exactly the claims {@code sub} (the app key) and {@code exp} (now + 5 minutes,
 * in seconds), under the header {@code {"alg":"HS256","typ":"JWT"}}. The same token is reused until
 * 30 seconds before it expires. Safe for concurrent use: readers see either the current token or
 * wait for the one thread that is signing a fresh one.
 */
public final class TokenSigner {
  /** How long a token lives, in seconds. */
  public static final long LIFETIME_SECONDS = 300;

  /** How long before expiry a token is replaced, in seconds. */
  public static final long REFRESH_MARGIN_SECONDS = 30;

  private static final String HEADER =
      base64Url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

  private final String key;
  private final byte[] secret;
  private final Clock clock;
  private final Object lock = new Object();
  private volatile Token current;

  private record Token(String jwt, long exp) {}

  /**
   * Creates a signer.
   *
   * @param key the app key, the tokens' {@code sub}
   * @param secret the app secret; its UTF-8 bytes are the HMAC key
   * @param clock the clock that sets {@code exp} and decides when to refresh
   */
  public TokenSigner(String key, String secret, Clock clock) {
    this.key = Check.notBlank(key, "key");
    this.secret = Check.notNull(secret, "secret").getBytes(StandardCharsets.UTF_8);
    this.clock = Check.notNull(clock, "clock");
  }

  /**
   * Returns a valid token: the cached one, or a freshly signed one when the cached one is within 30
   * seconds of its expiry.
   *
   * @return a compact JWT
   */
  public String token() {
    long now = clock.instant().getEpochSecond();
    Token token = current;
    if (token != null && now < token.exp() - REFRESH_MARGIN_SECONDS) {
      return token.jwt();
    }
    synchronized (lock) {
      token = current;
      if (token == null || now >= token.exp() - REFRESH_MARGIN_SECONDS) {
        long exp = now + LIFETIME_SECONDS;
        token = new Token(sign(key, secret, exp), exp);
        current = token;
      }
      return token.jwt();
    }
  }

  /**
   * Signs one token; deterministic, for known-answer tests.
   *
   * @param sub the {@code sub} claim
   * @param secret the HMAC key
   * @param exp the {@code exp} claim, in epoch seconds
   * @return the compact JWT {@code header.payload.signature}
   */
  public static String sign(String sub, byte[] secret, long exp) {
    String payload =
        base64Url(
            ("{\"sub\":" + jsonString(sub) + ",\"exp\":" + exp + "}")
                .getBytes(StandardCharsets.UTF_8));
    String signingInput = HEADER + "." + payload;
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      // An empty secret is not a valid HMAC key for the JDK; a one-byte zero key signs the same.
      mac.init(new SecretKeySpec(secret.length == 0 ? new byte[1] : secret, "HmacSHA256"));
      return signingInput
          + "."
          + base64Url(mac.doFinal(signingInput.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this JDK", e);
    }
  }

  private static String base64Url(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String jsonString(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  @Override
  public String toString() {
    return "TokenSigner[sub=" + key + ", secret=****]";
  }
}
