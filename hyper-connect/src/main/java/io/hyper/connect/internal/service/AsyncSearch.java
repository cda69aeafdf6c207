package io.hyper.connect.internal.service;

import io.hyper.connect.BulkResult;
import io.hyper.connect.DocResult;
import io.hyper.connect.OkResult;
import io.hyper.connect.internal.Check;
import io.hyper.connect.search.AsyncSearchService;
import io.hyper.connect.search.MatchesResult;
import io.hyper.connect.search.SearchQueryOptions;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Implements {@link AsyncSearchService}: each action sends its call without blocking. */
final class AsyncSearch implements AsyncSearchService {
  private final SearchCalls calls;

  AsyncSearch(SearchCalls calls) {
    this.calls = calls;
  }

  @Override
  public CompletableFuture<OkResult> create(List<String> fields) {
    return calls.create(fields, null).sendAsync();
  }

  @Override
  public CompletableFuture<OkResult> create(List<String> fields, List<String> storeFields) {
    return calls.create(fields, Check.notNull(storeFields, "storeFields")).sendAsync();
  }

  @Override
  public CompletableFuture<OkResult> destroy(boolean confirm) {
    return calls.destroy(confirm).sendAsync();
  }

  @Override
  public CompletableFuture<OkResult> add(String key, Object doc) {
    return calls.add(key, doc).sendAsync();
  }

  @Override
  public CompletableFuture<DocResult> get(String key) {
    return calls.get(key).sendAsync();
  }

  @Override
  public CompletableFuture<OkResult> update(String key, Object doc) {
    return calls.update(key, doc).sendAsync();
  }

  @Override
  public CompletableFuture<OkResult> remove(String key) {
    return calls.remove(key).sendAsync();
  }

  @Override
  public CompletableFuture<BulkResult> load(List<?> docs) {
    return calls.load(docs).sendAsync();
  }

  @Override
  public CompletableFuture<MatchesResult> query(String query, SearchQueryOptions options) {
    return calls.query(query, options).sendAsync();
  }

  @Override
  public String toString() {
    return "SearchService[" + calls.http.baseUrl() + "]";
  }
}
