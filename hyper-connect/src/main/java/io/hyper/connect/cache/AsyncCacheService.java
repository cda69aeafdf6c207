package io.hyper.connect.cache;

import io.hyper.connect.DocResult;
import io.hyper.connect.OkResult;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * The async form of {@link CacheService}, from {@link CacheService#async()}: the same actions, each
 * returning a {@link CompletableFuture} at once. Each sends the same request and maps the answer as
 * its sync form; the future fails with the exception the sync form throws (not wrapped). Invalid
 * arguments throw {@link IllegalArgumentException} at once, before anything is sent.
 */
public interface AsyncCacheService {

  /** {@link CacheService#create()}, without blocking. */
  CompletableFuture<OkResult> create();

  /** {@link CacheService#destroy(boolean)}, without blocking. */
  CompletableFuture<OkResult> destroy(boolean confirm);

  /** {@link CacheService#add(String,Object)}, without blocking. */
  CompletableFuture<OkResult> add(String key, Object value);

  /** {@link CacheService#add(String,Object,String)}, without blocking. */
  CompletableFuture<OkResult> add(String key, Object value, String ttl);

  /** {@link CacheService#add(String,Object,Duration)}, without blocking. */
  CompletableFuture<OkResult> add(String key, Object value, Duration ttl);

  /** {@link CacheService#get(String)}, without blocking. */
  CompletableFuture<DocResult> get(String key);

  /** {@link CacheService#set(String,Object)}, without blocking. */
  CompletableFuture<OkResult> set(String key, Object value);

  /** {@link CacheService#set(String,Object,String)}, without blocking. */
  CompletableFuture<OkResult> set(String key, Object value, String ttl);

  /** {@link CacheService#set(String,Object,Duration)}, without blocking. */
  CompletableFuture<OkResult> set(String key, Object value, Duration ttl);

  /** {@link CacheService#remove(String)}, without blocking. */
  CompletableFuture<OkResult> remove(String key);

  /** {@link CacheService#query()}, without blocking. */
  default CompletableFuture<EntriesResult> query() {
    return query("*");
  }

  /** {@link CacheService#query(String)}, without blocking. */
  CompletableFuture<EntriesResult> query(String pattern);
}
