package io.hyper.local.redis;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.hyper.local.core.Json;
import io.hyper.local.core.cache.Glob;
import io.hyper.local.port.AddOutcome;
import io.hyper.local.port.CachePort;
import io.hyper.local.port.Scoped;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import redis.clients.jedis.UnifiedJedis;
import tools.jackson.databind.node.ObjectNode;

/**
 * The cache engine on Redis: each entry one string key holding its value as compact JSON, its ttl
 * Redis's own ({@code SET … PX}), so it ends on every instance at once.
 *
 * <p>Keys are laid out by {@link KeySpace}. Each operation on a store is one Lua script ({@link
 * Script}) that checks the store's marker still holds the generation this process believes current,
 * so an operation either happens in the live store or reports it gone — never in a destroyed one.
 * The generations are remembered per process (a bounded cache); a stale one only costs a retry,
 * since the script answers with the current one. Queries {@code SCAN} the prefix of the store's
 * generation with a translated glob, read the values in batches under the same check, and check the
 * generation once more at the end, so a destroy during a query makes it answer "missing", never
 * part of the store. Thread-safe.
 */
final class RedisCache implements CachePort {
  /** The longest ttl kept as given; longer ones are cut to it (about 292 years, as the core's). */
  static final Duration MAX_TTL = Duration.ofNanos(Long.MAX_VALUE);

  private static final int RETRIES = 10;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final UnifiedJedis redis;
  private final KeySpace keys;
  private final RedisFaults faults;
  private final Reaper reaper;
  private final Cache<String, String> generations =
      Caffeine.newBuilder().maximumSize(10_000).build();

  /**
   * An engine on {@code redis} under {@code keys}; it owns {@code redis} and closes it.
   *
   * @param engine the engine's URL with its password masked, for the log
   */
  RedisCache(UnifiedJedis redis, KeySpace keys, String engine) {
    this.redis = Objects.requireNonNull(redis, "redis");
    this.keys = Objects.requireNonNull(keys, "keys");
    this.faults = new RedisFaults(engine);
    this.reaper = new Reaper(redis, keys);
  }

  @Override
  public boolean createStore(String store) {
    String generation = HexFormat.of().toHexDigits(RANDOM.nextLong());
    boolean created =
        faults.run(
            "create a store",
            () ->
                Long.valueOf(1)
                    .equals(
                        Script.CREATE.run(
                            redis,
                            List.of(keys.marker(store), keys.registry()),
                            List.of(generation, store))));
    if (created) {
      generations.put(store, generation);
    }
    return created;
  }

  @Override
  public boolean destroyStore(String store) {
    Object destroyed =
        faults.run(
            "destroy a store",
            () ->
                Script.DESTROY.run(
                    redis,
                    List.of(keys.marker(store), keys.registry(), keys.reaping()),
                    List.of(store, keys.marker(store) + ":")));
    generations.invalidate(store);
    if (destroyed instanceof String generation) {
      reaper.reap(keys.entries(store, generation));
      return true;
    }
    return false;
  }

  @Override
  public List<String> stores() {
    return faults.run("list the stores", () -> redis.smembers(keys.registry())).stream()
        .sorted()
        .toList();
  }

  @Override
  public AddOutcome add(String store, String key, ObjectNode value, Optional<Duration> ttl) {
    List<Object> reply = write(store, key, value, ttl, "nx");
    if (reply == null) {
      return AddOutcome.NO_CONTAINER;
    }
    return Long.valueOf(1).equals(reply.get(1)) ? AddOutcome.ADDED : AddOutcome.KEY_EXISTS;
  }

  @Override
  public Scoped<Optional<ObjectNode>> get(String store, String key) {
    List<Object> reply =
        guarded(
            "read an entry",
            store,
            generation ->
                Script.READ.run(
                    redis,
                    List.of(keys.marker(store), keys.entries(store, generation) + key),
                    List.of(generation)));
    return reply == null
        ? Scoped.missing()
        : Scoped.of(Optional.ofNullable((String) reply.get(1)).map(RedisCache::parse));
  }

