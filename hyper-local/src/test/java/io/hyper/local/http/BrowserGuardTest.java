package io.hyper.local.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BrowserGuardTest {
  private static HttpOptions options(Set<String> origins, Set<String> hosts) {
    return new HttpOptions(Duration.ofSeconds(30), 8, 1 << 20, 100, origins, hosts);
  }

  private final BrowserGuard loopback =
      new BrowserGuard(
          options(Set.of("http://app.test"), Set.of("Hyper.Example")),
          InetAddress.getLoopbackAddress());

  @ParameterizedTest
  @ValueSource(
      strings = {
        "localhost",
        "localhost:6363",
        "LocalHost",
        "api.localhost:80",
        "127.0.0.1",
        "127.255.0.9:1",
        "[::1]",
        "[::1]:6363",
        "[0:0:0:0:0:0:0:1]",
        "hyper.example:443"
      })
  void loopbackNamesAndConfiguredHostsAreThisMachine(String host) {
    assertThat(loopback.hostAllowed(host)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "evil.example",
        "localhost.evil.example",
        "127.0.0.1.nip.io",
        "128.0.0.1",
        "127.0.0.256",
        "0x7f000001",
        "[::2]",
        "[fe80::1]",
        "",
        "[::1"
      })
  void otherNamesAreNot(String host) {
    assertThat(loopback.hostAllowed(host)).isFalse();
  }

  @Test
  void anyHostIsServedOnANonLoopbackAddress() throws Exception {
    BrowserGuard open =
        new BrowserGuard(options(Set.of(), Set.of()), InetAddress.getByName("0.0.0.0"));
    assertThat(open.refusal(Optional.of("evil.example"), Optional.empty())).isEmpty();
  }

  @Test
  void onlyAllowedOriginsGetCorsHeaders() {
    assertThat(loopback.corsHeaders(Optional.of("http://app.test"), Optional.empty()))
        .containsEntry("Access-Control-Allow-Origin", "http://app.test")
        .doesNotContainKey("Access-Control-Allow-Credentials");
    assertThat(loopback.corsHeaders(Optional.of("http://evil.test"), Optional.empty())).isEmpty();
    assertThat(loopback.corsHeaders(Optional.empty(), Optional.empty())).isEmpty();
  }

  @Test
  void aStarAllowsEveryOriginWithoutReflectingIt() {
    BrowserGuard any =
        new BrowserGuard(options(Set.of("*"), Set.of()), InetAddress.getLoopbackAddress());
    assertThat(any.refusal(Optional.of("localhost"), Optional.of("http://x.test"))).isEmpty();
    assertThat(any.corsHeaders(Optional.of("http://x.test"), Optional.empty()))
        .containsEntry("Access-Control-Allow-Origin", "*");
  }

  @Test
  void crossOriginRequestsAreRefusedAndTheServersOwnOriginIsNot() {
    assertThat(loopback.refusal(Optional.of("127.0.0.1:9"), Optional.of("http://evil.test")))
        .isPresent();
    assertThat(loopback.refusal(Optional.of("127.0.0.1:9"), Optional.of("null"))).isPresent();
    assertThat(loopback.refusal(Optional.of("127.0.0.1:9"), Optional.of("http://127.0.0.1:9")))
        .isEmpty();
    assertThat(loopback.refusal(Optional.of("127.0.0.1:9"), Optional.of("http://app.test")))
        .isEmpty();
  }
}
