package io.hyper.local.opensearch;

import io.hyper.local.core.HyperError;
import io.hyper.local.core.Json;
import io.hyper.local.core.search.IndexDefinition;
import io.hyper.local.core.search.SearchQuery;
import io.hyper.local.core.search.SearchRules;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a {@link SearchQuery} into OpenSearch's query DSL the way the embedded engine builds its
 * Lucene query: the text split into distinct terms ({@link Terms}), one {@code term} clause per
 * term and searched field in a {@code bool} whose {@code should} needs one match (scores add up, by
 * BM25), and each filter entry a non-scoring {@code filter} clause on the stored value's keyword.
 * No query parser is involved, so the text is never query syntax.
 */
final class MatchQuery {
  /** Lucene's default clause limit, which OpenSearch and the embedded engine share. */
  static final int MAX_CLAUSES = 1024;

  private MatchQuery() {}

  /**
   * The query, or empty when nothing can match (no terms, no indexed field left to search, or a
   * filter no stored value can meet).
   *
   * @throws HyperError 422 when the clauses exceed {@value #MAX_CLAUSES}, with the embedded
   *     engine's message
   */
  static Optional<ObjectNode> build(SearchQuery query, IndexDefinition definition) {
    List<String> fields = SearchRules.searchedFields(query, definition);
    Set<String> terms = Terms.distinct(query.text());
    if (fields.isEmpty() || terms.isEmpty()) {
      return Optional.empty();
    }
    SearchRules.checkClauses(terms.size(), fields.size(), query.filter().size(), MAX_CLAUSES);
    ObjectNode bool = Json.object();
    ArrayNode should = bool.putArray("should");
    for (String field : fields) {
      for (String term : terms) {
        should.add(term(OsDocs.textField(field), term));
      }
    }
    bool.put("minimum_should_match", 1);
    if (!query.filter().isEmpty()) {
      ArrayNode filter = bool.putArray("filter");
      for (Map.Entry<String, JsonNode> entry : query.filter().entrySet()) {
        if (!definition.storeFields().contains(entry.getKey())) {
          return Optional.empty(); // only stored fields hold values to compare
        }
        Optional<String> keyword = OsDocs.filterTerm(entry.getKey(), entry.getValue());
        if (keyword.isEmpty()) {
          return Optional.empty(); // objects and arrays never equal a stored value
        }
        filter.add(term("filter", keyword.get()));
      }
    }
    ObjectNode root = Json.object();
    root.set("bool", bool);
    return Optional.of(root);
  }

  private static ObjectNode term(String field, String value) {
    ObjectNode term = Json.object();
    term.putObject("term").put(field, value);
    return term;
  }
}
