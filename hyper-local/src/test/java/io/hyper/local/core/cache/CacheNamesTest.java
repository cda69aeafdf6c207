package io.hyper.local.core.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyper.local.core.HyperError;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CacheNamesTest {
  private static final Pattern STORE = Pattern.compile("[a-z0-9][a-z0-9_~-]*");
  private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9~_/$+-]*");

  @Test
  void createLowerCasesTheName() {
    assertThat(CacheNames.forCreate("Movies")).isEqualTo("movies");
    assertThat(CacheNames.forCreate("1-A_b~C")).isEqualTo("1-a_b~c");
  }

  @Test
  void destroyAndQueryCheckTheNameAsGiven() {
    assertThatThrownBy(() -> CacheNames.checkStore("Movies")).isInstanceOf(HyperError.class);
    assertThat(CacheNames.checkStore("movies")).isEqualTo("movies");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-a", "_a", "~a", "a b", "a/b", "a.b", "a$", "é", "a\n"})
  void invalidStoreNamesAre422(String name) {
    assertThatThrownBy(() -> CacheNames.forCreate(name))
        .isInstanceOfSatisfying(HyperError.class, e -> assertThat(e.status()).isEqualTo(422));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "movie-1", "a/b/c", "x$y+z", "a~_-0", "z9"})
  void validKeysPass(String key) {
    assertThat(CacheNames.checkKey(key)).isEqualTo(key);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1a", "A", "aB", "-a", "/a", "a b", "a.b", "a?", "a#", "a%2F", "ä"})
  void invalidKeysAre422(String key) {
    assertThatThrownBy(() -> CacheNames.checkKey(key))
        .isInstanceOfSatisfying(HyperError.class, e -> assertThat(e.status()).isEqualTo(422));
  }

  @Property
  void storeRuleIsTheRegexOfHyper(@ForAll("names") String name) {
    assertThat(passes(() -> CacheNames.checkStore(name))).isEqualTo(STORE.matcher(name).matches());
  }

  @Property
  void keyRuleIsTheRegexOfHyper(@ForAll("names") String key) {
    assertThat(passes(() -> CacheNames.checkKey(key))).isEqualTo(KEY.matcher(key).matches());
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.strings().withChars("aZz09-_~/$+. %é").ofMaxLength(8);
  }

  private static boolean passes(Runnable check) {
    try {
      check.run();
      return true;
    } catch (HyperError e) {
      assertThat(e.status()).isEqualTo(422);
      return false;
    }
  }
}
