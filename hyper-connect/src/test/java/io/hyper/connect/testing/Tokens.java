package io.hyper.connect.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Verifies the SDK's tokens with an independent JWT library (nimbus-jose-jwt). */
public final class Tokens {
  private Tokens() {}

  /**
   * Asserts a request carries {@code Authorization: Bearer <jwt>} signed HS256 with the secret,
   * with {@code sub} = key, an {@code exp} about 5 minutes ahead and no other claim.
   *
   * @param request the recorded request
   * @param key the expected {@code sub}
   * @param secret the secret that must verify the signature
   */
  public static void assertSigned(RecordedRequest request, String key, String secret) {
    String header =
        request
            .header("Authorization")
            .orElseThrow(() -> new AssertionError("no Authorization header"));
    assertThat(header).startsWith("Bearer ");
    try {
      SignedJWT jwt = SignedJWT.parse(header.substring("Bearer ".length()));
      assertThat(jwt.verify(new MACVerifier(secret.getBytes(StandardCharsets.UTF_8))))
          .as("signature verifies with the secret")
          .isTrue();
      assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
      assertThat(jwt.getHeader().getType().getType()).isEqualTo("JWT");
      assertThat(jwt.getJWTClaimsSet().getClaims().keySet())
          .containsExactlyInAnyOrder("sub", "exp");
      assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo(key);
      long exp = jwt.getJWTClaimsSet().getExpirationTime().toInstant().getEpochSecond();
      long now = Instant.now().getEpochSecond();
      assertThat(exp).isBetween(now + 300 - 60, now + 300 + 5);
    } catch (java.text.ParseException | com.nimbusds.jose.JOSEException e) {
      throw new AssertionError("not a valid JWT: " + e, e);
    }
  }
}
