package io.hyper.local.http;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.Map;
import java.util.Optional;

/**
 * App-key auth of hyper-local (contract §1.6, §11 Q10/Q11): a request passes when its {@code
 * Authorization} carries an HS256 JWT whose {@code sub} is one of the app keys, signed with that
 * key's secret, with an {@code exp} no more than 30 s in the past. Anything else is refused.
 *
 * <p>Tokens are parsed and verified by nimbus-jose-jwt. The header's {@code typ} (or the JS
 * client's {@code type}) is not checked; {@code alg} must be exactly HS256, so {@code none} and
 * every other algorithm fail.
 */
public final class AppKeyAuth {
  /** The clock skew allowed on {@code exp}. */
  public static final Duration SKEW = Duration.ofSeconds(30);

  private static final int MIN_NIMBUS_KEY_BYTES = 32;

  private final Map<String, MACVerifier> verifiers;
  private final Clock clock;

  /**
   * Creates the check for the given app keys.
   *
   * @param secrets app key → secret; must not be empty
   * @throws IllegalArgumentException for no keys, or an empty key or secret
   */
  public AppKeyAuth(Map<String, String> secrets, Clock clock) {
    if (secrets.isEmpty()) {
      throw new IllegalArgumentException("app keys must not be empty");
    }
    this.clock = clock;
    this.verifiers =
        Map.copyOf(
            secrets.entrySet().stream()
                .collect(
                    java.util.stream.Collectors.toMap(
                        e -> requireText(e.getKey(), "app key"),
                        e -> verifier(requireText(e.getValue(), "app secret")))));
  }

  /**
   * True when the {@code Authorization} header value carries a valid token. Like hyper's documented
   * middleware, the token is the text after the last space.
   */
  public boolean permits(Optional<String> authorization) {
    String header = authorization.orElse("Bearer notoken");
    String token = header.substring(header.lastIndexOf(' ') + 1);
    try {
      SignedJWT jwt = SignedJWT.parse(token);
      if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())) {
        return false;
      }
      JWTClaimsSet claims = jwt.getJWTClaimsSet();
      MACVerifier verifier =
          claims.getSubject() == null ? null : verifiers.get(claims.getSubject());
      if (verifier == null || !jwt.verify(verifier)) {
        return false;
      }
      Date exp = claims.getExpirationTime();
      return exp != null && Instant.now(clock).minus(SKEW).isBefore(exp.toInstant());
    } catch (ParseException | JOSEException | IllegalStateException e) {
      return false;
    }
  }

  /**
   * nimbus refuses HMAC keys under 256 bits, but hyper app secrets may be shorter. HMAC pads a key
   * shorter than its block (64 bytes for SHA-256) with zero bytes, so padding it to 32 bytes
   * ourselves yields exactly the same MAC: tokens signed with the short secret verify, and no other
   * secret gains anything.
   */
  private static MACVerifier verifier(String secret) {
    try {
      return new MACVerifier(hmacKey(secret));
    } catch (JOSEException e) {
      throw new IllegalArgumentException("unusable app secret", e);
    }
  }

  /** The secret's UTF-8 bytes, zero-padded to the 256 bits nimbus asks for (same HMAC). */
  static byte[] hmacKey(String secret) {
    byte[] key = secret.getBytes(StandardCharsets.UTF_8);
    return key.length < MIN_NIMBUS_KEY_BYTES ? Arrays.copyOf(key, MIN_NIMBUS_KEY_BYTES) : key;
  }

  /**
   * Signs a token as the SDKs do ({@code sub} = key, {@code exp} = now + 5 min), for hyper-local's
   * own requests to itself (creating services at start-up).
   */
  public static String sign(String key, String secret, Clock clock) {
    try {
      SignedJWT jwt =
          new SignedJWT(
              new com.nimbusds.jose.JWSHeader(JWSAlgorithm.HS256),
              new JWTClaimsSet.Builder()
                  .subject(key)
                  .expirationTime(Date.from(Instant.now(clock).plus(Duration.ofMinutes(5))))
                  .build());
      jwt.sign(new com.nimbusds.jose.crypto.MACSigner(hmacKey(secret)));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalArgumentException("unusable app secret", e);
    }
  }

  private static String requireText(String value, String what) {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException(what + " must not be empty");
    }
    return value;
  }
}
