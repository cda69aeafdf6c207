package io.hyper.connect.data;

import io.hyper.connect.BulkResult;
import io.hyper.connect.DocResult;
import io.hyper.connect.DocsResult;
import io.hyper.connect.IdResult;
import io.hyper.connect.OkResult;
import io.hyper.connect.TypeRef;
import io.hyper.connect.internal.Call;
import io.hyper.connect.internal.Check;
import io.hyper.connect.internal.JsonCodec;
import io.hyper.connect.internal.Replies;
import io.hyper.connect.internal.RequestBuilder;
import io.hyper.connect.internal.ServiceClient;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The data service of one domain: JSON documents with list, Mango queries, indexes and bulk writes.
 * Get it from {@link io.hyper.connect.Hyper#data()}.
 *
 * <p>Every action comes in two forms: {@code add(doc)} sends on the calling thread and returns the
 * result; {@code addAsync(doc)} returns at once with a {@link CompletableFuture}. Both send the
 * same request and map the answer the same way; the future fails with the exception the sync form
 * throws. Invalid arguments throw {@link IllegalArgumentException} directly, from both forms,
 * before anything is sent.
 *
 * <p>Documents are {@code Map}s, records or POJOs, or Jackson {@code JsonNode}s, anything that
 * serialises to a JSON object; read them back untyped ({@code Map<String, Object>}), as a class
 * ({@code get(id, Movie.class)}) or as a generic type ({@link TypeRef}).
 *
 * <p>A 4xx answer is a not-ok result ({@code ok() == false}); a 5xx answer or a network failure
 * throws ({@link io.hyper.connect.ServerException}, {@link io.hyper.connect.HyperIoException}).
 */
public final class DataService {
  private final ServiceClient http;
  private final JsonCodec codec;

  /**
   * Creates the service; use {@link io.hyper.connect.Hyper#data()} instead.
   *
   * @param http the service's client
   */
  public DataService(ServiceClient http) {
    this.http = http;
    this.codec = http.codec();
  }

  // ---- create / destroy --------------------------------------------------------------------

  /**
   * Creates the database ({@code PUT /data/{db}}); 409 when it exists.
   *
   * @return the result
   */
  public OkResult create() {
    return createCall().send();
  }

  /**
   * Creates the database without blocking; see {@link #create()}.
   *
   * @return the future result
   */
  public CompletableFuture<OkResult> createAsync() {
    return createCall().sendAsync();
  }

  /**
   * Deletes the database and every document in it ({@code DELETE /data/{db}}); 404 when missing.
   *
   * @param confirm must be {@code true}
   * @return the result
   * @throws IllegalArgumentException when {@code confirm} is false; nothing is sent
   */
  public OkResult destroy(boolean confirm) {
    return destroyCall(confirm).send();
  }

  /**
   * Deletes the database without blocking; see {@link #destroy(boolean)}.
   *
   * @param confirm must be {@code true}
   * @return the future result
   * @throws IllegalArgumentException when {@code confirm} is false; nothing is sent
   */
  public CompletableFuture<OkResult> destroyAsync(boolean confirm) {
    return destroyCall(confirm).sendAsync();
  }

  // ---- add / get / update / remove ---------------------------------------------------------

  /**
   * Adds a document ({@code POST /data/{db}}). Its {@code _id} is used when present; otherwise
   * hyper generates one. 409 when the id exists, 400 for an empty document.
   *
   * @param doc a Map, record, POJO or JsonNode that serialises to a JSON object
   * @return the result; {@link IdResult#id()} is the document's id
   * @throws IllegalArgumentException when {@code doc} is null, not a JSON object, or has a
   *     non-string {@code _id}
   */
  public IdResult add(Object doc) {
    return addCall(doc).send();
  }

  /**
   * Adds a document without blocking; see {@link #add(Object)}.
   *
   * @param doc the document
   * @return the future result
   * @throws IllegalArgumentException as {@link #add(Object)}
   */
  public CompletableFuture<IdResult> addAsync(Object doc) {
    return addCall(doc).sendAsync();
  }

  /**
   * Reads a document as a map ({@code GET /data/{db}/{id}}); 404 when missing.
   *
   * @param id the document id (any text; it is percent-encoded)
   * @return the result; {@link DocResult#doc()} is the document, {@code _id} included
   * @throws IllegalArgumentException when {@code id} is null or blank
   */
  public DocResult<Map<String, Object>> get(String id) {
    return this.<Map<String, Object>>getCall(id, codec.mapType()).send();
  }

  /**
   * Reads a document as a class, e.g. {@code get("movie-1", Movie.class)}; see {@link
   * #get(String)}.
   *
   * @param <T> the document type
   * @param id the document id
   * @param type the class to decode to (records, POJOs, {@code JsonNode})
   * @return the result
   * @throws IllegalArgumentException when {@code id} is null or blank, or {@code type} is null
   */
  public <T> DocResult<T> get(String id, Class<T> type) {
    return this.<T>getCall(id, codec.type(type)).send();
  }

  /**
   * Reads a document as a generic type; see {@link #get(String)}.
   *
   * @param <T> the document type
   * @param id the document id
   * @param type the type to decode to
   * @return the result
   * @throws IllegalArgumentException when {@code id} is null or blank, or {@code type} is null
   */
  public <T> DocResult<T> get(String id, TypeRef<T> type) {
    return this.<T>getCall(id, codec.type(type)).send();
  }

  /**
   * Reads a document as a map without blocking; see {@link #get(String)}.
   *
   * @param id the document id
   * @return the future result
   * @throws IllegalArgumentException when {@code id} is null or blank
   */
  public CompletableFuture<DocResult<Map<String, Object>>> getAsync(String id) {
    return this.<Map<String, Object>>getCall(id, codec.mapType()).sendAsync();
  }

  /**
   * Reads a document as a class without blocking; see {@link #get(String, Class)}.
   *
   * @param <T> the document type
   * @param id the document id
   * @param type the class to decode to
   * @return the future result
   * @throws IllegalArgumentException when {@code id} is null or blank, or {@code type} is null
   */
  public <T> CompletableFuture<DocResult<T>> getAsync(String id, Class<T> type) {
    return this.<T>getCall(id, codec.type(type)).sendAsync();
  }

  /**
   * Reads a document as a generic type without blocking; see {@link #get(String, TypeRef)}.
   *
   * @param <T> the document type
   * @param id the document id
   * @param type the type to decode to
   * @return the future result
   * @throws IllegalArgumentException when {@code id} is null or blank, or {@code type} is null
   */
  public <T> CompletableFuture<DocResult<T>> getAsync(String id, TypeRef<T> type) {
    return this.<T>getCall(id, codec.type(type)).sendAsync();
  }

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
  public IdResult update(String id, Object doc) {
    return updateCall(id, doc).send();
  }

  /**
   * Replaces a document without blocking; see {@link #update(String, Object)}.
   *
   * @param id the document id
   * @param doc the whole new document
   * @return the future result
   * @throws IllegalArgumentException as {@link #update(String, Object)}
   */
  public CompletableFuture<IdResult> updateAsync(String id, Object doc) {
    return updateCall(id, doc).sendAsync();
  }

  /**
   * Deletes a document ({@code DELETE /data/{db}/{id}}); 404 when missing.
   *
   * @param id the document id
   * @return the result
   * @throws IllegalArgumentException when {@code id} is null or blank
   */
  public IdResult remove(String id) {
    return removeCall(id).send();
  }

  /**
   * Deletes a document without blocking; see {@link #remove(String)}.
   *
   * @param id the document id
   * @return the future result
   * @throws IllegalArgumentException when {@code id} is null or blank
   */
  public CompletableFuture<IdResult> removeAsync(String id) {
    return removeCall(id).sendAsync();
  }

  // ---- list --------------------------------------------------------------------------------

  /**
   * Lists every document, ascending by {@code _id} ({@code GET /data/{db}}). There is no default
   * limit.
   *
   * @return the result; {@link DocsResult#docs()} holds the documents
   */
  public DocsResult<Map<String, Object>> list() {
    return list(ListOptions.none());
  }

  /**
   * Lists documents by {@code _id} range, ids and order.
   *
   * @param options the options
   * @return the result
   * @throws IllegalArgumentException when {@code options} is null
   */
  public DocsResult<Map<String, Object>> list(ListOptions options) {
    return this.<Map<String, Object>>listCall(options, codec.mapType()).send();
  }

  /**
   * Lists documents as a class; see {@link #list(ListOptions)}.
   *
   * @param <T> the document type
   * @param options the options
   * @param type the class to decode to
   * @return the result
   * @throws IllegalArgumentException when {@code options} or {@code type} is null
   */
  public <T> DocsResult<T> list(ListOptions options, Class<T> type) {
    return this.<T>listCall(options, codec.type(type)).send();
  }

  /**
   * Lists documents as a generic type; see {@link #list(ListOptions)}.
   *
   * @param <T> the document type
   * @param options the options
   * @param type the type to decode to
   * @return the result
   * @throws IllegalArgumentException when {@code options} or {@code type} is null
   */
  public <T> DocsResult<T> list(ListOptions options, TypeRef<T> type) {
    return this.<T>listCall(options, codec.type(type)).send();
  }

  /**
   * Lists every document without blocking; see {@link #list()}.
   *
   * @return the future result
   */
  public CompletableFuture<DocsResult<Map<String, Object>>> listAsync() {
    return listAsync(ListOptions.none());
  }

  /**
   * Lists documents without blocking; see {@link #list(ListOptions)}.
   *
   * @param options the options
   * @return the future result
   * @throws IllegalArgumentException when {@code options} is null
   */
  public CompletableFuture<DocsResult<Map<String, Object>>> listAsync(ListOptions options) {
    return this.<Map<String, Object>>listCall(options, codec.mapType()).sendAsync();
  }

  /**
   * Lists documents as a class without blocking; see {@link #list(ListOptions, Class)}.
   *
   * @param <T> the document type
   * @param options the options
   * @param type the class to decode to
   * @return the future result
   * @throws IllegalArgumentException when {@code options} or {@code type} is null
   */
  public <T> CompletableFuture<DocsResult<T>> listAsync(ListOptions options, Class<T> type) {
    return this.<T>listCall(options, codec.type(type)).sendAsync();
  }

  /**
   * Lists documents as a generic type without blocking; see {@link #list(ListOptions, TypeRef)}.
   *
   * @param <T> the document type
   * @param options the options
   * @param type the type to decode to
   * @return the future result
   * @throws IllegalArgumentException when {@code options} or {@code type} is null
   */
  public <T> CompletableFuture<DocsResult<T>> listAsync(ListOptions options, TypeRef<T> type) {
    return this.<T>listCall(options, codec.type(type)).sendAsync();
  }

  // ---- query -------------------------------------------------------------------------------

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
  public DocsResult<Map<String, Object>> query(Object selector) {
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
  public DocsResult<Map<String, Object>> query(Object selector, QueryOptions options) {
    return this.<Map<String, Object>>queryCall(selector, options, codec.mapType()).send();
  }

  /**
   * Finds documents as a class; see {@link #query(Object, QueryOptions)}.
   *
   * @param <T> the document type
   * @param selector the selector, or {@code null} for all documents
   * @param options the options
   * @param type the class to decode to
   * @return the result
   * @throws IllegalArgumentException as {@link #query(Object, QueryOptions)}, or when {@code type}
   *     is null
   */
  public <T> DocsResult<T> query(Object selector, QueryOptions options, Class<T> type) {
    return this.<T>queryCall(selector, options, codec.type(type)).send();
  }

  /**
   * Finds documents as a generic type; see {@link #query(Object, QueryOptions)}.
   *
   * @param <T> the document type
   * @param selector the selector, or {@code null} for all documents
   * @param options the options
   * @param type the type to decode to
   * @return the result
   * @throws IllegalArgumentException as {@link #query(Object, QueryOptions)}, or when {@code type}
   *     is null
   */
  public <T> DocsResult<T> query(Object selector, QueryOptions options, TypeRef<T> type) {
    return this.<T>queryCall(selector, options, codec.type(type)).send();
  }

  /**
   * Finds documents without blocking; see {@link #query(Object)}.
   *
   * @param selector the selector, or {@code null} for all documents
   * @return the future result
   * @throws IllegalArgumentException when the selector is not a JSON object
   */
  public CompletableFuture<DocsResult<Map<String, Object>>> queryAsync(Object selector) {
    return queryAsync(selector, QueryOptions.none());
  }

  /**
   * Finds documents with options without blocking; see {@link #query(Object, QueryOptions)}.
   *
   * @param selector the selector, or {@code null} for all documents
   * @param options the options
   * @return the future result
   * @throws IllegalArgumentException as {@link #query(Object, QueryOptions)}
   */
  public CompletableFuture<DocsResult<Map<String, Object>>> queryAsync(
      Object selector, QueryOptions options) {
    return this.<Map<String, Object>>queryCall(selector, options, codec.mapType()).sendAsync();
  }

  /**
   * Finds documents as a class without blocking; see {@link #query(Object, QueryOptions, Class)}.
   *
   * @param <T> the document type
   * @param selector the selector, or {@code null} for all documents
   * @param options the options
   * @param type the class to decode to
   * @return the future result
   * @throws IllegalArgumentException as {@link #query(Object, QueryOptions, Class)}
   */
  public <T> CompletableFuture<DocsResult<T>> queryAsync(
      Object selector, QueryOptions options, Class<T> type) {
    return this.<T>queryCall(selector, options, codec.type(type)).sendAsync();
  }

  /**
   * Finds documents as a generic type without blocking; see {@link #query(Object, QueryOptions,
   * TypeRef)}.
   *
   * @param <T> the document type
   * @param selector the selector, or {@code null} for all documents
   * @param options the options
   * @param type the type to decode to
   * @return the future result
   * @throws IllegalArgumentException as {@link #query(Object, QueryOptions, TypeRef)}
   */
  public <T> CompletableFuture<DocsResult<T>> queryAsync(
      Object selector, QueryOptions options, TypeRef<T> type) {
    return this.<T>queryCall(selector, options, codec.type(type)).sendAsync();
  }

  // ---- index / bulk ------------------------------------------------------------------------

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
  public OkResult index(String name, String... fields) {
    return indexCall(name, namesOf(fields), null).send();
  }

  /**
   * Creates an index on fields with directions, e.g. {@code List.of(SortField.desc("year"))}; see
   * {@link #index(String, String...)}.
   *
   * @param name the index name
   * @param fields the fields
   * @return the result
   * @throws IllegalArgumentException when {@code name} is blank or {@code fields} is empty
   */
  public OkResult index(String name, List<SortField> fields) {
    return indexCall(name, fields, null).send();
  }

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
  public OkResult index(String name, List<SortField> fields, Object partialFilter) {
    return indexCall(name, fields, partialFilter).send();
  }

  /**
   * Creates an index without blocking; see {@link #index(String, String...)}.
   *
   * @param name the index name
   * @param fields the field names
   * @return the future result
   * @throws IllegalArgumentException as {@link #index(String, String...)}
   */
  public CompletableFuture<OkResult> indexAsync(String name, String... fields) {
    return indexCall(name, namesOf(fields), null).sendAsync();
  }

  /**
   * Creates an index without blocking; see {@link #index(String, List)}.
   *
   * @param name the index name
   * @param fields the fields
   * @return the future result
   * @throws IllegalArgumentException as {@link #index(String, List)}
   */
  public CompletableFuture<OkResult> indexAsync(String name, List<SortField> fields) {
    return indexCall(name, fields, null).sendAsync();
  }

  /**
   * Creates a partial index without blocking; see {@link #index(String, List, Object)}.
   *
   * @param name the index name
   * @param fields the fields
   * @param partialFilter a selector, or {@code null}
   * @return the future result
   * @throws IllegalArgumentException as {@link #index(String, List, Object)}
   */
  public CompletableFuture<OkResult> indexAsync(
      String name, List<SortField> fields, Object partialFilter) {
    return indexCall(name, fields, partialFilter).sendAsync();
  }

  /**
   * Writes many documents at once ({@code POST /data/{db}/_bulk}): each is upserted, or deleted
   * when it has {@code "_deleted": true}. Every document needs a string {@code _id}.
   *
   * @param docs the documents
   * @return the result; {@link BulkResult#results()} has one entry per document, in order
   * @throws IllegalArgumentException when {@code docs} is null or empty, or a document is not a
   *     JSON object or lacks a string {@code _id}
   */
  public BulkResult bulk(List<?> docs) {
    return bulkCall(docs).send();
  }

  /**
   * Writes many documents without blocking; see {@link #bulk(List)}.
   *
   * @param docs the documents
   * @return the future result
   * @throws IllegalArgumentException as {@link #bulk(List)}
   */
  public CompletableFuture<BulkResult> bulkAsync(List<?> docs) {
    return bulkCall(docs).sendAsync();
  }

  // ---- request building, once per action ---------------------------------------------------

  private Call<OkResult> createCall() {
    return http.put("create").call(Replies::ok);
  }

  private Call<OkResult> destroyCall(boolean confirm) {
    Check.confirmed(confirm, "the database at " + http.baseUrl());
    return http.delete("destroy").call(Replies::ok);
  }

  private Call<IdResult> addCall(Object doc) {
    ObjectNode body = codec.jsonObject(doc, "doc");
    DataJson.checkOptionalId(body, "doc");
    return http.post("add").json(body).call(Replies::id);
  }

  private <T> Call<DocResult<T>> getCall(String id, JavaType type) {
    RequestBuilder request = http.get("get").segment(Check.id(id, "id")).hyperShapedGet();
    return request.call(Replies.<T>doc(type));
  }

  private Call<IdResult> updateCall(String id, Object doc) {
    Check.id(id, "id");
    ObjectNode body = codec.jsonObject(doc, "doc");
    return http.put("update").segment(id).json(body).call(Replies::id);
  }

  private Call<IdResult> removeCall(String id) {
    return http.delete("remove").segment(Check.id(id, "id")).call(Replies::id);
  }

  private <T> Call<DocsResult<T>> listCall(ListOptions options, JavaType type) {
    Check.notNull(options, "options");
    RequestBuilder request =
        http.get("list")
            .query("limit", options.limit().isPresent() ? "" + options.limit().getAsInt() : null)
            .query("startkey", options.startkey().orElse(null))
            .query("endkey", options.endkey().orElse(null))
            .query("keys", options.keys().map(k -> String.join(",", k)).orElse(null))
            .query("descending", options.descending() ? "true" : null);
    return request.call(Replies.<T>docs(type));
  }

  private <T> Call<DocsResult<T>> queryCall(Object selector, QueryOptions options, JavaType type) {
    Check.notNull(options, "options");
    ObjectNode body =
        DataJson.query(codec, DataJson.selector(codec, selector, "selector"), options);
    return http.post("query").action("_query").json(body).call(Replies.<T>docs(type));
  }

  private Call<OkResult> indexCall(String name, List<SortField> fields, Object partialFilter) {
    Check.notBlank(name, "name");
    Check.notNull(fields, "fields");
    if (fields.isEmpty()) {
      throw new IllegalArgumentException("fields must not be empty");
    }
    for (int i = 0; i < fields.size(); i++) {
      Check.notNull(fields.get(i), "fields[" + i + "]");
    }
    ObjectNode body = codec.object().put("name", name);
    body.set("fields", DataJson.fields(codec, fields));
    if (partialFilter != null) {
      body.set("partialFilter", DataJson.selector(codec, partialFilter, "partialFilter"));
    }
    return http.post("index").action("_index").json(body).call(Replies::ok);
  }

  private Call<BulkResult> bulkCall(List<?> docs) {
    Check.notNull(docs, "docs");
    if (docs.isEmpty()) {
      throw new IllegalArgumentException("docs must not be empty");
    }
    ArrayNode body = codec.array();
    for (int i = 0; i < docs.size(); i++) {
      ObjectNode doc = codec.jsonObject(docs.get(i), "docs[" + i + "]");
      DataJson.checkRequiredId(doc, "docs[" + i + "]");
      body.add(doc);
    }
    return http.post("bulk").action("_bulk").json(body).call(Replies::bulk);
  }

  private static List<SortField> namesOf(String... fields) {
    Check.notNull(fields, "fields");
    SortField[] out = new SortField[fields.length];
    for (int i = 0; i < fields.length; i++) {
      out[i] = SortField.of(Check.notBlank(fields[i], "fields[" + i + "]"));
    }
    return Arrays.asList(out);
  }
}
