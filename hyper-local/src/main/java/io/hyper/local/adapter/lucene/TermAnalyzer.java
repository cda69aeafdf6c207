package io.hyper.local.adapter.lucene;

import io.hyper.local.core.search.SearchText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.CharTokenizer;

/**
 * Splits text into terms as {@link SearchText} defines them (on whitespace and punctuation,
 * lower-cased, no stemming). Documents and queries go through the same analyzer. A term longer than
 * 255 characters is cut into pieces of 255.
 */
final class TermAnalyzer extends Analyzer {
  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = CharTokenizer.fromTokenCharPredicate(SearchText::isTermChar);
    return new TokenStreamComponents(source, new LowerCaseFilter(source));
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }

  /** The distinct terms of {@code text}, in order of first appearance. */
  Set<String> terms(String text) {
    Set<String> terms = new LinkedHashSet<>();
    try (TokenStream stream = tokenStream("", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }
}
