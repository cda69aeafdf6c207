package io.hyper.local.port;

import io.hyper.local.core.search.IndexDefinition;
import io.hyper.local.core.search.SearchQuery;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the search service needs from an engine: named full-text indexes of JSON documents under
 * string keys.
 *
 * <p>Callers pass arguments that already passed the rules of {@link
 * io.hyper.local.core.search.SearchService}. A document written is visible to the very next read or
 * query. Outcomes a client caused (an index that exists or is missing, a key taken) are return
 * values, never exceptions. Documents handed in belong to the engine afterwards. Implementations
 * are thread-safe.
 */
public interface SearchPort extends AutoCloseable {
  /** A document and the key it is stored under. */
  record Doc(String key, ObjectNode doc) {}

  /**
   * One query result.
   *
   * @param id the key of the document
   * @param score its relevance; higher is better
   * @param stored the document's {@code storeFields} that it has, with their values
   */
  record Match(String id, float score, ObjectNode stored) {}

  /**
   * An index as hyper vision lists it.
   *
   * @param name the index's name
   * @param definition its fields and stored fields
   * @param docs how many documents it holds
   */
  record IndexInfo(String name, IndexDefinition definition, long docs) {}

  /** Creates an empty index; false when it exists (nothing changes then). */
  boolean create(String index, IndexDefinition definition);

  /** Deletes an index with all its documents, on disk too; false when it does not exist. */
  boolean destroy(String index);

  /** Adds a document under a new key. */
  AddOutcome add(String index, Doc doc);

  /** Reads the document stored under {@code key}: empty when the key is not indexed. */
  Scoped<Optional<ObjectNode>> get(String index, String key);

  /**
   * Stores documents, each replacing whatever its key held (upsert); all or nothing as far as the
   * engine allows.
   *
   * @return false when the index does not exist
   */
  boolean upsert(String index, List<Doc> docs);

  /** Removes the document under {@code key}: false inside when the key was not indexed. */
  Scoped<Boolean> remove(String index, String key);

  /** Finds the documents matching a query, best first. */
  Scoped<List<Match>> query(String index, SearchQuery query);

  /** Every index, sorted by name (read-only; for hyper vision). */
  List<IndexInfo> indexes();

  /** Closes every index cleanly; what is on disk stays. */
  @Override
  void close();
}
