package io.hyper.connect.search;

import io.hyper.connect.BulkResult;
import io.hyper.connect.DocResult;
import io.hyper.connect.OkResult;
import java.util.List;

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
 * <p>Every action is declared once, in its sync form; {@link #async()} gives the same actions
 * returning a {@code CompletableFuture}. See {@link io.hyper.connect.data.DataService} for the
 * shared rules on results and exceptions. Invalid arguments throw {@link IllegalArgumentException}
 * from both forms before anything is sent.
 */
public interface SearchService {

  /**
   * Creates the index ({@code PUT /search/{index}}); 409 when it exists. Matches then carry only
   * {@code id} and {@code score}; use {@link #create(List, List)} to have fields returned.
   *
   * @param fields the document fields that are full-text indexed
   * @return the result
   * @throws IllegalArgumentException when {@code fields} is null, empty or holds a blank name
   */
  OkResult create(List<String> fields);

  /**
   * Creates the index with stored fields ({@code PUT /search/{index}}); 409 when it exists.
   *
   * @param fields the document fields that are full-text indexed
   * @param storeFields the document fields kept in the index and returned with each match
   * @return the result
   * @throws IllegalArgumentException when either list is null, empty or holds a blank name
   */
  OkResult create(List<String> fields, List<String> storeFields);

  /**
   * Deletes the index and everything in it ({@code DELETE /search/{index}}); 404 when missing.
   *
   * @param confirm must be {@code true}
   * @return the result
   * @throws IllegalArgumentException when {@code confirm} is false; nothing is sent
   */
  OkResult destroy(boolean confirm);

  /**
   * Indexes a document under a key ({@code POST /search/{index}} with {@code {key, doc}}); 409 when
   * the key is already indexed.
   *
   * @param key the key, usually the document's id
   * @param doc a value that serialises to a JSON object
   * @return the result
   * @throws IllegalArgumentException when the key is blank or the doc is not a JSON object
   */
  OkResult add(String key, Object doc);

  /**
   * Reads the document stored under a key ({@code GET /search/{index}/{key}}); 404 when absent.
   *
   * @param key the key
   * @return the result; {@link DocResult#doc()} is the document
   * @throws IllegalArgumentException when the key is blank
   */
  DocResult get(String key);

  /**
   * Replaces the document stored under a key and re-indexes it, adding it when absent ({@code PUT
   * /search/{index}/{key}}).
   *
   * @param key the key
   * @param doc a value that serialises to a JSON object
   * @return the result
   * @throws IllegalArgumentException when the key is blank or the doc is not a JSON object
   */
  OkResult update(String key, Object doc);

  /**
   * Removes the document stored under a key from the index ({@code DELETE /search/{index}/{key}});
   * 404 when absent.
   *
   * @param key the key
   * @return the result
   * @throws IllegalArgumentException when the key is blank
   */
  OkResult remove(String key);

  /**
   * Indexes many documents at once ({@code POST /search/{index}/_bulk}), replacing those already
   * indexed. Each document's key is its {@code _id}, or else its {@code id}.
   *
   * @param docs the documents
   * @return the result; {@link BulkResult#results()} has one entry per document, in order
   * @throws IllegalArgumentException when {@code docs} is null or empty, or a document is not a
   *     JSON object or has neither a string {@code _id} nor a string {@code id}
   */
  BulkResult load(List<?> docs);

  /**
   * Searches every indexed field ({@code POST /search/{index}/_query}). The text is plain words,
   * not a query language: {@code "alien (1979)"} looks for the terms {@code alien} and {@code
   * 1979}.
   *
   * @param query the words to look for
   * @return the result; {@link MatchesResult#matches()} holds the matches, best first
   * @throws IllegalArgumentException when {@code query} is null or blank
   */
  default MatchesResult query(String query) {
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
  MatchesResult query(String query, SearchQueryOptions options);

  /**
   * Returns the async form of this service: the same actions, each returning a {@link
   * java.util.concurrent.CompletableFuture} at once instead of blocking.
   *
   * @return the async view; the same object on every call
   */
  AsyncSearchService async();
}
