package io.hyper.local.core.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.local.core.HyperError;
import io.hyper.local.core.Json;
import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Fuzzing of the cache's parsers: any text is a ttl or a 422, any JSON value is a ttl, none or a
 * 422, and any glob matches any key in time linear in their lengths, as the DP reference says.
 *
 * <p>Seeds are fixed; run longer with {@code -Djqwik.tries.default=100000}.
 */
class CacheParsersFuzzTest {

  @Property(seed = "7")
  void anyTextIsATtlOrA422(@ForAll("ttlTexts") String text) {
    try {
      Duration ttl = Ttl.parse(text);
      assertThat(text.length()).isLessThanOrEqualTo(Ttl.MAX_LENGTH);
      assertThat(text).containsPattern("[0-9]");
      assertThat(ttl).isNotNull();
    } catch (HyperError e) {
      assertThat(e.status()).isEqualTo(422);
    }
  }

  @Property(seed = "8")
  void anyJsonValueIsATtlNoneOrA422(@ForAll("ttlValues") JsonNode value) {
    try {
      assertThat(Ttl.fromJson(value)).isNotNull();
    } catch (HyperError e) {
      assertThat(e.status()).isEqualTo(422);
    }
  }

  @Property(seed = "9")
  void globsMatchAsTheReferenceDoes(
      @ForAll("globPatterns") String pattern, @ForAll("globKeys") String key) {
    assertThat(Glob.of(pattern).matches(key))
        .as("%s ~ %s", pattern, key)
        .isEqualTo(dp(pattern, key));
  }

  @Test
  void matchingTimeIsLinearNotExponential() {
    String key = "a".repeat(100_000);
    String[] patterns = {
      "*a".repeat(1000) + "*b",
      "*" + "a".repeat(500) + "b*",
      "a*".repeat(5000) + "b",
      "*".repeat(5000)
    };
    for (String pattern : patterns) {
      long started = System.nanoTime();
      Glob.of(pattern).matches(key);
      assertThat((System.nanoTime() - started) / 1_000_000).as(pattern).isLessThan(3000);
    }
  }

  /** The reference: dynamic programming over (pattern position, key position), O(m·n). */
  private static boolean dp(String pattern, String key) {
    int m = pattern.length();
    int n = key.length();
    boolean[] row = new boolean[n + 1];
    row[0] = true;
    for (int i = 1; i <= m; i++) {
      char p = pattern.charAt(i - 1);
      boolean[] next = new boolean[n + 1];
      next[0] = row[0] && p == '*';
      for (int j = 1; j <= n; j++) {
        next[j] = p == '*' ? next[j - 1] || row[j] : row[j - 1] && p == key.charAt(j - 1);
      }
      row = next;
    }
    return row[n];
  }

  @Provide
  Arbitrary<String> ttlTexts() {
    Arbitrary<String> pieces =
        Arbitraries.of(
            "1",
            "0",
            "-",
            ".",
            "5",
            " ",
            "ms",
            "s",
            "m",
            "h",
            "d",
            "w",
            "y",
            "years",
            "Mins",
            "e",
            "1e5",
            "\u0661",
            "\uD83D\uDE00",
            "\t",
            "9".repeat(50));
    return Arbitraries.oneOf(
        pieces.list().ofMaxSize(12).map(l -> String.join("", l)),
        Arbitraries.strings().ofMaxLength(150));
  }

  @Provide
  Arbitrary<JsonNode> ttlValues() {
    return Arbitraries.of(
            "0",
            "-1",
            "1.5",
            "9223372036854775807",
            "-9223372036854775808",
            "1e308",
            "-1e308",
            "1e-300",
            "18446744073709551616",
            "\"1h\"",
            "\"-1 y\"",
            "\"1h30m\"",
            "null",
            "true",
            "[]",
            "{}",
            "\"\"")
        .map(Json.MAPPER::readTree);
  }

  @Provide
  Arbitrary<String> globPatterns() {
    return Arbitraries.strings().withChars("*ab-").ofMaxLength(12);
  }

  @Provide
  Arbitrary<String> globKeys() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.strings().withChars("ab-").ofMaxLength(12)),
        Tuple.of(1, Arbitraries.strings().ofMaxLength(8)));
  }
}
