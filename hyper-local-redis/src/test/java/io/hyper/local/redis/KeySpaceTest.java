package io.hyper.local.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyper.local.core.cache.Glob;
import org.junit.jupiter.api.Test;

/** Key names, store-name encoding and the glob translation, without a server. */
class KeySpaceTest {
  private final KeySpace keys = new KeySpace("hyper");

  @Test
  void aStoresKeysShareOneHashTag() {
    assertThat(keys.registry()).isEqualTo("hyper:stores");
    assertThat(keys.marker("movies")).isEqualTo("hyper:{movies}");
    assertThat(keys.entries("movies", "00ff")).isEqualTo("hyper:{movies}:00ff:");
  }

  @Test
  void storeNamesOutsideHypersAlphabetArePercentEncodedSoTheTagCannotMove() {
    assertThat(KeySpace.encode("a-b_c~9")).isEqualTo("a-b_c~9");
    assertThat(KeySpace.encode("a}:{b")).isEqualTo("a%7D%3A%7Bb");
    assertThat(KeySpace.encode("%")).isEqualTo("%25");
    assertThat(KeySpace.encode("é")).isEqualTo("%C3%A9");
    assertThat(KeySpace.encode("A")).isNotEqualTo(KeySpace.encode("a"));
  }

  @Test
  void everyRedisGlobCharacterIsEscaped() {
    assertThat(KeySpace.escape("a*b?[x]\\^-c")).isEqualTo("a\\*b\\?\\[x\\]\\\\\\^\\-c");
    assertThat(KeySpace.escape("plain:{t}")).isEqualTo("plain:{t}");
  }

  @Test
  void starsStayWildcardsAndRunsOfThemCollapse() {
    String entries = "hyper:{s}:1:";
    assertThat(KeySpace.match(entries, Glob.ALL)).isEqualTo(entries + "*");
    assertThat(KeySpace.match(entries, Glob.of("movie-*"))).isEqualTo(entries + "movie\\-*");
    assertThat(KeySpace.match(entries, Glob.of("a**b"))).isEqualTo(entries + "a*b");
    assertThat(KeySpace.match(entries, Glob.of("[x]"))).isEqualTo(entries + "\\[x\\]");
    assertThat(KeySpace.match(entries, Glob.of("*?*"))).isEqualTo(entries + "*\\?*");
  }

  @Test
  void aGlobWithManyStarsSendsOnlyItsLiteralStart() {
    Glob many = Glob.of("ab" + "*x".repeat(20) + "*");
    assertThat(KeySpace.match("p:{s}:1:", many)).isEqualTo("p:{s}:1:ab*");
  }

  @Test
  void aPrefixIsLettersDigitsAndDotsDashesUnderscores() {
    assertThat(new KeySpace("a.B-9_").prefix()).isEqualTo("a.B-9_");
    assertThatThrownBy(() -> new KeySpace("a:b")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new KeySpace("x".repeat(65)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
