package io.hyper.connect.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyper.connect.UnauthorizedException;
import io.hyper.connect.UnprocessableException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Known-answer tests for {@link SignatureVerifier}.
 *
 * <p>The signatures below were computed outside Java, on the build machine:
 *
 * <pre>
 * printf '%s' '1643654130111.{"type":"MOVIE_ADDED","id":"movie-1"}' \
 *   | openssl dgst -sha256 -hmac 'shh-its-a-secret'
 * node -e 'const c=require("crypto");
 *   const b=JSON.stringify({type:"MOVIE_ADDED",id:"movie-1",n:{z:1,a:[1,2.5,"é"]}});
 *   console.log(c.createHmac("sha256","shh-its-a-secret").update("1700000000000."+b).digest("hex"))'
 * </pre>
 *
 * (node's {@code crypto} gives the same hex as openssl for the first vector.)
 */
class SignatureVerifierTest {

  private static final String SECRET = "shh-its-a-secret";

  private static final String T1 = "1643654130111";
  private static final String BODY1 = "{\"type\":\"MOVIE_ADDED\",\"id\":\"movie-1\"}";
  private static final String SIG1 =
      "507147c91be5626db8118a3529ffe74b250c54be578267965818e04ee3b78f87";

  private static final String T2 = "1700000000000";
  private static final String BODY2 =
      "{\"type\":\"MOVIE_ADDED\",\"id\":\"movie-1\",\"n\":{\"z\":1,\"a\":[1,2.5,\"é\"]}}";
  private static final String SIG2 =
      "0ab6da90f39dc589cc61eb940ffca3563282c38b389c5d6c9624ca50b0295811";

  private static final String HEADER1 = "t=" + T1 + ",sig=" + SIG1;

  private final SignatureVerifier verifier = SignatureVerifier.of(SECRET);

  private static Clock clockAt(long epochMillis) {
    return Clock.fixed(Instant.ofEpochMilli(epochMillis), ZoneOffset.UTC);
  }

  @Test
  void signatureOverRawBytesIsOk() {
    VerifyResult result = verifier.verify(HEADER1, BODY1.getBytes(StandardCharsets.UTF_8));

    assertThat(result.ok()).isTrue();
    assertThat(result.status()).isEqualTo(200);
    assertThat(result.msg()).isEmpty();
  }

  @Test
  void signatureOverNonAsciiTextBodyIsOkBecauseTextIsSignedAsUtf8() {
    assertThat(verifier.verify("t=" + T2 + ",sig=" + SIG2, BODY2).ok()).isTrue();
  }

  @Test
  void parsedPayloadIsReserialisedCompactlyInItsKeyOrder() {
    JsonNode parsed =
        JsonMapper.builder()
            .build()
            .readTree(
                "{ \"type\": \"MOVIE_ADDED\",\n  \"id\": \"movie-1\",\n"
                    + "  \"n\": { \"z\": 1, \"a\": [1, 2.5, \"é\"] } }");

    assertThat(verifier.verify("t=" + T2 + ",sig=" + SIG2, parsed).ok()).isTrue();
  }

  @Test
  void headerElementsMayBeSpacedReorderedAndExtendedAndHexUpperCase() {
    String header = " v=1 , sig=" + SIG1.toUpperCase() + " ,  t=" + T1 + " ";

    assertThat(verifier.verify(header, BODY1).ok()).isTrue();
  }

  @Test
  void tamperedBodyIsUnauthorized401() {
    VerifyResult result = verifier.verify(HEADER1, BODY1.replace("movie-1", "movie-2"));

    assertThat(result.ok()).isFalse();
    assertThat(result.status()).isEqualTo(401);
    assertThat(result.msg()).contains("Unauthorized");
  }

  @Test
  void bodyWithExtraWhitespaceIsUnauthorized401() {
    assertThat(verifier.verify(HEADER1, BODY1 + "\n").status()).isEqualTo(401);
  }

  @Test
  void tamperedSignatureIsUnauthorized401() {
    String flipped = (SIG1.charAt(0) == 'a' ? "b" : "a") + SIG1.substring(1);

    assertThat(verifier.verify("t=" + T1 + ",sig=" + flipped, BODY1).status()).isEqualTo(401);
  }

  @Test
  void swappedTimestampIsUnauthorized401() {
    assertThat(verifier.verify("t=1643654130112,sig=" + SIG1, BODY1).status()).isEqualTo(401);
    assertThat(verifier.verify("t=" + T2 + ",sig=" + SIG1, BODY1).status()).isEqualTo(401);
  }

  @Test
  void timestampWrittenDifferentlyIsUnauthorizedBecauseItsTextIsSigned() {
    assertThat(verifier.verify("t=0" + T1 + ",sig=" + SIG1, BODY1).status()).isEqualTo(401);
  }

  @Test
  void anotherSecretIsUnauthorized401() {
    assertThat(SignatureVerifier.of("other-secret").verify(HEADER1, BODY1).status()).isEqualTo(401);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", ","})
  void missingHeaderIsUnauthorized401(String header) {
    VerifyResult result = verifier.verify(header, BODY1);

    assertThat(result.ok()).isFalse();
    assertThat(result.status()).isEqualTo(401);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "sig=" + SIG1,
        "t=" + T1,
        "t=abc,sig=" + SIG1,
        "t=-1643654130111,sig=" + SIG1,
        "t=1.5,sig=" + SIG1,
        "t=,sig=" + SIG1,
        "t=99999999999999999999,sig=" + SIG1,
        "t=" + T1 + ",sig=" + SIG1 + "00",
        "t=" + T1 + ",sig=507147c91be5626d",
        "t=" + T1 + ",sig=z07147c91be5626db8118a3529ffe74b250c54be578267965818e04ee3b78f87",
        "t=" + T1 + ",t=" + T1 + ",sig=" + SIG1,
        "t=" + T1 + ",sig=" + SIG1 + ",sig=" + SIG1,
        "t " + T1 + ",sig " + SIG1,
        T1 + "," + SIG1,
      })
  void malformedHeaderIsUnauthorized401(String header) {
    assertThat(verifier.verify(header, BODY1).status()).isEqualTo(401);
  }

  @Test
  void orThrowRaisesTheExceptionOfTheStatus() {
    assertThat(verifier.verify(HEADER1, BODY1).orThrow().ok()).isTrue();
    assertThatThrownBy(() -> verifier.verify(null, BODY1).orThrow())
        .isInstanceOf(UnauthorizedException.class)
        .hasMessageContaining("401")
        .hasMessageContaining("queue.verify");
    SignatureVerifier stale =
        verifier.withTolerance(Duration.ZERO).withClock(clockAt(Long.parseLong(T1) + 1));
    assertThatThrownBy(() -> stale.verify(HEADER1, BODY1).orThrow())
        .isInstanceOf(UnprocessableException.class);
  }

  @Test
  void withoutToleranceAnOldSignatureIsOk() {
    SignatureVerifier later = verifier.withClock(clockAt(Long.parseLong(T1) + 86_400_000L * 365));

    assertThat(later.verify(HEADER1, BODY1).ok()).isTrue();
  }

  @Test
  void signatureAsOldAsTheToleranceIsOk() {
    long t = Long.parseLong(T1);
    SignatureVerifier windowed =
        verifier.withTolerance(Duration.ofMinutes(5)).withClock(clockAt(t + 300_000));

    assertThat(windowed.verify(HEADER1, BODY1).ok()).isTrue();
    assertThat(windowed.withClock(clockAt(t)).verify(HEADER1, BODY1).ok()).isTrue();
  }

  @Test
  void staleSignatureIsOutOfRange422() {
    SignatureVerifier windowed =
        verifier
            .withTolerance(Duration.ofMinutes(5))
            .withClock(clockAt(Long.parseLong(T1) + 300_001));

    VerifyResult result = windowed.verify(HEADER1, BODY1);

    assertThat(result.ok()).isFalse();
    assertThat(result.status()).isEqualTo(422);
    assertThat(result.msg()).contains("Timestamp not within acceptable range");
  }

  @Test
  void signatureFromTheFutureIsOutOfRange422() {
    SignatureVerifier windowed =
        verifier.withTolerance(Duration.ofMinutes(5)).withClock(clockAt(Long.parseLong(T1) - 1));

    assertThat(windowed.verify(HEADER1, BODY1).status()).isEqualTo(422);
  }

  @Test
  void wrongSignatureIsUnauthorizedEvenWhenAlsoStale() {
    SignatureVerifier windowed =
        verifier.withTolerance(Duration.ZERO).withClock(clockAt(Long.parseLong(T1) + 1));

    assertThat(windowed.verify(HEADER1, "{}").status()).isEqualTo(401);
    assertThat(windowed.verify(HEADER1, BODY1).status()).isEqualTo(422);
  }

  @Test
  void copiesLeaveTheOriginalUnchanged() {
    SignatureVerifier windowed = verifier.withTolerance(Duration.ofSeconds(30));

    assertThat(verifier.tolerance()).isEmpty();
    assertThat(windowed.tolerance()).contains(Duration.ofSeconds(30));
  }

  @ParameterizedTest
  @NullAndEmptySource
  void missingSecretIsRejected(String secret) {
    assertThatThrownBy(() -> SignatureVerifier.of(secret))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("secret must be a non-empty string");
  }

  @Test
  void negativeToleranceIsRejectedNamingTheValue() {
    assertThatThrownBy(() -> verifier.withTolerance(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tolerance must be zero or positive, was PT-1S");
  }

  @Test
  void nullClockIsRejected() {
    assertThatThrownBy(() -> verifier.withClock(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("clock");
  }

  @Test
  void toStringNeverShowsTheSecret() {
    assertThat(verifier.withTolerance(Duration.ofMinutes(1)).toString())
        .doesNotContain(SECRET)
        .contains("****");
  }
}
