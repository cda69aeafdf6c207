package io.hyper.local.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.local.core.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermsTest {
  @Test
  void splitsOnWhitespaceAndPunctuationAndLowerCases() {
    assertThat(Terms.of("Star Wars! alien (1979)"))
        .containsExactly("star", "wars", "alien", "1979");
    assertThat(Terms.of("a_b-c/d@e")).containsExactly("a", "b", "c", "d", "e");
    assertThat(Terms.of("x\u00a0y\u0001z")).containsExactly("x", "y", "z");
    assertThat(Terms.of("$5 + a<b")).containsExactly("$5", "+", "a<b");
    assertThat(Terms.of("  ...  ")).isEmpty();
  }

  @Test
  void repeatsStayForDocumentsAndGoForQueries() {
    assertThat(Terms.of("war war")).containsExactly("war", "war");
    assertThat(Terms.distinct("war War WAR peace")).containsExactly("war", "peace");
  }

  @Test
  void aTermIsCutAt255Units() {
    List<String> terms = Terms.of("A".repeat(600));
    assertThat(terms).containsExactly("a".repeat(255), "a".repeat(255), "a".repeat(90));
  }

  @Test
  void filterKeywordsFollowJavaScriptEquality() {
    assertThat(OsDocs.filterTerm("y", Json.MAPPER.readTree("1979")))
        .isEqualTo(OsDocs.filterTerm("y", Json.MAPPER.readTree("1979.0")));
    assertThat(OsDocs.filterTerm("y", Json.MAPPER.readTree("1979")))
        .isNotEqualTo(OsDocs.filterTerm("y", Json.MAPPER.readTree("\"1979\"")));
    assertThat(OsDocs.filterTerm("y", Json.MAPPER.readTree("0")))
        .isEqualTo(OsDocs.filterTerm("y", Json.MAPPER.readTree("-0.0")));
    assertThat(OsDocs.filterTerm("y", Json.MAPPER.readTree("[1]"))).isEmpty();
    assertThat(OsDocs.filterTerm("a=b", Json.MAPPER.readTree("\"c\"")))
        .isNotEqualTo(OsDocs.filterTerm("a", Json.MAPPER.readTree("\"b=c\"")));
    assertThat(OsDocs.filterTerm("t", Json.MAPPER.readTree("\"" + "x".repeat(400) + "\"")).get())
        .startsWith("h:")
        .hasSize(66);
  }
}
