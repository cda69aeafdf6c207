package io.hyper.local.adapter.caffeine;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Scheduler;
import io.hyper.local.core.cache.Glob;
import io.hyper.local.port.AddOutcome;
import io.hyper.local.port.CachePort;
import io.hyper.local.port.Scoped;
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
  public boolean createStore(String store) {
    return stores.putIfAbsent(store, newStore()) == null;
  }

  @Override
  public boolean destroyStore(String store) {
    Cache<String, Stored> removed = stores.remove(store);
    if (removed == null) {
      return false;
    }
    removed.invalidateAll();
    removed.cleanUp();
    return true;
  }

  @Override
  public List<String> stores() {
    return stores.keySet().stream().sorted().toList();
  }

  @Override
  public AddOutcome add(String store, String key, ObjectNode value, Optional<Duration> ttl) {
    Cache<String, Stored> cache = stores.get(store);
    if (cache == null) {
      return AddOutcome.NO_CONTAINER;
    }
    return cache.asMap().putIfAbsent(key, Stored.of(value, ttl)) == null
        ? AddOutcome.ADDED
        : AddOutcome.KEY_EXISTS;
  }

  @Override
  public Scoped<Optional<ObjectNode>> get(String store, String key) {
    Cache<String, Stored> cache = stores.get(store);
    return cache == null
        ? Scoped.missing()
        : Scoped.of(Optional.ofNullable(cache.getIfPresent(key)).map(Stored::value));
  }

  @Override
  public boolean set(String store, String key, ObjectNode value, Optional<Duration> ttl) {
    Cache<String, Stored> cache = stores.get(store);
    if (cache == null) {
      return false;
    }
    cache.put(key, Stored.of(value, ttl));
    return true;
  }

  @Override
  public boolean remove(String store, String key) {
    Cache<String, Stored> cache = stores.get(store);
    if (cache == null) {
      return false;
    }
    cache.invalidate(key);
    return true;
  }

  @Override
  public Scoped<List<Entry>> query(String store, Glob pattern) {
    Cache<String, Stored> cache = stores.get(store);
    if (cache == null) {
      return Scoped.missing();
    }
    List<Entry> matches = new ArrayList<>();
    for (Map.Entry<String, Stored> e : cache.asMap().entrySet()) {
      if (pattern.matches(e.getKey())) {
        matches.add(new Entry(e.getKey(), e.getValue().value()));
      }
    }
    return Scoped.of(matches);
  }

  @Override
  public Scoped<List<TimedEntry>> queryWithTtl(String store, Glob pattern) {
    Cache<String, Stored> cache = stores.get(store);
    if (cache == null) {
      return Scoped.missing();
    }
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
    return Scoped.of(matches);
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
    return stores.get(store).estimatedSize();
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
