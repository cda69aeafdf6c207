package io.hyper.connect.internal.service;

import io.hyper.connect.BulkResult;
import io.hyper.connect.DocResult;
import io.hyper.connect.OkResult;
import io.hyper.connect.internal.Check;
import io.hyper.connect.internal.ServiceClient;
import io.hyper.connect.search.AsyncSearchService;
import io.hyper.connect.search.MatchesResult;
import io.hyper.connect.search.SearchQueryOptions;
import io.hyper.connect.search.SearchService;
import java.util.List;

/** Implements {@link SearchService}: each action sends its call on the calling thread. */
final class SyncSearch implements SearchService {
  private final SearchCalls calls;
  private final AsyncSearchService async;

  SyncSearch(ServiceClient http) {
    this.calls = new SearchCalls(http);
    this.async = new AsyncSearch(calls);
  }

  @Override
  public OkResult create(List<String> fields) {
    return calls.create(fields, null).send();
  }

  @Override
  public OkResult create(List<String> fields, List<String> storeFields) {
    return calls.create(fields, Check.notNull(storeFields, "storeFields")).send();
  }

  @Override
  public OkResult destroy(boolean confirm) {
    return calls.destroy(confirm).send();
  }

  @Override
  public OkResult add(String key, Object doc) {
    return calls.add(key, doc).send();
  }

  @Override
  public DocResult get(String key) {
    return calls.get(key).send();
  }

  @Override
  public OkResult update(String key, Object doc) {
    return calls.update(key, doc).send();
  }

  @Override
  public OkResult remove(String key) {
    return calls.remove(key).send();
  }

  @Override
  public BulkResult load(List<?> docs) {
    return calls.load(docs).send();
  }

  @Override
  public MatchesResult query(String query, SearchQueryOptions options) {
    return calls.query(query, options).send();
  }

  @Override
  public AsyncSearchService async() {
    return async;
  }

  @Override
  public String toString() {
    return "SearchService[" + calls.http.baseUrl() + "]";
  }
}
