package io.hyper.connect.internal.service;

import io.hyper.connect.BulkResult;
import io.hyper.connect.DocResult;
import io.hyper.connect.DocsResult;
import io.hyper.connect.IdResult;
import io.hyper.connect.OkResult;
import io.hyper.connect.data.AsyncDataService;
import io.hyper.connect.data.ListOptions;
import io.hyper.connect.data.QueryOptions;
import io.hyper.connect.data.SortField;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Implements {@link AsyncDataService}: each action sends its call without blocking. */
final class AsyncData implements AsyncDataService {
  private final DataCalls calls;

  AsyncData(DataCalls calls) {
    this.calls = calls;
  }

  @Override
  public CompletableFuture<OkResult> create() {
    return calls.create().sendAsync();
  }

  @Override
  public CompletableFuture<OkResult> destroy(boolean confirm) {
    return calls.destroy(confirm).sendAsync();
  }

  @Override
  public CompletableFuture<IdResult> add(Object doc) {
    return calls.add(doc).sendAsync();
  }

  @Override
  public CompletableFuture<DocResult> get(String id) {
    return calls.get(id).sendAsync();
  }

  @Override
  public CompletableFuture<IdResult> update(String id, Object doc) {
    return calls.update(id, doc).sendAsync();
  }

  @Override
  public CompletableFuture<IdResult> remove(String id) {
    return calls.remove(id).sendAsync();
  }

  @Override
  public CompletableFuture<DocsResult> list(ListOptions options) {
    return calls.list(options).sendAsync();
  }

  @Override
  public CompletableFuture<DocsResult> query(Object selector, QueryOptions options) {
    return calls.query(selector, options).sendAsync();
  }

  @Override
  public CompletableFuture<OkResult> index(String name, String... fields) {
    return calls.index(name, DataCalls.namesOf(fields), null).sendAsync();
  }

  @Override
  public CompletableFuture<OkResult> index(String name, List<SortField> fields) {
    return calls.index(name, fields, null).sendAsync();
  }

  @Override
  public CompletableFuture<OkResult> index(
      String name, List<SortField> fields, Object partialFilter) {
    return calls.index(name, fields, partialFilter).sendAsync();
  }

  @Override
  public CompletableFuture<BulkResult> bulk(List<?> docs) {
    return calls.bulk(docs).sendAsync();
  }

  @Override
  public String toString() {
    return "DataService[" + calls.http.baseUrl() + "]";
  }
}
