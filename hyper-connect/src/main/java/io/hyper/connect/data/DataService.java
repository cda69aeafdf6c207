package io.hyper.connect.data;

import io.hyper.connect.BulkResult;
import io.hyper.connect.DocResult;
import io.hyper.connect.DocsResult;
import io.hyper.connect.IdResult;
import io.hyper.connect.OkResult;
import java.util.List;

/**
 * The data service of one domain: JSON documents with list, Mango queries, indexes and bulk writes.
 * Get it from {@link io.hyper.connect.Hyper#data()}.
 *
 * <p>Every action is declared once, here, in its sync form: it sends on the calling thread and
 * returns the result. {@link #async()} gives the same actions returning a {@code CompletableFuture}
 * at once ({@code data.async().add(doc)}); they send the same request and map the answer the same
 * way, and the future fails with the exception the sync form throws. Invalid arguments throw {@link
 * IllegalArgumentException} directly, from both forms, before anything is sent. The SDK's
 * implementation is hidden; a test may implement this interface with a fake.
 *
 * <p>Documents are {@code Map}s, records or POJOs, or Jackson {@code JsonNode}s, anything the
 * client's {@link io.hyper.connect.json.DocumentCodec} encodes as a JSON object. A result keeps the
 * JSON and decodes it when asked: {@code get(id).doc()} as a map, {@code get(id).doc(Movie.class)}
 * as a class, {@code doc(new TypeRef<...>() {})} as a generic type.
 *
 * <p>A 4xx answer is a not-ok result ({@code ok() == false}), or throws its typed exception with
 * {@link io.hyper.connect.Hyper.Builder#throwOnError(boolean)}; a 5xx answer or a network failure
 * throws ({@link io.hyper.connect.ServerException}, {@link io.hyper.connect.HyperIoException}).
 */
public interface DataService {

  /**
   * Creates the database ({@code PUT /data/{db}}); 409 when it exists.
   *
   * @return the result
   */
  OkResult create();

  /**
   * Deletes the database and every document in it ({@code DELETE /data/{db}}); 404 when missing.
   *
   * @param confirm must be {@code true}
   * @return the result
   * @throws IllegalArgumentException when {@code confirm} is false; nothing is sent
   */
  OkResult destroy(boolean confirm);

  /**
   * Adds a document ({@code POST /data/{db}}). Its {@code _id} is used when present; otherwise
   * hyper generates one. 409 when the id exists, 400 for an empty document.
   *
   * @param doc a Map, record, POJO or JsonNode that serialises to a JSON object
   * @return the result; {@link IdResult#id()} is the document's id
   * @throws IllegalArgumentException when {@code doc} is null, not a JSON object, or has a
   *     non-string {@code _id}
   */
  IdResult add(Object doc);

  /**
   * Reads a document ({@code GET /data/{db}/{id}}); 404 when missing.
   *
   * @param id the document id (any text; it is percent-encoded)
   * @return the result; {@link DocResult#doc()} is the document, {@code _id} included
   * @throws IllegalArgumentException when {@code id} is null or blank
   */
  DocResult get(String id);

  /**
   * Replaces a document, creating it when missing ({@code PUT /data/{db}/{id}}). The stored {@code
   * _id} is always {@code id}, whatever the document says.
   *
   * @param id the document id
   * @param doc the whole new document
   * @return the result; {@link IdResult#id()} is the id
   * @throws IllegalArgumentException when {@code id} is null or blank, or {@code doc} is null or
   *     not a JSON object
   */
  IdResult update(String id, Object doc);

  /**
   * Deletes a document ({@code DELETE /data/{db}/{id}}); 404 when missing.
   *
   * @param id the document id
   * @return the result
   * @throws IllegalArgumentException when {@code id} is null or blank
   */
  IdResult remove(String id);

  /**
   * Lists every document, ascending by {@code _id} ({@code GET /data/{db}}). There is no default
   * limit.
   *
   * @return the result; {@link DocsResult#docs()} holds the documents
   */
  default DocsResult list() {
    return list(ListOptions.none());
  }

  /**
   * Lists documents by {@code _id} range, ids and order.
   *
   * @param options the options
   * @return the result
   * @throws IllegalArgumentException when {@code options} is null
   */
  DocsResult list(ListOptions options);

  /**
   * Finds the documents matching a Mango selector ({@code POST /data/{db}/_query}). Without a
   * {@code limit} hyper returns at most 25 documents.
   *
   * <p>The selector is a {@code Map}, a {@code JsonNode} object, a {@link Selector}, or any value
   * that serialises to a JSON object, e.g. {@code Map.of("type", "movie", "year", Map.of("$gt",
   * 1984))}; {@code null} matches every document.
   *
   * @param selector the selector, or {@code null} for all documents
   * @return the result; {@link DocsResult#docs()} holds the matches
   * @throws IllegalArgumentException when the selector is not a JSON object
   */
  default DocsResult query(Object selector) {
    return query(selector, QueryOptions.none());
  }

  /**
   * Finds documents with options (projection, sort, paging, index hint); see {@link
   * #query(Object)}.
   *
   * @param selector the selector, or {@code null} for all documents
   * @param options the options
   * @return the result
   * @throws IllegalArgumentException when the selector is not a JSON object or {@code options} is
   *     null
   */
  DocsResult query(Object selector, QueryOptions options);

  /**
   * Creates an index on field names, ascending ({@code POST /data/{db}/_index}). Recreating the
   * same index succeeds; the same name with other fields is 409.
   *
   * @param name the index name
   * @param fields the field names
   * @return the result
   * @throws IllegalArgumentException when {@code name} is blank or {@code fields} is empty or holds
   *     a blank name
   */
  OkResult index(String name, String... fields);

  /**
   * Creates an index on fields with directions, e.g. {@code List.of(SortField.desc("year"))}; see
   * {@link #index(String, String...)}.
   *
   * @param name the index name
   * @param fields the fields
   * @return the result
   * @throws IllegalArgumentException when {@code name} is blank or {@code fields} is empty
   */
  OkResult index(String name, List<SortField> fields);

  /**
   * Creates a partial index: only documents matching {@code partialFilter} are indexed; see {@link
   * #index(String, String...)}.
   *
   * @param name the index name
   * @param fields the fields
   * @param partialFilter a selector (as in {@link #query(Object)}), or {@code null} for none
   * @return the result
   * @throws IllegalArgumentException when {@code name} is blank, {@code fields} is empty, or {@code
   *     partialFilter} is not a JSON object
   */
  OkResult index(String name, List<SortField> fields, Object partialFilter);

  /**
   * Writes many documents at once ({@code POST /data/{db}/_bulk}): each is upserted, or deleted
   * when it has {@code "_deleted": true}. Every document needs a string {@code _id}.
   *
   * @param docs the documents
   * @return the result; {@link BulkResult#results()} has one entry per document, in order
   * @throws IllegalArgumentException when {@code docs} is null or empty, or a document is not a
   *     JSON object or lacks a string {@code _id}
   */
  BulkResult bulk(List<?> docs);

  /**
   * Returns the async form of this service: the same actions, each returning a {@link
   * java.util.concurrent.CompletableFuture} at once instead of blocking.
   *
   * @return the async view; the same object on every call
   */
  AsyncDataService async();
}
