package io.hyper.local.core.search;

import io.hyper.local.core.HyperError;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The rules of a search query that every search engine applies alike: which fields a query
 * searches, how many clauses it may make, and when a {@code filter} value equals a stored one.
 */
public final class SearchRules {
  private SearchRules() {}

  /** The index's fields the query searches: all of them, or those of its {@code fields} option. */
  public static List<String> searchedFields(SearchQuery query, IndexDefinition definition) {
    return query
        .fields()
        .map(wanted -> definition.fields().stream().filter(wanted::contains).toList())
        .orElse(definition.fields());
  }

  /**
   * Checks that a query of {@code terms} distinct terms in {@code fields} fields with {@code
   * filters} filters stays within {@code max} clauses (one per term and field, one per filter, one
   * more).
   *
   * @throws HyperError 422 naming the counts when it does not
   */
  public static void checkClauses(int terms, int fields, int filters, int max) {
    int clauses = fields * terms + filters + 1;
    if (clauses > max) {
      throw HyperError.unprocessable(
          "query is too long: "
              + terms
              + " distinct terms in "
              + fields
              + " fields make "
              + clauses
              + " clauses, at most "
              + max
              + " are allowed");
    }
  }

  /**
   * What a filter compares of a stored value: equal for two values exactly when JavaScript's {@code
   * ===} holds for them ({@code 1} and {@code 1.0} are equal, a string and a number never are),
   * e.g. {@code s:Dune}, {@code n:1979.0}. Objects and arrays have none: {@code ===} never holds
   * for them.
   */
  public static Optional<String> equalityKey(JsonNode value) {
    if (value.isString()) {
      return Optional.of("s:" + value.stringValue());
    } else if (value.isNumber()) {
      double number = value.doubleValue();
      return Optional.of("n:" + (number == 0 ? 0.0 : number));
    } else if (value.isBoolean()) {
      return Optional.of("b:" + value.booleanValue());
    } else if (value.isNull()) {
      return Optional.of("null");
    }
    return Optional.empty();
  }
}
