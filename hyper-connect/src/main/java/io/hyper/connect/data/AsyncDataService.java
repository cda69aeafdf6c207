package io.hyper.connect.data;

import io.hyper.connect.BulkResult;
import io.hyper.connect.DocResult;
import io.hyper.connect.DocsResult;
import io.hyper.connect.IdResult;
import io.hyper.connect.OkResult;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The async form of {@link DataService}, from {@link DataService#async()}: the same actions, each
 * returning a {@link CompletableFuture} at once. Each sends the same request and maps the answer as
 * its sync form; the future fails with the exception the sync form throws (not wrapped). Invalid
 * arguments throw {@link IllegalArgumentException} at once, before anything is sent.
 */
public interface AsyncDataService {

  /** {@link DataService#create()}, without blocking. */
  CompletableFuture<OkResult> create();

  /** {@link DataService#destroy(boolean)}, without blocking. */
  CompletableFuture<OkResult> destroy(boolean confirm);

  /** {@link DataService#add(Object)}, without blocking. */
  CompletableFuture<IdResult> add(Object doc);

  /** {@link DataService#get(String)}, without blocking. */
  CompletableFuture<DocResult> get(String id);

  /** {@link DataService#update(String,Object)}, without blocking. */
  CompletableFuture<IdResult> update(String id, Object doc);

  /** {@link DataService#remove(String)}, without blocking. */
  CompletableFuture<IdResult> remove(String id);

  /** {@link DataService#list()}, without blocking. */
  default CompletableFuture<DocsResult> list() {
    return list(ListOptions.none());
  }

  /** {@link DataService#list(ListOptions)}, without blocking. */
  CompletableFuture<DocsResult> list(ListOptions options);

  /** {@link DataService#query(Object)}, without blocking. */
  default CompletableFuture<DocsResult> query(Object selector) {
    return query(selector, QueryOptions.none());
  }

  /** {@link DataService#query(Object,QueryOptions)}, without blocking. */
  CompletableFuture<DocsResult> query(Object selector, QueryOptions options);

  /** {@link DataService#index(String,String...)}, without blocking. */
  CompletableFuture<OkResult> index(String name, String... fields);

  /** {@link DataService#index(String,List)}, without blocking. */
  CompletableFuture<OkResult> index(String name, List<SortField> fields);

  /** {@link DataService#index(String,List,Object)}, without blocking. */
  CompletableFuture<OkResult> index(String name, List<SortField> fields, Object partialFilter);

  /** {@link DataService#bulk(List)}, without blocking. */
  CompletableFuture<BulkResult> bulk(List<?> docs);
}
