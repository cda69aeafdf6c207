package io.hyper.connect.search;

import io.hyper.connect.BulkResult;
import io.hyper.connect.DocResult;
import io.hyper.connect.OkResult;
import io.hyper.connect.TypeRef;
import io.hyper.connect.internal.Call;
import io.hyper.connect.internal.Check;
import io.hyper.connect.internal.JsonCodec;
import io.hyper.connect.internal.Replies;
import io.hyper.connect.internal.Reply;
import io.hyper.connect.internal.ServiceClient;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The search service of one domain: a full-text index of JSON documents, each stored under a key.
 * Get it from {@link io.hyper.connect.Hyper#search()}.
 *
 * <pre>{@code
 * SearchService search = hyper.search();
 * search.create(List.of("title", "type"), List.of("title", "type"));
 * search.add("movie-1", Map.of("title", "Dune", "type", "movie"));
 * List<Map<String, Object>> hits = search.query("dune").matches();
 * }</pre>
 *
 * <p>Matching is on analysed terms (lower-cased words, any of them may match), best match first.
 * Documents are {@code Map}s, records, POJOs or {@code JsonNode}s that serialise to a JSON object.
 *
 * <p>Every action has a sync form and an {@code ...Async} twin returning a {@link
 * CompletableFuture}; see {@link io.hyper.connect.data.DataService} for the shared rules on results
 * and exceptions. Invalid arguments throw {@link IllegalArgumentException} from both forms before
 * anything is sent.
 */
public final class SearchService {
  private final ServiceClient http;
  private final JsonCodec codec;

  /**
   * Creates the service; use {@link io.hyper.connect.Hyper#search()} instead.
   *
   * @param http the service's client
   */
  public SearchService(ServiceClient http) {
    this.http = http;
    this.codec = http.codec();
  }

  // ---- create / destroy --------------------------------------------------------------------

  /**
   * Creates the index ({@code PUT /search/{index}}); 409 when it exists. Matches then carry only
   * {@code id} and {@code score}; use {@link #create(List, List)} to have fields returned.
   *
   * @param fields the document fields that are full-text indexed
   * @return the result
   * @throws IllegalArgumentException when {@code fields} is null, empty or holds a blank name
   */
  public OkResult create(List<String> fields) {
    return createCall(fields, null).send();
  }

  /**
   * Creates the index with stored fields ({@code PUT /search/{index}}); 409 when it exists.
   *
   * @param fields the document fields that are full-text indexed
   * @param storeFields the document fields kept in the index and returned with each match
   * @return the result
   * @throws IllegalArgumentException when either list is null, empty or holds a blank name
   */
  public OkResult create(List<String> fields, List<String> storeFields) {
    return createCall(fields, Check.notNull(storeFields, "storeFields")).send();
  }

  /**
   * Creates the index without blocking; see {@link #create(List)}.
   *
   * @param fields the indexed fields
   * @return the future result
   * @throws IllegalArgumentException as {@link #create(List)}
   */
  public CompletableFuture<OkResult> createAsync(List<String> fields) {
    return createCall(fields, null).sendAsync();
  }

  /**
   * Creates the index with stored fields without blocking; see {@link #create(List, List)}.
   *
   * @param fields the indexed fields
   * @param storeFields the stored fields
   * @return the future result
   * @throws IllegalArgumentException as {@link #create(List, List)}
   */
  public CompletableFuture<OkResult> createAsync(List<String> fields, List<String> storeFields) {
    return createCall(fields, Check.notNull(storeFields, "storeFields")).sendAsync();
  }

  /**
   * Deletes the index and everything in it ({@code DELETE /search/{index}}); 404 when missing.
   *
   * @param confirm must be {@code true}
   * @return the result
   * @throws IllegalArgumentException when {@code confirm} is false; nothing is sent
   */
  public OkResult destroy(boolean confirm) {
    return destroyCall(confirm).send();
  }

  /**
   * Deletes the index without blocking; see {@link #destroy(boolean)}.
   *
   * @param confirm must be {@code true}
   * @return the future result
   * @throws IllegalArgumentException when {@code confirm} is false; nothing is sent
   */
  public CompletableFuture<OkResult> destroyAsync(boolean confirm) {
    return destroyCall(confirm).sendAsync();
  }

  // ---- documents ---------------------------------------------------------------------------

  /**
   * Indexes a document under a key ({@code POST /search/{index}} with {@code {key, doc}}); 409 when
   * the key is already indexed.
   *
   * @param key the key, usually the document's id
   * @param doc a value that serialises to a JSON object
   * @return the result
   * @throws IllegalArgumentException when the key is blank or the doc is not a JSON object
   */
  public OkResult add(String key, Object doc) {
    return addCall(key, doc).send();
  }

  /**
   * Indexes a document without blocking; see {@link #add(String, Object)}.
   *
   * @param key the key
   * @param doc the document
   * @return the future result
   * @throws IllegalArgumentException as {@link #add(String, Object)}
   */
  public CompletableFuture<OkResult> addAsync(String key, Object doc) {
    return addCall(key, doc).sendAsync();
  }

  /**
   * Reads the document stored under a key ({@code GET /search/{index}/{key}}); 404 when absent.
   *
   * @param key the key
   * @return the result; {@link DocResult#doc()} is the document as a map
   * @throws IllegalArgumentException when the key is blank
   */
  public DocResult<Map<String, Object>> get(String key) {
    return this.<Map<String, Object>>getCall(key, codec.mapType()).send();
  }

  /**
   * Reads a document as a class; see {@link #get(String)}.
   *
   * @param <T> the document type
   * @param key the key
   * @param type the class to decode to
   * @return the result
   * @throws IllegalArgumentException when the key is blank or {@code type} is null
   */
  public <T> DocResult<T> get(String key, Class<T> type) {
    return this.<T>getCall(key, codec.type(type)).send();
  }

  /**
   * Reads a document as a generic type; see {@link #get(String)}.
   *
   * @param <T> the document type
   * @param key the key
   * @param type the type to decode to
   * @return the result
   * @throws IllegalArgumentException when the key is blank or {@code type} is null
   */
  public <T> DocResult<T> get(String key, TypeRef<T> type) {
    return this.<T>getCall(key, codec.type(type)).send();
  }

  /**
   * Reads a document without blocking; see {@link #get(String)}.
   *
   * @param key the key
   * @return the future result
   * @throws IllegalArgumentException when the key is blank
   */
  public CompletableFuture<DocResult<Map<String, Object>>> getAsync(String key) {
    return this.<Map<String, Object>>getCall(key, codec.mapType()).sendAsync();
  }

  /**
   * Reads a document as a class without blocking; see {@link #get(String, Class)}.
   *
   * @param <T> the document type
   * @param key the key
   * @param type the class to decode to
   * @return the future result
   * @throws IllegalArgumentException as {@link #get(String, Class)}
   */
  public <T> CompletableFuture<DocResult<T>> getAsync(String key, Class<T> type) {
    return this.<T>getCall(key, codec.type(type)).sendAsync();
  }

  /**
   * Reads a document as a generic type without blocking; see {@link #get(String, TypeRef)}.
   *
   * @param <T> the document type
   * @param key the key
   * @param type the type to decode to
   * @return the future result
   * @throws IllegalArgumentException as {@link #get(String, TypeRef)}
   */
  public <T> CompletableFuture<DocResult<T>> getAsync(String key, TypeRef<T> type) {
    return this.<T>getCall(key, codec.type(type)).sendAsync();
  }

  /**
   * Replaces the document stored under a key and re-indexes it, adding it when absent ({@code PUT
   * /search/{index}/{key}}).
   *
   * @param key the key
   * @param doc a value that serialises to a JSON object
   * @return the result
   * @throws IllegalArgumentException when the key is blank or the doc is not a JSON object
   */
  public OkResult update(String key, Object doc) {
    return updateCall(key, doc).send();
  }

  /**
   * Replaces a document without blocking; see {@link #update(String, Object)}.
   *
   * @param key the key
   * @param doc the document
   * @return the future result
   * @throws IllegalArgumentException as {@link #update(String, Object)}
   */
  public CompletableFuture<OkResult> updateAsync(String key, Object doc) {
    return updateCall(key, doc).sendAsync();
  }

  /**
   * Removes the document stored under a key from the index ({@code DELETE /search/{index}/{key}});
   * 404 when absent.
   *
   * @param key the key
   * @return the result
   * @throws IllegalArgumentException when the key is blank
   */
  public OkResult remove(String key) {
    return removeCall(key).send();
  }

  /**
   * Removes a document without blocking; see {@link #remove(String)}.
   *
   * @param key the key
   * @return the future result
   * @throws IllegalArgumentException when the key is blank
   */
  public CompletableFuture<OkResult> removeAsync(String key) {
    return removeCall(key).sendAsync();
  }

  /**
   * Indexes many documents at once ({@code POST /search/{index}/_bulk}), replacing those already
   * indexed. Each document's key is its {@code _id}, or else its {@code id}.
   *
   * @param docs the documents
   * @return the result; {@link BulkResult#results()} has one entry per document, in order
   * @throws IllegalArgumentException when {@code docs} is null or empty, or a document is not a
   *     JSON object or has neither a string {@code _id} nor a string {@code id}
   */
  public BulkResult load(List<?> docs) {
    return loadCall(docs).send();
  }

  /**
   * Indexes many documents without blocking; see {@link #load(List)}.
   *
   * @param docs the documents
   * @return the future result
   * @throws IllegalArgumentException as {@link #load(List)}
   */
  public CompletableFuture<BulkResult> loadAsync(List<?> docs) {
    return loadCall(docs).sendAsync();
  }

  // ---- query -------------------------------------------------------------------------------

  /**
   * Searches every indexed field ({@code POST /search/{index}/_query}). The text is plain words,
   * not a query language: {@code "alien (1979)"} looks for the terms {@code alien} and {@code
   * 1979}.
   *
   * @param query the words to look for
   * @return the result; {@link MatchesResult#matches()} holds the matches, best first
   * @throws IllegalArgumentException when {@code query} is null or blank
   */
  public MatchesResult<Map<String, Object>> query(String query) {
    return query(query, SearchQueryOptions.none());
  }

  /**
   * Searches with options (fields to search, a filter); see {@link #query(String)}.
   *
   * @param query the words to look for
   * @param options the options
   * @return the result
   * @throws IllegalArgumentException when {@code query} is blank or {@code options} is null
   */
  public MatchesResult<Map<String, Object>> query(String query, SearchQueryOptions options) {
    return this.<Map<String, Object>>queryCall(query, options, codec.mapType()).send();
  }

  /**
   * Searches and decodes each match as a class (a record with {@code id}, {@code score} and the
   * stored fields, say); see {@link #query(String, SearchQueryOptions)}.
   *
   * @param <T> the match type
   * @param query the words to look for
   * @param options the options
   * @param type the class to decode each match to
   * @return the result
   * @throws IllegalArgumentException as {@link #query(String, SearchQueryOptions)}, or when {@code
   *     type} is null
   */
  public <T> MatchesResult<T> query(String query, SearchQueryOptions options, Class<T> type) {
    return this.<T>queryCall(query, options, codec.type(type)).send();
  }

  /**
   * Searches and decodes each match as a generic type; see {@link #query(String,
   * SearchQueryOptions)}.
   *
   * @param <T> the match type
   * @param query the words to look for
   * @param options the options
   * @param type the type to decode each match to
   * @return the result
   * @throws IllegalArgumentException as {@link #query(String, SearchQueryOptions)}, or when {@code
   *     type} is null
   */
  public <T> MatchesResult<T> query(String query, SearchQueryOptions options, TypeRef<T> type) {
    return this.<T>queryCall(query, options, codec.type(type)).send();
  }

  /**
   * Searches without blocking; see {@link #query(String)}.
   *
   * @param query the words to look for
   * @return the future result
   * @throws IllegalArgumentException when {@code query} is null or blank
   */
  public CompletableFuture<MatchesResult<Map<String, Object>>> queryAsync(String query) {
    return queryAsync(query, SearchQueryOptions.none());
  }

  /**
   * Searches with options without blocking; see {@link #query(String, SearchQueryOptions)}.
   *
   * @param query the words to look for
   * @param options the options
   * @return the future result
   * @throws IllegalArgumentException as {@link #query(String, SearchQueryOptions)}
   */
  public CompletableFuture<MatchesResult<Map<String, Object>>> queryAsync(
      String query, SearchQueryOptions options) {
    return this.<Map<String, Object>>queryCall(query, options, codec.mapType()).sendAsync();
  }

  /**
   * Searches as a class without blocking; see {@link #query(String, SearchQueryOptions, Class)}.
   *
   * @param <T> the match type
   * @param query the words to look for
   * @param options the options
   * @param type the class to decode each match to
   * @return the future result
   * @throws IllegalArgumentException as {@link #query(String, SearchQueryOptions, Class)}
   */
  public <T> CompletableFuture<MatchesResult<T>> queryAsync(
      String query, SearchQueryOptions options, Class<T> type) {
    return this.<T>queryCall(query, options, codec.type(type)).sendAsync();
  }

  /**
   * Searches as a generic type without blocking; see {@link #query(String, SearchQueryOptions,
   * TypeRef)}.
   *
   * @param <T> the match type
   * @param query the words to look for
   * @param options the options
   * @param type the type to decode each match to
   * @return the future result
   * @throws IllegalArgumentException as {@link #query(String, SearchQueryOptions, TypeRef)}
   */
  public <T> CompletableFuture<MatchesResult<T>> queryAsync(
      String query, SearchQueryOptions options, TypeRef<T> type) {
    return this.<T>queryCall(query, options, codec.type(type)).sendAsync();
  }

  // ---- request building, once per action ---------------------------------------------------

  private Call<OkResult> createCall(List<String> fields, List<String> storeFields) {
    Check.noneBlank(fields, "fields");
    ObjectNode body = codec.object();
    fields.forEach(body.putArray("fields")::add);
    if (storeFields != null) {
      Check.noneBlank(storeFields, "storeFields");
      storeFields.forEach(body.putArray("storeFields")::add);
    }
    return http.put("create").json(body).call(Replies::ok);
  }

  private Call<OkResult> destroyCall(boolean confirm) {
    Check.confirmed(confirm, "the search index at " + http.baseUrl());
    return http.delete("destroy").call(Replies::ok);
  }

  private Call<OkResult> addCall(String key, Object doc) {
    Check.id(key, "key");
    ObjectNode body = codec.object().put("key", key);
    body.set("doc", codec.jsonObject(doc, "doc"));
    return http.post("add").json(body).call(Replies::ok);
  }

  private <T> Call<DocResult<T>> getCall(String key, JavaType type) {
    return http.get("get").segment(Check.id(key, "key")).call(Replies.<T>doc(type));
  }

  private Call<OkResult> updateCall(String key, Object doc) {
    Check.id(key, "key");
    ObjectNode body = codec.jsonObject(doc, "doc");
    return http.put("update").segment(key).json(body).call(Replies::ok);
  }

  private Call<OkResult> removeCall(String key) {
    return http.delete("remove").segment(Check.id(key, "key")).call(Replies::ok);
  }

  private Call<BulkResult> loadCall(List<?> docs) {
    Check.notNull(docs, "docs");
    if (docs.isEmpty()) {
      throw new IllegalArgumentException("docs must not be empty");
    }
    ArrayNode body = codec.array();
    for (int i = 0; i < docs.size(); i++) {
      ObjectNode doc = codec.jsonObject(docs.get(i), "docs[" + i + "]");
      if (!hasKey(doc.get("_id")) && !hasKey(doc.get("id"))) {
        throw new IllegalArgumentException(
            "docs[" + i + "] needs a string _id or id to be its key, was " + doc);
      }
      String field = hasKey(doc.get("_id")) ? "_id" : "id";
      Check.id(doc.get(field).stringValue(), "docs[" + i + "]." + field);
      body.add(doc);
    }
    return http.post("load").action("_bulk").json(body).call(Replies::bulk);
  }

  private static boolean hasKey(JsonNode id) {
    return id != null && id.isString() && !id.stringValue().isBlank();
  }

  private <T> Call<MatchesResult<T>> queryCall(
      String query, SearchQueryOptions options, JavaType type) {
    Check.notBlank(query, "query");
    Check.notNull(options, "options");
    ObjectNode body = codec.object().put("query", query);
    options.fields().ifPresent(f -> f.forEach(body.putArray("fields")::add));
    options.filter().ifPresent(f -> body.set("filter", codec.jsonObject(f, "filter")));
    return http.post("query").action("_query").json(body).call(matches(type));
  }

  private static <T> Function<Reply, MatchesResult<T>> matches(JavaType type) {
    return reply -> {
      List<T> matches = null;
      if (reply.ok()) {
        matches = reply.codec().decodeList(reply.required("matches"), type, reply.operation());
      }
      return new MatchesResult<>(
          reply.ok(), reply.status(), reply.msg(), matches, reply.operation());
    };
  }
}
