package io.hyper.local.core.storage;

import static io.hyper.local.core.HyperErrorAssert.assertStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class UrlSignerTest {
  private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes();
  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

  private final UrlSigner signer = new UrlSigner(KEY, Clock.fixed(NOW, ZoneOffset.UTC));

  private static UrlSigner at(Instant instant) {
    return new UrlSigner(KEY, Clock.fixed(instant, ZoneOffset.UTC));
  }

  @Test
  void grantExpiresAfterOneHour() {
    assertThat(signer.sign("GET", "b", "o.txt").expires()).isEqualTo(NOW.plus(Duration.ofHours(1)));
  }

  @Test
  void validSignatureIsAccepted() {
    UrlSigner.Grant g = signer.sign("GET", "b", "dir/o.txt");
    assertThatCode(() -> signer.verify("GET", "b", "dir/o.txt", expires(g), g.sig()))
        .doesNotThrowAnyException();
  }

  @Test
  void everyAlteredPartIs403() {
    UrlSigner.Grant g = signer.sign("GET", "b", "dir/o.txt");
    assertForbidden(() -> signer.verify("PUT", "b", "dir/o.txt", expires(g), g.sig()));
    assertForbidden(() -> signer.verify("GET", "c", "dir/o.txt", expires(g), g.sig()));
    assertForbidden(() -> signer.verify("GET", "b", "dir/o.txT", expires(g), g.sig()));
    assertForbidden(() -> signer.verify("GET", "b/dir", "o.txt", expires(g), g.sig()));
    String later = Long.toString(g.expires().getEpochSecond() + 3600);
    assertForbidden(() -> signer.verify("GET", "b", "dir/o.txt", later, g.sig()));
    char[] sig = g.sig().toCharArray();
    sig[0] = sig[0] == 'a' ? 'b' : 'a';
    assertForbidden(() -> signer.verify("GET", "b", "dir/o.txt", expires(g), new String(sig)));
    assertForbidden(() -> signer.verify("GET", "b", "dir/o.txt", "soon", g.sig()));
  }

  @Test
  void otherKeyIs403() {
    byte[] other = Arrays.copyOf(KEY, KEY.length);
    other[0] ^= 1;
    UrlSigner.Grant g =
        new UrlSigner(other, Clock.fixed(NOW, ZoneOffset.UTC)).sign("GET", "b", "o");
    assertForbidden(() -> signer.verify("GET", "b", "o", expires(g), g.sig()));
  }

  @Test
  void expiredSignatureIs403() {
    UrlSigner.Grant g = signer.sign("GET", "b", "o");
    assertThatCode(() -> at(NOW.plusSeconds(3599)).verify("GET", "b", "o", expires(g), g.sig()))
        .doesNotThrowAnyException();
    assertForbidden(() -> at(NOW.plusSeconds(3600)).verify("GET", "b", "o", expires(g), g.sig()));
  }

  @Test
  void shortKeyIsRefusedAndToStringHidesTheKey() {
    assertThatThrownBy(() -> new UrlSigner(new byte[8], Clock.systemUTC()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(signer.toString()).doesNotContain("0123456789abcdef");
  }

  private static String expires(UrlSigner.Grant g) {
    return Long.toString(g.expires().getEpochSecond());
  }

  private static void assertForbidden(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    assertStatus(403, call);
  }
}
