package io.hyper.connect.search;

import io.hyper.connect.BulkResult;
import io.hyper.connect.DocResult;
import io.hyper.connect.OkResult;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The async form of {@link SearchService}, from {@link SearchService#async()}: the same actions,
 * each returning a {@link CompletableFuture} at once. Each sends the same request and maps the
 * answer as its sync form; the future fails with the exception the sync form throws (not wrapped).
 * Invalid arguments throw {@link IllegalArgumentException} at once, before anything is sent.
 */
public interface AsyncSearchService {

  /** {@link SearchService#create(List)}, without blocking. */
  CompletableFuture<OkResult> create(List<String> fields);

  /** {@link SearchService#create(List,List)}, without blocking. */
  CompletableFuture<OkResult> create(List<String> fields, List<String> storeFields);

  /** {@link SearchService#destroy(boolean)}, without blocking. */
  CompletableFuture<OkResult> destroy(boolean confirm);

  /** {@link SearchService#add(String,Object)}, without blocking. */
  CompletableFuture<OkResult> add(String key, Object doc);

  /** {@link SearchService#get(String)}, without blocking. */
  CompletableFuture<DocResult> get(String key);

  /** {@link SearchService#update(String,Object)}, without blocking. */
  CompletableFuture<OkResult> update(String key, Object doc);

  /** {@link SearchService#remove(String)}, without blocking. */
  CompletableFuture<OkResult> remove(String key);

  /** {@link SearchService#load(List)}, without blocking. */
  CompletableFuture<BulkResult> load(List<?> docs);

  /** {@link SearchService#query(String)}, without blocking. */
  default CompletableFuture<MatchesResult> query(String query) {
    return query(query, SearchQueryOptions.none());
  }

  /** {@link SearchService#query(String,SearchQueryOptions)}, without blocking. */
  CompletableFuture<MatchesResult> query(String query, SearchQueryOptions options);
}
