package io.hyper.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * No part of a secret ever shows, however the connection string is malformed: a property over
 * malformed shapes (no host, bad port, bad scheme, no {@code ://}, unencoded {@code @ / ? # %} in
 * the secret, a query, no app, no key, a missing {@code @}, …) and random secrets, checking the
 * message of the exception and of every cause, and {@code toString()} of whatever parsed, through
 * {@link ConnectionString#parse}, {@link Hyper#connect} and the builder.
 */
class ConnectionStringSecrecyTest {
  /** Shapes with {@code K} for the key and {@code S} for the secret. */
  private static final List<String> SHAPES =
      List.of(
          "cloud://K:S@/app",
          "cloud://K:S@",
          "cloud://K:S",
          "cloud://K:S/app",
          "cloud:/K:S@cloud.hyper.io/app",
          "cloud//K:S@cloud.hyper.io/app",
          "K:S@cloud.hyper.io/app",
          "ftp://K:S@cloud.hyper.io/app",
          "cl oud://K:S@cloud.hyper.io/app",
          "cloud://K:S@cloud.hyper.io",
          "cloud://K:S@cloud.hyper.io:99999/app",
          "cloud://K:S@cloud.hyper.io:0/app",
          "cloud://K:S@cloud.hyper.io:port/app",
          "cloud://K:S@cloud hyper.io/app",
          "cloud://K:S@[::1/app",
          "cloud://K:S@cloud.hyper.io/app?x=1",
          "cloud://K:S@cloud.hyper.io/app#frag",
          "cloud://K:S%zz@cloud.hyper.io/app",
          "cloud://K:S%@cloud.hyper.io/app",
          "cloud://K%zz:S@cloud.hyper.io/app",
          "cloud://K:S/x@cloud.hyper.io/app",
          "cloud://K:S?x@cloud.hyper.io/app",
          "cloud://K:S#x@cloud.hyper.io/app",
          "cloud://K:S@x@cloud.hyper.io/app",
          "cloud://K:S:S@cloud.hyper.io/app",
          "cloud://:S@cloud.hyper.io/app",
          "cloud://S@cloud.hyper.io/app",
          "cloud://K:S@@cloud.hyper.io/app",
          "http://K:S@localhost:6363",
          "http://K:S@localhost:6363/a/b",
          "http://K:S@localhost:6363/Movies",
          "http://K:S@localhost:6363/te%zzst",
          "http://K:S@localhost:65536/test",
          "https://K:S@/test",
          "https://K:Slocalhost/test",
          "  https://K:S@localhost/test  trailing",
          "https://K:S@localhost/test\nnext");

  @Property(tries = 400)
  void noMessageOrTextShowsTheSecret(
      @ForAll("shapes") String shape,
      @ForAll("keys") String key,
      @ForAll("secrets") String secret) {
    // Without an '@', "k:12345" is a host and port, as a URL parser reads it, not a secret.
    Assume.that(shape.contains("@") || !secret.chars().allMatch(Character::isDigit));
    String input = shape.replace("K", key).replace("S", secret);

    for (String text : textsOf(input)) {
      assertThat(text)
          .as("from %s", input)
          .doesNotContain(secret)
          .doesNotContain(key + ":" + secret);
    }
  }

  /** Every message and text the SDK can produce from the input, whichever way it is given. */
  private static List<String> textsOf(String input) {
    List<String> texts = new ArrayList<>();
    try {
      texts.add(ConnectionString.parse(input).toString());
    } catch (RuntimeException e) {
      addMessages(e, texts);
    }
    try (Hyper hyper = Hyper.connect(input, "orders")) {
      texts.add(hyper.toString());
      texts.add(hyper.connectionString().toString());
    } catch (RuntimeException e) {
      addMessages(e, texts);
    }
    try (Hyper hyper = Hyper.builder().connectionString(input).build()) {
      texts.add(hyper.toString());
    } catch (RuntimeException e) {
      addMessages(e, texts);
    }
    return texts;
  }

  private static void addMessages(Throwable e, List<String> texts) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      texts.add(String.valueOf(t.getMessage()));
      texts.add(t.toString());
    }
  }

  @Provide
  Arbitrary<String> shapes() {
    return Arbitraries.of(SHAPES);
  }

  @Provide
  Arbitrary<String> keys() {
    return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6);
  }

  /**
   * Secrets long enough not to occur by chance in a message: letters and digits, all digits (which
   * could pass for a port), or with characters that must be encoded ({@code @ / ? # % :}).
   */
  @Provide
  Arbitrary<String> secrets() {
    Arbitrary<String> plain =
        Arbitraries.strings()
            .withCharRange('A', 'Z')
            .withCharRange('0', '9')
            .ofMinLength(8)
            .ofMaxLength(16);
    Arbitrary<String> digits =
        Arbitraries.strings().withCharRange('0', '9').ofMinLength(5).ofMaxLength(5);
    Arbitrary<String> special =
        Combinators.combine(plain, Arbitraries.of("@", "/", "?", "#", "%", ":", "%4", " "), plain)
            .as((a, c, b) -> a + c + b);
    return Arbitraries.oneOf(plain, digits, special);
  }
}
