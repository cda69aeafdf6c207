package io.hyper.local.adapter.lucene;

import io.hyper.local.core.search.SearchRules;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The exact-match term of a stored field value, so that a {@code filter} is an index lookup.
 *
 * <p>Strings, numbers, booleans and {@code null} have a term; two values have the same term exactly
 * when JavaScript's {@code ===} holds for them ({@code 1} and {@code 1.0} are equal, a string and a
 * number never are). Objects and arrays have none: {@code ===} never holds for them. Long values
 * are hashed (SHA-256) to stay below Lucene's term size limit.
 */
final class FilterTerms {
  private static final int LONGEST_PLAIN = 256;

  private FilterTerms() {}

  /** The term of {@code value}, or empty when no filter value can ever equal it. */
  static Optional<String> of(JsonNode value) {
    return SearchRules.equalityKey(value)
        .map(term -> term.length() <= LONGEST_PLAIN ? term : "h:" + Sha256.hex(term));
  }
}
