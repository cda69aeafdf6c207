package io.hyper.local.core.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlobTest {
  @ParameterizedTest(name = "{0} ~ {1} = {2}")
  @CsvSource({
    "movie-*,   movie-1,       true",
    "movie-*,   movie-,        true",
    "movie-*,   album-1,       false",
    "*-movie,   star-movie,    true",
    "*-movie,   star-movies,   false",
    "movie*1984, movie-dune-1984, true",
    "movie*1984, movie1984,    true",
    "movie*1984, movie-1984-x, false",
    "*,         anything/at$all, true",
    "**,        x,             true",
    "a*b*c,     abc,           true",
    "a*b*c,     aXbYc,         true",
    "a*b*c,     acb,           false",
    "a*a,       a,             false",
    "a*a,       aa,            true",
    "*ab*ab*,   abab,          true",
    "*ab*ab*,   aba,           false",
    "Movie-*,   movie-1,       false",
    "movie-1,   movie-1,       true",
    "movie-1,   movie-10,      false",
    "m_vie,     movie,         false",
    "m.vie,     movie,         false",
    "a+b$,      a+b$,          true",
  })
  void matchesWholeKeysWithStars(String pattern, String key, boolean matches) {
    assertThat(Glob.of(pattern).matches(key)).isEqualTo(matches);
  }

  @Property(tries = 2000)
  void agreesWithTheReferenceRegex(@ForAll("patterns") String pattern, @ForAll("keys") String key) {
    assertThat(Glob.of(pattern).matches(key)).isEqualTo(reference(pattern).matcher(key).matches());
  }

  @Property
  void everyKeyBuiltFromThePatternMatches(
      @ForAll("patterns") String pattern, @ForAll("fillers") List<String> fillers) {
    String[] pieces = pattern.split("\\*", -1);
    StringBuilder key = new StringBuilder(pieces[0]);
    for (int i = 1; i < pieces.length; i++) {
      key.append(fillers.get(i % fillers.size())).append(pieces[i]);
    }
    assertThat(Glob.of(pattern).matches(key.toString())).isTrue();
  }

  @Property
  void aPatternWithoutStarsMatchesOnlyItself(
      @ForAll("keys") String pattern, @ForAll("keys") String key) {
    assertThat(Glob.of(pattern).matches(key)).isEqualTo(pattern.equals(key));
  }

  @Property
  void starMatchesEverything(@ForAll String key) {
    assertThat(Glob.ALL.matches(key)).isTrue();
  }

  /** The specification of §5.6 written as a regex: literal pieces joined by {@code .*}. */
  private static Pattern reference(String glob) {
    return Pattern.compile(
        Arrays.stream(glob.split("\\*", -1)).map(Pattern::quote).collect(Collectors.joining(".*")),
        Pattern.DOTALL);
  }

  @Provide
  Arbitrary<String> patterns() {
    return Arbitraries.strings().withChars("ab*-.$+?_\\Q\\E").ofMaxLength(10);
  }

  @Provide
  Arbitrary<String> keys() {
    return Arbitraries.strings().withChars("ab-.$+?_\\QE\n").ofMaxLength(12);
  }

  @Provide
  Arbitrary<List<String>> fillers() {
    return keys().list().ofMinSize(1).ofMaxSize(4);
  }
}
