package io.hyper.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyper.connect.internal.Percent;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NotEmpty;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Parsing connection strings (hyper contract §1.1–1.4): both forms, decoding, errors, secrecy. */
class ConnectionStringTest {

  @Test
  void cloudStringKeepsTheAppAndUsesHttps() {
    ConnectionString cs =
        ConnectionString.parse("cloud://app-key:app-secret@cloud.hyper.io/my-app");

    assertThat(cs.cloud()).isTrue();
    assertThat(cs.scheme()).isEqualTo("https");
    assertThat(cs.host()).isEqualTo("cloud.hyper.io");
    assertThat(cs.path()).isEqualTo("/my-app");
    assertThat(cs.domain()).isEmpty();
    assertThat(cs.key()).contains("app-key");
    assertThat(cs.secret()).isEqualTo("app-secret");
    assertThat(cs).hasToString("cloud://app-key:****@cloud.hyper.io/my-app");
  }

  @Test
  void selfHostedStringNamesTheDomainInItsPath() {
    ConnectionString cs = ConnectionString.parse("http://localhost:6363/test");

    assertThat(cs.cloud()).isFalse();
    assertThat(cs.scheme()).isEqualTo("http");
    assertThat(cs.host()).isEqualTo("localhost:6363");
    assertThat(cs.domain()).contains("test");
    assertThat(cs.key()).isEmpty();
    assertThat(cs).hasToString("http://localhost:6363/test");
  }

  @Test
  void schemeIsCaseInsensitiveAndATrailingSlashIsStripped() {
    ConnectionString cs = ConnectionString.parse("HTTPS://k:s@hyper.example.com/shop/");

    assertThat(cs.scheme()).isEqualTo("https");
    assertThat(cs.domain()).contains("shop");
    assertThat(ConnectionString.parse("Cloud://k:s@h/app").cloud()).isTrue();
  }

  @Test
  void keyAndSecretArePercentDecoded() {
    ConnectionString cs = ConnectionString.parse("https://my%20key:p%40ss%3Aw%2Frd@h.io/my%20db");

    assertThat(cs.key()).contains("my key");
    assertThat(cs.secret()).isEqualTo("p@ss:w/rd");
    assertThat(cs.domain()).contains("my db");
    assertThat(cs).hasToString("https://my%20key:****@h.io/my%20db");
  }

  @Test
  void aRawAtSignInTheSecretIsTolerated() {
    assertThat(ConnectionString.parse("http://k:p@ss@localhost:6363/test").secret())
        .isEqualTo("p@ss");
  }

