package io.hyper.local.opensearch;

import io.hyper.local.core.search.SearchText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits text into terms exactly as the embedded Lucene engine does (§11 Q6, {@link SearchText}):
 * on whitespace and punctuation, lower-cased code point by code point, no stemming; a term reaching
 * 255 UTF-16 units is cut there, as Lucene's tokenizers cut it.
 *
 * <p>The split happens here, in the JVM, for documents and queries alike, and OpenSearch indexes
 * the terms with its core {@code whitespace} analyzer, which keeps each one as it is. So the two
 * engines agree term for term, whatever analysis modules a cluster has installed.
 */
final class Terms {
  /** Lucene's (and OpenSearch's) longest token, in UTF-16 units. */
  static final int LONGEST = 255;

  private Terms() {}

  /** Every term of {@code text}, in order, repeats included (a document's field length counts). */
  static List<String> of(String text) {
    List<String> terms = new ArrayList<>();
    StringBuilder term = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (SearchText.isTermChar(c)) {
        term.appendCodePoint(c);
        if (term.length() >= LONGEST) {
          terms.add(lower(term));
          term.setLength(0);
        }
      } else if (term.length() > 0) {
        terms.add(lower(term));
        term.setLength(0);
      }
    }
    if (term.length() > 0) {
      terms.add(lower(term));
    }
    return terms;
  }

  /** The distinct terms of {@code text}, in order of first appearance (a query's terms). */
  static Set<String> distinct(String text) {
    return new LinkedHashSet<>(of(text));
  }

  private static String lower(CharSequence term) {
    StringBuilder lower = new StringBuilder(term.length());
    term.codePoints().map(Character::toLowerCase).forEach(lower::appendCodePoint);
    return lower.toString();
  }
}
