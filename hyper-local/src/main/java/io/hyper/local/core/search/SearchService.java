package io.hyper.local.core.search;

import io.hyper.local.core.HyperError;
import io.hyper.local.port.SearchPort;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The search service: reads and checks request bodies by hyper's rules, then calls the engine.
 * Every check happens before the engine is touched, so a rejected request changes nothing.
 */
public final class SearchService implements AutoCloseable {
  private final SearchPort port;

  /** A service over {@code port}. */
  public SearchService(SearchPort port) {
    this.port = Objects.requireNonNull(port, "port");
  }

  /**
   * Creates an index from a {@code create} body.
   *
   * @throws HyperError 422 for a bad definition (see {@link IndexDefinition#fromJson}); 409 when
   *     the index exists
   */
  public void create(String index, JsonNode body) {
    if (!port.create(index, IndexDefinition.fromJson(body))) {
      throw HyperError.conflict("index already exists");
    }
  }

  /**
   * Deletes an index and its documents.
   *
   * @throws HyperError 404 when it does not exist
   */
  public void destroy(String index) {
    if (!port.destroy(index)) {
      throw noIndex();
    }
  }

  /**
   * Adds a document from an {@code add} body {@code {"key":…,"doc":{…}}}; the document's {@code
   * _id} becomes the key when it has none.
   *
   * @throws HyperError 422 for a missing key or doc; 404 for a missing index; 409 for a taken key
   */
  public void add(String index, JsonNode body) {
    ObjectNode object = JsonArgs.object(body, "body");
    String key = JsonArgs.string(object.get("key"), "key");
    ObjectNode doc = JsonArgs.object(object.get("doc"), "doc");
    switch (port.add(index, new SearchPort.Doc(checkKey(key), withId(key, doc)))) {
      case ADDED -> {}
      case KEY_EXISTS -> throw HyperError.conflict("document conflict");
      case NO_CONTAINER -> throw noIndex();
    }
  }

  /**
   * Reads the document stored under {@code key}.
   *
   * @throws HyperError 404 for a missing index or key
   */
  public ObjectNode get(String index, String key) {
    return port.get(index, key)
        .orElseThrow(SearchService::noIndex)
        .orElseThrow(() -> HyperError.notFound("document not found"));
  }

  /**
   * Replaces the document under {@code key} with {@code body}, creating it when absent.
   *
   * @throws HyperError 422 when the body is not an object; 404 for a missing index
   */
  public void update(String index, String key, JsonNode body) {
    ObjectNode doc = JsonArgs.object(body, "document");
    upsert(index, List.of(new SearchPort.Doc(checkKey(key), withId(key, doc))));
  }

  /**
   * Removes the document under {@code key}.
   *
   * @throws HyperError 404 for a missing index or a key that is not indexed
   */
  public void remove(String index, String key) {
    if (!port.remove(index, key).orElseThrow(SearchService::noIndex)) {
      throw HyperError.notFound("document not found");
    }
  }

  /**
   * Upserts every document of a {@code load} body (a JSON array), each under its {@code _id} or
   * else its {@code id}, which becomes its {@code _id}.
   *
   * @return the keys, in input order
   * @throws HyperError 422 when the body is not an array or any document is not an object or has
   *     neither {@code _id} nor {@code id}, and then nothing is stored; 404 for a missing index
   */
  public List<String> load(String index, JsonNode body) {
    if (body == null || !body.isArray()) {
      throw HyperError.unprocessable(
          "body must be a JSON array of documents, was " + JsonArgs.type(body));
    }
    List<SearchPort.Doc> docs = new ArrayList<>(body.size());
    for (int i = 0; i < body.size(); i++) {
      ObjectNode doc = JsonArgs.object(body.get(i), "document " + i);
      String key = keyOf(doc, i);
      docs.add(new SearchPort.Doc(key, withId(key, doc)));
    }
    docs.forEach(d -> checkKey(d.key()));
    upsert(index, docs);
    return docs.stream().map(SearchPort.Doc::key).toList();
  }

  /**
   * Runs a {@code _query} body.
   *
   * @throws HyperError 422 for a bad query (see {@link SearchQuery#fromJson}); 404 for a missing
   *     index
   */
  public List<SearchPort.Match> query(String index, JsonNode body) {
    return port.query(index, SearchQuery.fromJson(body)).orElseThrow(SearchService::noIndex);
  }

  private static String keyOf(ObjectNode doc, int position) {
    for (String name : List.of("_id", "id")) {
      JsonNode id = doc.get(name);
      if (id != null && id.isString() && !id.stringValue().isEmpty()) {
        return id.stringValue();
      }
      if (id != null && id.isIntegralNumber()) {
        return id.asString();
      }
    }
    throw HyperError.unprocessable(
        "document " + position + " has no _id or id (a non-empty string or an integer)");
  }

  private static ObjectNode withId(String key, ObjectNode doc) {
    if (doc.path("_id").isMissingNode() || doc.get("_id").isNull()) {
      doc.put("_id", key);
    }
    return doc;
  }

  /** The longest key an index takes, in UTF-8 bytes (Lucene's term limit; hyper-local's rule). */
  public static final int MAX_KEY_BYTES = 32766;

  private void upsert(String index, List<SearchPort.Doc> docs) {
    if (!port.upsert(index, docs)) {
      throw noIndex();
    }
  }

  private static String checkKey(String key) {
    if (key.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_KEY_BYTES) {
      throw HyperError.unprocessable("key is longer than the 32766 UTF-8 bytes an index allows");
    }
    return key;
  }

  private static HyperError noIndex() {
    return HyperError.notFound("index not found");
  }

  /** Closes the engine; what is on disk stays. */
  @Override
  public void close() {
    port.close();
  }
}