  @Override
  public boolean set(String store, String key, ObjectNode value, Optional<Duration> ttl) {
    return write(store, key, value, ttl, "") != null;
  }

  @Override
  public boolean remove(String store, String key) {
    return guarded(
            "remove an entry",
            store,
            generation ->
                Script.REMOVE.run(
                    redis,
                    List.of(keys.marker(store), keys.entries(store, generation) + key),
                    List.of(generation)))
        != null;
  }

  @Override
  public Scoped<List<Entry>> query(String store, Glob pattern) {
    return scan(store, pattern, false)
        .map(found -> found.stream().map(e -> new Entry(e.key(), e.value())).toList());
  }

  @Override
  public Scoped<List<TimedEntry>> queryWithTtl(String store, Glob pattern) {
    return scan(store, pattern, true);
  }

  /** Stops the reaper and closes every connection. */
  @Override
  public void close() {
    reaper.close();
    redis.close();
  }

  private List<Object> write(
      String store, String key, ObjectNode value, Optional<Duration> ttl, String mode) {
    String json = Json.MAPPER.writeValueAsString(value);
    String millis = ttl.map(RedisCache::millis).orElse("");
    return guarded(
        "write an entry",
        store,
        generation ->
            Script.WRITE.run(
                redis,
                List.of(keys.marker(store), keys.entries(store, generation) + key),
                List.of(generation, json, millis, mode)));
  }

  private Scoped<List<TimedEntry>> scan(String store, Glob pattern, boolean withTtl) {
    StoreScan scan = new StoreScan(redis, keys, store, pattern, withTtl);
    for (int attempt = 0; attempt < RETRIES; attempt++) {
      String generation = generation(store);
      if (generation == null) {
        return Scoped.missing();
      }
      Optional<List<TimedEntry>> found = faults.run("query a store", () -> scan.run(generation));
      if (found.isPresent()) {
        return Scoped.of(found.get());
      }
      generations.invalidate(store);
    }
    throw faults.busy("query a store");
  }

  /**
   * Runs {@code script} with the store's generation until it is not stale.
   *
   * @return the script's reply, or null when the store does not exist
   */
  private List<Object> guarded(String doing, String store, Function<String, Object> script) {
    String generation = generation(store);
    for (int attempt = 0; attempt < RETRIES && generation != null; attempt++) {
      String tried = generation;
      List<?> reply = faults.run(doing, () -> (List<?>) script.apply(tried));
      if (Long.valueOf(1).equals(reply.get(0))) {
        @SuppressWarnings("unchecked")
        List<Object> ok = (List<Object>) reply;
        return ok;
      }
      generation = reply.size() > 1 ? (String) reply.get(1) : null;
      remember(store, generation);
    }
    if (generation == null) {
      return null;
    }
    throw faults.busy(doing);
  }

  /** The store's generation as this process knows it, read from Redis when it does not. */
  private String generation(String store) {
    String known = generations.getIfPresent(store);
    if (known != null) {
      return known;
    }
    String read = faults.run("read a store", () -> redis.get(keys.marker(store)));
    remember(store, read);
    return read;
  }

  private void remember(String store, String generation) {
    if (generation == null) {
      generations.invalidate(store);
    } else {
      generations.put(store, generation);
    }
  }

  /** A positive ttl in whole milliseconds, rounded up; "0" for one that has already ended. */
  private static String millis(Duration ttl) {
    if (ttl.isNegative() || ttl.isZero()) {
      return "0";
    }
    Duration capped = ttl.compareTo(MAX_TTL) > 0 ? MAX_TTL : ttl;
    long millis = capped.toMillis();
    return Long.toString(capped.equals(Duration.ofMillis(millis)) ? millis : millis + 1);
  }

  /** A stored value. */
  static ObjectNode parse(String json) {
    return (ObjectNode) Json.MAPPER.readTree(json);
  }
}
