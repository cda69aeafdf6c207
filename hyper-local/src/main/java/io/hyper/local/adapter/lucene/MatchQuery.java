package io.hyper.local.adapter.lucene;

import io.hyper.local.core.HyperError;
import io.hyper.local.core.search.IndexDefinition;
import io.hyper.local.core.search.SearchQuery;
import io.hyper.local.core.search.SearchRules;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import tools.jackson.databind.JsonNode;

/**
 * Turns a {@link SearchQuery} into a Lucene query, without Lucene's query parser: the text is split
 * into terms by the index's analyzer, and a document matches when any term is in any searched field
 * (one {@code SHOULD} clause per term and field, scored by BM25). Each filter entry is a
 * non-scoring {@code FILTER} clause on the stored field's exact term.
 */
final class MatchQuery {
  private MatchQuery() {}

  /**
   * The Lucene query, or empty when nothing can match (no terms in the text, or no indexed field
   * left to search).
   *
   * @throws HyperError 422 when terms × fields exceed Lucene's clause limit (1024)
   */
  static Optional<Query> build(
      SearchQuery query, IndexDefinition definition, TermAnalyzer analyzer) {
    List<String> fields = SearchRules.searchedFields(query, definition);
    Set<String> terms = analyzer.terms(query.text());
    if (fields.isEmpty() || terms.isEmpty()) {
      return Optional.empty();
    }
    SearchRules.checkClauses(
        terms.size(), fields.size(), query.filter().size(), IndexSearcher.getMaxClauseCount());
    BooleanQuery.Builder anyTerm = new BooleanQuery.Builder();
    for (String field : fields) {
      for (String term : terms) {
        anyTerm.add(new TermQuery(new Term(LuceneDocs.text(field), term)), Occur.SHOULD);
      }
    }
    if (query.filter().isEmpty()) {
      return Optional.of(anyTerm.build());
    }
    BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(anyTerm.build(), Occur.MUST);
    for (Map.Entry<String, JsonNode> entry : query.filter().entrySet()) {
      filtered.add(filter(entry.getKey(), entry.getValue(), definition), Occur.FILTER);
    }
    return Optional.of(filtered.build());
  }

  private static Query filter(String field, JsonNode value, IndexDefinition definition) {
    if (!definition.storeFields().contains(field)) {
      return new MatchNoDocsQuery("filter on " + field + ", which is not a stored field");
    }
    return FilterTerms.of(value)
        .<Query>map(term -> new TermQuery(new Term(LuceneDocs.stored(field), term)))
        .orElseGet(() -> new MatchNoDocsQuery("objects and arrays never equal a stored value"));
  }
}
