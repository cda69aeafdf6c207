package io.hyper.connect.internal.service;

import io.hyper.connect.BulkResult;
import io.hyper.connect.DocResult;
import io.hyper.connect.DocsResult;
import io.hyper.connect.IdResult;
import io.hyper.connect.OkResult;
import io.hyper.connect.data.AsyncDataService;
import io.hyper.connect.data.DataService;
import io.hyper.connect.data.ListOptions;
import io.hyper.connect.data.QueryOptions;
import io.hyper.connect.data.SortField;
import io.hyper.connect.internal.ServiceClient;
import java.util.List;

/** Implements {@link DataService}: each action sends its call on the calling thread. */
final class SyncData implements DataService {
  private final DataCalls calls;
  private final AsyncDataService async;

  SyncData(ServiceClient http) {
    this.calls = new DataCalls(http);
    this.async = new AsyncData(calls);
  }

  @Override
  public OkResult create() {
    return calls.create().send();
  }

  @Override
  public OkResult destroy(boolean confirm) {
    return calls.destroy(confirm).send();
  }

  @Override
  public IdResult add(Object doc) {
    return calls.add(doc).send();
  }

  @Override
  public DocResult get(String id) {
    return calls.get(id).send();
  }

  @Override
  public IdResult update(String id, Object doc) {
    return calls.update(id, doc).send();
  }

  @Override
  public IdResult remove(String id) {
    return calls.remove(id).send();
  }

  @Override
  public DocsResult list(ListOptions options) {
    return calls.list(options).send();
  }

  @Override
  public DocsResult query(Object selector, QueryOptions options) {
    return calls.query(selector, options).send();
  }

  @Override
  public OkResult index(String name, String... fields) {
    return calls.index(name, DataCalls.namesOf(fields), null).send();
  }

  @Override
  public OkResult index(String name, List<SortField> fields) {
    return calls.index(name, fields, null).send();
  }

  @Override
  public OkResult index(String name, List<SortField> fields, Object partialFilter) {
    return calls.index(name, fields, partialFilter).send();
  }

  @Override
  public BulkResult bulk(List<?> docs) {
    return calls.bulk(docs).send();
  }

  @Override
  public AsyncDataService async() {
    return async;
  }

  @Override
  public String toString() {
    return "DataService[" + calls.http.baseUrl() + "]";
  }
}
