package io.hyper.connect.internal.service;

import io.hyper.connect.DocResult;
import io.hyper.connect.OkResult;
import io.hyper.connect.cache.AsyncCacheService;
import io.hyper.connect.cache.EntriesResult;
import io.hyper.connect.internal.TtlFormat;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** Implements {@link AsyncCacheService}: each action sends its call without blocking. */
final class AsyncCache implements AsyncCacheService {
  private final CacheCalls calls;

  AsyncCache(CacheCalls calls) {
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
  public CompletableFuture<OkResult> add(String key, Object value) {
    return calls.add(key, value, null).sendAsync();
  }

  @Override
  public CompletableFuture<OkResult> add(String key, Object value, String ttl) {
    return calls.add(key, value, CacheCalls.checkTtl(ttl)).sendAsync();
  }

  @Override
  public CompletableFuture<OkResult> add(String key, Object value, Duration ttl) {
    return calls.add(key, value, TtlFormat.format(ttl)).sendAsync();
  }

  @Override
  public CompletableFuture<DocResult> get(String key) {
    return calls.get(key).sendAsync();
  }

  @Override
  public CompletableFuture<OkResult> set(String key, Object value) {
    return calls.set(key, value, null).sendAsync();
  }

  @Override
  public CompletableFuture<OkResult> set(String key, Object value, String ttl) {
    return calls.set(key, value, CacheCalls.checkTtl(ttl)).sendAsync();
  }

  @Override
  public CompletableFuture<OkResult> set(String key, Object value, Duration ttl) {
    return calls.set(key, value, TtlFormat.format(ttl)).sendAsync();
  }

  @Override
  public CompletableFuture<OkResult> remove(String key) {
    return calls.remove(key).sendAsync();
  }

  @Override
  public CompletableFuture<EntriesResult> query(String pattern) {
    return calls.query(pattern).sendAsync();
  }

  @Override
  public String toString() {
    return "CacheService[" + calls.http.baseUrl() + "]";
  }
}