  @Test
  void ipv6HostsKeepTheirBrackets() {
    assertThat(ConnectionString.parse("http://[::1]:6363/test").host()).isEqualTo("[::1]:6363");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "localhost:6363/test|connection string must start with cloud://, http:// or https://",
        "ftp://h/x|connection string has unknown scheme 'ftp'; use cloud, http or https",
        "http:///test|connection string has no host: http://",
        "http://k:SECRETVALUE@h t/x|connection string has an invalid host 'h t' (letters, digits, '.' and '-', or [IPv6], then an optional :port)",
        "http://k:SECRETVALUE@my_host/x|connection string has an invalid host 'my_host' (letters, digits, '.' and '-', or [IPv6], then an optional :port)",
        "http://k:SECRETVALUE@-a/x|connection string has an invalid host '-a' (letters, digits, '.' and '-', or [IPv6], then an optional :port)",
        "http://k:SECRETVALUE@h:/x|connection string has an invalid host 'h:' (letters, digits, '.' and '-', or [IPv6], then an optional :port)",
        "http://h|self-hosted connection string needs exactly one path segment, the domain (e.g. http://h/test), was ''",
        "http://h/|self-hosted connection string needs exactly one path segment, the domain (e.g. http://h/test), was '/'",
        "http://h/a/b|self-hosted connection string needs exactly one path segment, the domain (e.g. http://h/test), was '/a/b'",
        "cloud://k:SECRETVALUE@cloud.hyper.io|cloud connection string needs the app as its path, e.g. cloud://key:secret@cloud.hyper.io/my-app",
        "http://k@h/x|connection string has a key but no secret; write key:secret@h",
        "http://k:@h/x|connection string has a key but no secret; write key:secret@h",
        "http://:SECRETVALUE@h/x|connection string has a secret but no key: http://:****@h",
        "http://k:SECRETVALUE@h:99999/x|connection string has an invalid port (1 to 65535) after http://h",
        "http://k:SECRETVALUE@h:0/x|connection string has an invalid port (1 to 65535) after http://h",
        "http://k:SECRETVALUE@h/x?a=1|connection string must not have a query or fragment: http://h/x",
        "http://k:SECRETVALUE%zz@h/x|connection string key or secret has a malformed percent-escape (write % as %25); credentials not shown",
        "http://k:SECRETVALUE@h/x%zz|connection string path has a malformed percent-escape at index 1: 'x%zz'",
      })
  void invalidStringsFailFastWithoutShowingTheSecret(String input, String message) {
    assertThatThrownBy(() -> ConnectionString.parse(input))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message)
        .hasMessageNotContaining("SECRETVALUE");
  }

  @Test
  void nullAndBlankAreRejected() {
    assertThatThrownBy(() -> ConnectionString.parse(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("connection string must not be null");
    assertThatThrownBy(() -> ConnectionString.parse(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("connection string must not be blank");
  }

  @Property(tries = 300)
  void encodedCredentialsAndDomainRoundTrip(
      @ForAll @NotEmpty @StringLength(max = 30) String key,
      @ForAll @NotEmpty @StringLength(max = 30) String secret,
      @ForAll("hosts") String host,
      @ForAll @IntRange(min = 1, max = 65535) int port,
      @ForAll @NotEmpty @StringLength(max = 30) String domain) {
    String input =
        "http://"
            + Percent.encodeSegment(key)
            + ":"
            + Percent.encodeSegment(secret)
            + "@"
            + host
            + ":"
            + port
            + "/"
            + Percent.encodeSegment(domain);

    ConnectionString cs = ConnectionString.parse(input);

    assertThat(cs.key()).contains(key);
    assertThat(cs.secret()).isEqualTo(secret);
    assertThat(cs.domain()).contains(domain);
    assertThat(cs.host()).isEqualTo(host + ":" + port);
  }

  @Property(tries = 300)
  void toStringNeverShowsTheSecretAndParsesBackToTheSamePlace(
      @ForAll @NotEmpty @StringLength(max = 20) String key,
      @ForAll @StringLength(min = 1, max = 20) String secretTail,
      @ForAll("hosts") String host,
      @ForAll boolean cloud) {
    String secret = "SECRET-" + secretTail;
    String input =
        (cloud ? "cloud://" : "https://")
            + Percent.encodeSegment(key)
            + ":"
            + Percent.encodeSegment(secret)
            + "@"
            + host
            + "/app";

    ConnectionString cs = ConnectionString.parse(input);
    ConnectionString again = ConnectionString.parse(cs.toString());

    assertThat(cs.toString()).doesNotContain("SECRET-").contains(":****@");
    assertThat(again.host()).isEqualTo(cs.host());
    assertThat(again.path()).isEqualTo(cs.path());
    assertThat(again.key()).isEqualTo(cs.key());
    assertThat(again.cloud()).isEqualTo(cs.cloud());
  }

  @Property(tries = 1000)
  void anyInputEitherParsesOrFailsWithIllegalArgumentWithoutTheSecret(
      @ForAll("connectionStringish") String input) {
    try {
      ConnectionString cs = ConnectionString.parse(input);
      assertThat(java.net.URI.create(cs.scheme() + "://" + cs.host() + cs.path()).getHost())
          .as("a parsed connection string always yields a usable URL")
          .isNotNull();
    } catch (IllegalArgumentException e) {
      assertThat(e.getMessage()).doesNotContain("SECRETVALUE");
    }
  }

  @Provide
  Arbitrary<String> hosts() {
    Arbitrary<String> label =
        Combinators.combine(
                Arbitraries.chars().range('a', 'z'),
                Arbitraries.strings().withCharRange('a', 'z').withChars('-', '7').ofMaxLength(8),
                Arbitraries.chars().range('a', 'z'))
            .as((first, middle, last) -> first + middle + last);
    return label.list().ofMinSize(1).ofMaxSize(3).map(labels -> String.join(".", labels));
  }

  @Provide
  Arbitrary<String> connectionStringish() {
    Arbitrary<String> scheme = Arbitraries.of("cloud", "http", "https", "HTTP", "ftp", "", "h t");
    Arbitrary<String> userInfo =
        Arbitraries.of("", "k:SECRETVALUE@", ":SECRETVALUE@", "k@", "k:SECRETVALUE%z@", "@");
    Arbitrary<String> rest = Arbitraries.strings().withChars("ab:/?#%@[]1 ._").ofMaxLength(15);
    return Combinators.combine(scheme, userInfo, rest).as((s, u, r) -> s + "://" + u + r);
  }
}
