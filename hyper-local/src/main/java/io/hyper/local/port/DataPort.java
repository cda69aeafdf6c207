package io.hyper.local.port;

import io.hyper.local.core.data.BulkOp;
import io.hyper.local.core.data.IndexSpec;
import io.hyper.local.core.data.ListOptions;
import io.hyper.local.core.data.QueryExecution;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the data service needs from a document engine.
 *
 * <p>Arguments arrive validated by the core. Outcomes a client caused are return values, never
 * exceptions: a call on a database that does not exist says so ({@link Scoped#missing()}, {@code
 * false}, {@link AddOutcome#NO_CONTAINER}) and changes nothing, and the core alone words hyper's
 * 404s and 409s ({@link io.hyper.local.core.data.DataErrors}). Server faults (disk full, I/O) are
 * {@link io.hyper.local.core.ServerFaults} exceptions. Implementations are thread-safe, and each
 * call is atomic: a call that fails changes nothing.
 */
public interface DataPort extends AutoCloseable {

  /** How {@link #index} went. */
  enum IndexOutcome {
    /** The index was created. */
    CREATED,
    /** An index of that name and definition existed already; nothing changed. */
    UNCHANGED,
    /** An index of that name exists with another definition; nothing changed. */
    CONFLICT
  }

  /** Creates an empty database; false when it exists already. */
  boolean create(String db);

  /** Deletes a database with its documents and indexes; false when it does not exist. */
  boolean destroy(String db);

  /**
   * Stores a new document under {@code id}: {@link AddOutcome#KEY_EXISTS} when that id is taken.
   */
  AddOutcome add(String db, String id, ObjectNode doc);

  /** The document stored under {@code id}, empty when there is none. */
  Scoped<Optional<ObjectNode>> get(String db, String id);

  /**
   * Stores {@code doc} under {@code id}, replacing any document there; false when {@code db} is
   * missing.
   */
  boolean put(String db, String id, ObjectNode doc);

  /** Deletes the document stored under {@code id}: false inside when there is none. */
  Scoped<Boolean> remove(String db, String id);

  /** The documents the options select, ordered by {@code _id}. */
  Scoped<List<ObjectNode>> list(String db, ListOptions options);

  /**
   * Runs a query with the core: translates what the engine can of {@code execution.query()} (a
   * pushdown of the selector, the sort, and then the paging), says so with {@link
   * QueryExecution#start} before reading, and streams the selected rows to {@link
   * QueryExecution#offer} in its order while {@link QueryExecution#wantsMore()}. The core applies
   * the rest, so every engine gives the same page.
   *
   * @return false when {@code db} does not exist (nothing was offered)
   */
  boolean query(String db, QueryExecution execution);

  /** Creates an index, or checks that an index of that name has the same definition. */
  Scoped<IndexOutcome> index(String db, IndexSpec index);

  /** Applies every operation in one transaction, in order; false when {@code db} is missing. */
  boolean bulk(String db, List<BulkOp> ops);

  /** The names of every database, sorted (read-only; for hyper vision). */
  List<String> databases();

  /** How many documents {@code db} holds (read-only; for hyper vision). */
  Scoped<Long> count(String db);

  /** The indexes of {@code db}, by name (read-only; for hyper vision). */
  Scoped<List<IndexSpec>> indexes(String db);

  /** Releases the engine; stored data stays intact. */
  @Override
  void close();
}
