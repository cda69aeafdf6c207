package io.hyper.local.core.data;

import io.hyper.local.core.HyperError;
import io.hyper.local.port.DataPort;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * hyper's data service (§4) over a {@link DataPort}: validates arguments, applies the id and
 * document rules, and turns engine outcomes into hyper's errors. Knows nothing of HTTP.
 *
 * <p>Every method throws {@link HyperError} 404 when the database does not exist.
 */
public final class DataService implements AutoCloseable {
  private final DataPort port;
  private final Ids ids;

  /** Creates the service over an engine, generating ids with {@code ids}. */
  public DataService(DataPort port, Ids ids) {
    this.port = Objects.requireNonNull(port, "port");
    this.ids = Objects.requireNonNull(ids, "ids");
  }

  /**
   * Creates a database.
   *
   * @throws HyperError 409 when it exists
   */
  public void create(String db) {
    if (!port.create(db)) {
      throw DataErrors.databaseExists();
    }
  }

  /** Deletes a database and everything in it. */
  public void destroy(String db) {
    if (!port.destroy(db)) {
      throw DataErrors.noDatabase();
    }
  }

  /**
   * Adds a document, generating its {@code _id} when absent, {@code null} or {@code ""}.
   *
   * @return the document's {@code _id}
   * @throws HyperError 400 for an empty document; 409 when the id is taken; 422 when the body is
   *     not an object or {@code _id} is not a string
   */
  public String add(String db, JsonNode body) {
    ObjectNode doc = Documents.forAdd(body, ids);
    String id = doc.get("_id").stringValue();
    switch (port.add(db, id, doc)) {
      case ADDED -> {
        return id;
      }
      case KEY_EXISTS -> throw DataErrors.documentExists(id);
      case NO_CONTAINER -> throw DataErrors.noDatabase();
      default -> throw new IllegalStateException();
    }
  }

  /**
   * The document stored under {@code id}, with its {@code _id}.
   *
   * @throws HyperError 404 when there is none
   */
  public ObjectNode get(String db, String id) {
    return port.get(db, id)
        .orElseThrow(DataErrors::noDatabase)
        .orElseThrow(() -> DataErrors.noDocument(id));
  }

  /**
   * Replaces (or creates) the document stored under {@code id}; an {@code _id} in the body is
   * ignored.
   *
   * @throws HyperError 422 when the body is not an object
   */
  public void update(String db, String id, JsonNode body) {
    if (!port.put(db, id, Documents.forUpdate(id, body))) {
      throw DataErrors.noDatabase();
    }
  }

  /**
   * Deletes the document stored under {@code id}.
   *
   * @throws HyperError 404 when there is none
   */
  public void remove(String db, String id) {
    if (!port.remove(db, id).orElseThrow(DataErrors::noDatabase)) {
      throw DataErrors.noDocument(id);
    }
  }

  /** The documents {@code options} select, ordered by {@code _id}. */
  public List<ObjectNode> list(String db, ListOptions options) {
    return port.list(db, options).orElseThrow(DataErrors::noDatabase);
  }

  /**
   * The documents a query body selects.
   *
   * @throws HyperError 422 or 400 for an invalid body (see {@link QueryOptions#parse})
   */
  public List<ObjectNode> query(String db, JsonNode body) {
    QueryExecution execution = new QueryExecution(QueryOptions.parse(body));
    if (!port.query(db, execution)) {
      throw DataErrors.noDatabase();
    }
    return execution.result();
  }

  /**
   * Creates an index; recreating one with the same definition succeeds.
   *
   * @throws HyperError 409 when an index of that name has other fields or another partial filter;
   *     422 or 400 for an invalid body (see {@link IndexSpec#parse})
   */
  public void index(String db, JsonNode body) {
    IndexSpec spec = IndexSpec.parse(body);
    if (port.index(db, spec).orElseThrow(DataErrors::noDatabase)
        == DataPort.IndexOutcome.CONFLICT) {
      throw HyperError.conflict("index " + spec.name() + " exists with another definition");
    }
  }

  /**
   * Applies a bulk request: deletes for documents with a truthy {@code _deleted}, upsert-replace
   * for the others. All or nothing.
   *
   * @return the {@code _id} of every document, in input order
   * @throws HyperError 422 when the body is not an array or a document lacks a string {@code _id}
   */
  public List<String> bulk(String db, JsonNode body) {
    List<BulkOp> ops = BulkOp.parse(body);
    if (!port.bulk(db, ops)) {
      throw DataErrors.noDatabase();
    }
    return ops.stream().map(BulkOp::id).toList();
  }

  /** Closes the engine; stored data stays intact. */
  @Override
  public void close() {
    port.close();
  }
}
