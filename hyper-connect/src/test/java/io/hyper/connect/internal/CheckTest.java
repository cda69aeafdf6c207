package io.hyper.connect.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The id and domain rules of {@link Check}: what passes, and messages that name the field. */
class CheckTest {

  @ParameterizedTest
  @ValueSource(strings = {"movie-1", "a", "...", ".hidden", "a.b", "a/b", "x y", "Ünïcode", "_x"})
  void idsThatAreOnePathSegmentPass(String id) {
    assertThat(Check.id(id, "id")).isEqualTo(id);
  }

  @ParameterizedTest
  @ValueSource(strings = {".", ".."})
  void dotSegmentsAreRejectedNamingTheField(String id) {
    assertThatThrownBy(() -> Check.id(id, "docs[2]._id"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "docs[2]._id must not be \".\" or \"..\" (a URL path reads them as dot segments), was \""
                + id
                + "\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n"})
  void blankIdsAreRejectedNamingTheField(String id) {
    assertThatThrownBy(() -> Check.id(id, "key"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("key must not be blank");
    assertThatThrownBy(() -> Check.id(null, "id"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id must not be null");
  }

  @ParameterizedTest
  @ValueSource(strings = {"movies", "default", "0day", "a_b~c-d", "test-1234abcd"})
  void lowerCaseDomainsPass(String domain) {
    assertThat(Check.domain(domain, "domain")).isEqualTo(domain);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Movies", "", " ", "-movies", "_x", "~x", "my.app", "a b", "a/b", "é"})
  void otherDomainsAreRejectedNamingTheFieldAndRule(String domain) {
    assertThatThrownBy(() -> Check.domain(domain, "domain"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "domain must be a lower-case name: a-z or 0-9 first, then only a-z 0-9 _ ~ -"
                + " (hyper's rule for cache stores and queues), was \""
                + domain
                + "\"");
  }
}
