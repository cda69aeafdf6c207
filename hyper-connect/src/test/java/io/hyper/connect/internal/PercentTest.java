package io.hyper.connect.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Percent-encoding of path segments and query values (hyper contract §2.2). */
class PercentTest {

  @Test
  void encodesSlashesSpacesAndNonAscii() {
    assertThat(Percent.encodeSegment("a/b")).isEqualTo("a%2Fb");
    assertThat(Percent.encodeSegment("x y")).isEqualTo("x%20y");
    assertThat(Percent.encodeSegment("ü?#%")).isEqualTo("%C3%BC%3F%23%25");
    assertThat(Percent.encodeSegment("A-z_0.9~")).isEqualTo("A-z_0.9~");
  }

  @Test
  void queryValuesKeepReadableDelimitersButEscapeSeparators() {
    assertThat(Percent.encodeQueryValue("a,b/c*:@$")).isEqualTo("a,b/c*:@$");
    assertThat(Percent.encodeQueryValue("a+b&c=d?e#f g")).isEqualTo("a%2Bb%26c%3Dd%3Fe%23f%20g");
  }

  @Test
  void malformedEscapesAreRejected() {
    assertThatThrownBy(() -> Percent.decode("a%2", "id"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id has a malformed percent-escape at index 1: 'a%2'");
  }

  @Property(tries = 1000)
  void decodingAnEncodedSegmentGivesItBack(@ForAll String value) {
    String encoded = Percent.encodeSegment(value);

    assertThat(encoded).matches("[A-Za-z0-9._~%-]*");
    assertThat(Percent.decode(encoded, "value")).isEqualTo(value);
  }

  @Property(tries = 1000)
  void anEncodedQueryValueHasNoSeparatorsAndDecodesBack(@ForAll String value) {
    String encoded = Percent.encodeQueryValue(value);

    assertThat(encoded).doesNotContain("&", "=", "+", "#", " ", "?");
    assertThat(Percent.decode(encoded, "value")).isEqualTo(value);
  }
}
