package io.hyper.connect.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.SignedJWT;
import io.hyper.connect.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NotBlank;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The JWTs: known-answer vectors (computed independently with Python's {@code hmac}), verification
 * with nimbus-jose-jwt, the 5-minute lifetime and reuse until 30 s before expiry, and concurrency.
 */
class TokenSignerTest {
  private static final Instant T0 = Instant.ofEpochSecond(1_700_000_000);

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "app-key|secret|1700000000|eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhcHAta2V5IiwiZXhwIjoxNzAwMDAwMDAwfQ.nUuHlS8y1SOoxNmLNs0YuZlEDjfBhT1T27IIn_nWXLU",
        "key|s3cret@with:odd/chars|1800000300|eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJrZXkiLCJleHAiOjE4MDAwMDAzMDB9.il8IXga8l40saoCPyW3GxOoKiZHc6jQmtBNk57KkYC0",
        "schlüssel|geheimnis-ü|2000000000|eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzY2hsw7xzc2VsIiwiZXhwIjoyMDAwMDAwMDAwfQ.SCMAQs7QYBxi5Wh2RR2baTtKXM8a98po4X66q8pRduI"
      })
  void signMatchesKnownAnswers(String sub, String secret, long exp, String expected) {
    assertThat(TokenSigner.sign(sub, secret.getBytes(StandardCharsets.UTF_8), exp))
        .isEqualTo(expected);
  }

  @Test
  void headerIsExactlyAlgAndTyp() {
    String jwt = TokenSigner.sign("k", "s".getBytes(StandardCharsets.UTF_8), 1);
    String header =
        new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[0]), StandardCharsets.UTF_8);

    assertThat(header).isEqualTo("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");
  }

  @Test
  void aTokenLivesFiveMinutes() throws Exception {
    TokenSigner signer = new TokenSigner("app-key", "secret", new MutableClock(T0));

    SignedJWT jwt = SignedJWT.parse(signer.token());

    assertThat(jwt.getJWTClaimsSet().getExpirationTime().toInstant())
        .isEqualTo(T0.plusSeconds(300));
    assertThat(signer.token())
        .isEqualTo(
            TokenSigner.sign(
                "app-key", "secret".getBytes(StandardCharsets.UTF_8), T0.getEpochSecond() + 300));
  }

  @Test
  void aTokenIsReusedUntilThirtySecondsBeforeItExpires() throws Exception {
    MutableClock clock = new MutableClock(T0);
    TokenSigner signer = new TokenSigner("app-key", "secret", clock);
    String first = signer.token();

    clock.advance(Duration.ofSeconds(269));
    String stillFirst = signer.token();
    clock.advance(Duration.ofSeconds(1));
    String second = signer.token();

    assertThat(stillFirst).isEqualTo(first);
    assertThat(second).isNotEqualTo(first);
    assertThat(SignedJWT.parse(second).getJWTClaimsSet().getExpirationTime().toInstant())
        .isEqualTo(T0.plusSeconds(270 + 300));
  }

  @Test
  void concurrentCallersShareOneToken() throws Exception {
    MutableClock clock = new MutableClock(T0);
    TokenSigner signer = new TokenSigner("app-key", "secret", clock);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      for (int round = 0; round < 20; round++) {
        clock.advance(Duration.ofSeconds(300));
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> tokens = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
          tokens.add(
              pool.submit(
                  () -> {
                    go.await();
                    return signer.token();
                  }));
        }
        go.countDown();
        Set<String> distinct = new java.util.HashSet<>();
        for (Future<String> f : tokens) {
          distinct.add(f.get(5, TimeUnit.SECONDS));
        }
        assertThat(distinct).hasSize(1);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void toStringHidesTheSecret() {
    assertThat(new TokenSigner("app-key", "very-secret", new MutableClock(T0)).toString())
        .contains("app-key")
        .doesNotContain("very-secret");
  }

  @Property(tries = 200)
  void everyTokenVerifiesWithAnIndependentLibrary(
      @ForAll @NotBlank @StringLength(max = 40) String key,
      @ForAll @AlphaChars @NumericChars @StringLength(min = 32, max = 64) String secret,
      @ForAll("epochSeconds") long now)
      throws ParseException, JOSEException {
    // jqwik's @NotBlank only trims ASCII spaces; a key of Unicode whitespace is blank to
    // String.isBlank, which TokenSigner rightly refuses.
    net.jqwik.api.Assume.that(!key.isBlank());
    TokenSigner signer = new TokenSigner(key, secret, new MutableClock(Instant.ofEpochSecond(now)));

    SignedJWT jwt = SignedJWT.parse(signer.token());

    assertThat(jwt.verify(new MACVerifier(secret.getBytes(StandardCharsets.UTF_8)))).isTrue();
    assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
    assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo(key);
    assertThat(jwt.getJWTClaimsSet().getClaims().keySet()).containsExactlyInAnyOrder("sub", "exp");
    assertThat(jwt.getJWTClaimsSet().getExpirationTime().toInstant().getEpochSecond())
        .isEqualTo(now + 300);
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<Long> epochSeconds() {
    return net.jqwik.api.Arbitraries.longs().between(0, 4_000_000_000L);
  }
}
