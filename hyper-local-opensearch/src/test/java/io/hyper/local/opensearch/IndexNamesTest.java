package io.hyper.local.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class IndexNamesTest {
  /** What OpenSearch accepts in an index name after the prefix (lower-case, no reserved chars). */
  private static final Pattern LEGAL = Pattern.compile("[a-z0-9_~.-]+");

  private final IndexNames names = new IndexNames("hyper");

  @Test
  void namesDifferingOnlyInCaseGetDifferentIndexes() {
    assertThat(names.alias("movies")).isEqualTo("hyper.movies");
    assertThat(names.alias("Movies")).isEqualTo("hyper.~4dovies");
    assertThat(names.concrete("Movies")).isEqualTo("hyper.~4dovies.i");
    assertThat(names.alias("MOVIES")).isNotEqualTo(names.alias("Movies"));
  }

  @Test
  void dotsAndReservedCharactersAreEscaped() {
    assertThat(names.alias("a.b")).isEqualTo("hyper.a~2eb");
    assertThat(names.alias("a b/c*?\"<>|,#:\\")).matches(LEGAL);
    assertThat(names.alias("~4dovies")).isNotEqualTo(names.alias("Movies"));
  }

  @Test
  void longNamesAreHashedWithinOpenSearchsLimit() {
    String encoded = names.concrete("É".repeat(300));
    assertThat(encoded).startsWith("hyper.~~").hasSizeLessThan(255);
  }

  @Property
  void everyNameIsLegalAndDistinct(@ForAll String a, @ForAll String b) {
    assertThat(names.concrete(a)).matches(LEGAL).hasSizeLessThanOrEqualTo(255);
    if (!a.equals(b)) {
      assertThat(names.concrete(a)).isNotEqualTo(names.concrete(b));
    }
  }

  @Test
  void keysOpenSearchCannotTakeAsIdsAreHashed() {
    assertThat(DocIds.of("star-wars")).isEqualTo("star-wars");
    assertThat(DocIds.of("~x")).startsWith("~").hasSize(65);
    assertThat(DocIds.of("k".repeat(513))).startsWith("~").hasSize(65);
    assertThat(DocIds.of("k".repeat(512))).isEqualTo("k".repeat(512));
    assertThat(DocIds.of("~x")).isNotEqualTo(DocIds.of("~y"));
  }

  @Test
  void fieldNamesBecomePlainOpenSearchNames() {
    assertThat(OsDocs.fieldName("title")).isEqualTo("ftitle");
    assertThat(OsDocs.fieldName("a.b")).isEqualTo("fa-2eb");
    assertThat(OsDocs.fieldName("a-b")).isNotEqualTo(OsDocs.fieldName("a.b"));
    assertThat(OsDocs.fieldName("")).isEqualTo("f");
  }
}
