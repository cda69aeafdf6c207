package io.hyper.connect.internal.service;

import io.hyper.connect.DocResult;
import io.hyper.connect.OkResult;
import io.hyper.connect.cache.AsyncCacheService;
import io.hyper.connect.cache.CacheService;
import io.hyper.connect.cache.EntriesResult;
import io.hyper.connect.internal.ServiceClient;
import io.hyper.connect.internal.TtlFormat;
import java.time.Duration;

/** Implements {@link CacheService}: each action sends its call on the calling thread. */
final class SyncCache implements CacheService {
  private final CacheCalls calls;
  private final AsyncCacheService async;

  SyncCache(ServiceClient http) {
    this.calls = new CacheCalls(http);
    this.async = new AsyncCache(calls);
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
  public OkResult add(String key, Object value) {
    return calls.add(key, value, null).send();
  }

  @Override
  public OkResult add(String key, Object value, String ttl) {
    return calls.add(key, value, CacheCalls.checkTtl(ttl)).send();
  }

  @Override
  public OkResult add(String key, Object value, Duration ttl) {
    return calls.add(key, value, TtlFormat.format(ttl)).send();
  }

  @Override
  public DocResult get(String key) {
    return calls.get(key).send();
  }

  @Override
  public OkResult set(String key, Object value) {
    return calls.set(key, value, null).send();
  }

  @Override
  public OkResult set(String key, Object value, String ttl) {
    return calls.set(key, value, CacheCalls.checkTtl(ttl)).send();
  }

  @Override
  public OkResult set(String key, Object value, Duration ttl) {
    return calls.set(key, value, TtlFormat.format(ttl)).send();
  }

  @Override
  public OkResult remove(String key) {
    return calls.remove(key).send();
  }

  @Override
  public EntriesResult query(String pattern) {
    return calls.query(pattern).send();
  }

  @Override
  public AsyncCacheService async() {
    return async;
  }

  @Override
  public String toString() {
    return "CacheService[" + calls.http.baseUrl() + "]";
  }
}
