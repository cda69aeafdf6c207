package io.hyper.local.adapter.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TermAnalyzerTest {
  private final TermAnalyzer analyzer = new TermAnalyzer();

  @Test
  void splitsOnWhitespaceAndPunctuationAndLowerCases() {
    assertThat(analyzer.terms("Star Wars: Episode IV—A New Hope (1977)!"))
        .containsExactly("star", "wars", "episode", "iv", "a", "new", "hope", "1977");
  }

  @Test
  void queryParserSyntaxIsJustText() {
    assertThat(analyzer.terms("title:dune AND \"alien\" (1979) -x +y wars! *"))
        .containsExactly("title", "dune", "and", "alien", "1979", "x", "+y", "wars");
  }

  @Test
  void doesNotStemOrDropStopWords() {
    assertThat(analyzer.terms("The running runners ran"))
        .containsExactly("the", "running", "runners", "ran");
  }

  @Test
  void keepsLettersOfEveryScriptAndRepeatsOnce() {
    assertThat(analyzer.terms("Ästhetik ÄSTHETIK 東京\ttokyo\u00a0don't"))
        .containsExactly("ästhetik", "東京", "tokyo", "don", "t");
  }

  @Test
  void textWithoutTermsHasNone() {
    assertThat(analyzer.terms("  ?!... -- ")).isEmpty();
  }
}
