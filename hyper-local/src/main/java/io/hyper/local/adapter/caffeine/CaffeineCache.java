package io.hyper.local.adapter.caffeine;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Scheduler;
import io.hyper.local.core.HyperError;
import io.hyper.local.core.cache.Glob;
import io.hyper.local.port.CachePort;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import tools.jackson.databind.node.ObjectNode;

/**
 * The cache engine on Caffeine: one cache per store, each entry with its own ttl.
 *
 * <p>Expiry is checked on every access, so an expired entry is absent from get, query and add the
 * moment it expires; Caffeine's scheduler also removes it soon after, so its memory is reclaimed
 * even when nobody touches the store again. Thread-safe.
 */
public final class CaffeineCache implements CachePort {
  private final ConcurrentMap<String, Cache<String, Stored>> stores = new ConcurrentHashMap<>();
  private final ClockTicker ticker;

  /**
   * An engine whose ttls run on {@code clock}.
   *
   * @param clock the time source for expiry; the server's clock
   */
  public CaffeineCache(Clock clock) {
    this.ticker = new ClockTicker(Objects.requireNonNull(clock, "clock"));
  }

  @Override
  public void createStore(String store) {
    if (stores.putIfAbsent(store, newStore()) != null) {
      throw HyperError.conflict("cache already exists");
    }
  }

  @Override
  public void destroyStore(String store) {
    Cache<String, Stored> removed = stores.remove(store);
    if (removed == null) {
      throw HyperError.notFound("cache not found");
    }
    removed.invalidateAll();
    removed.cleanUp();
  }

  @Override
  public List<String> stores() {
    return stores.keySet().stream().sorted().toList();
  }

  @Override
  public void add(String store, String key, ObjectNode value, Optional<Duration> ttl) {
    if (store(store).asMap().putIfAbsent(key, Stored.of(value, ttl)) != null) {
      throw HyperError.conflict("document conflict");
    }
  }

  @Override
  public Optional<ObjectNode> get(String store, String key) {
    return Optional.ofNullable(store(store).getIfPresent(key)).map(Stored::value);
  }

  @Override
  public void set(String store, String key, ObjectNode value, Optional<Duration> ttl) {
    store(store).put(key, Stored.of(value, ttl));
  }

  @Override
  public void remove(String store, String key) {
    store(store).invalidate(key);
  }

  @Override
  public List<Entry> query(String store, Glob pattern) {
    List<Entry> matches = new ArrayList<>();
    for (Map.Entry<String, Stored> e : store(store).asMap().entrySet()) {
      if (pattern.matches(e.getKey())) {
        matches.add(new Entry(e.getKey(), e.getValue().value()));
      }
    }
    return matches;
  }

  @Override
  public List<TimedEntry> queryWithTtl(String store, Glob pattern) {
    Cache<String, Stored> cache = store(store);
    List<TimedEntry> matches = new ArrayList<>();
    for (Map.Entry<String, Stored> e : cache.asMap().entrySet()) {
      if (pattern.matches(e.getKey())) {
        Optional<Duration> remaining =
            e.getValue().lifetime() == Long.MAX_VALUE
                ? Optional.empty()
                : cache.policy().expireVariably().flatMap(p -> p.getExpiresAfter(e.getKey()));
        matches.add(new TimedEntry(e.getKey(), e.getValue().value(), remaining));
      }
    }
    return matches;
  }

  /** Drops every store. */
  @Override
  public void close() {
    stores.values().forEach(Cache::invalidateAll);
    stores.clear();
  }

  /**
   * How many entries a store holds in memory, expired ones not yet reclaimed included; for tests of
   * reclamation. Looking does not reclaim anything.
   */
  long resident(String store) {
    return store(store).estimatedSize();
  }

  private Cache<String, Stored> store(String store) {
    Cache<String, Stored> cache = stores.get(store);
    if (cache == null) {
      throw HyperError.notFound("cache not found");
    }
    return cache;
  }

  private Cache<String, Stored> newStore() {
    return Caffeine.newBuilder()
        .ticker(ticker)
        .expireAfter(new StoredExpiry())
        .executor(Runnable::run)
        .scheduler(Scheduler.systemScheduler())
        .build();
  }
}
