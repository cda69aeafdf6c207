package io.hyper.local.port;

import io.hyper.local.core.cache.Glob;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the cache service needs from an engine: named stores of JSON objects under string keys, each
 * with an optional time to live.
 *
 * <p>Callers pass names, keys and values that already passed the rules of {@link
 * io.hyper.local.core.cache.CacheService}. An expired entry is absent for every operation from the
 * moment it expires. Values handed in belong to the engine afterwards, and values handed out must
 * not be modified. Outcomes a client caused (a store that exists or is missing, a key taken) are
 * return values, never exceptions. Implementations are thread-safe.
 */
public interface CachePort extends AutoCloseable {
  /** One live entry of a store. */
  record Entry(String key, ObjectNode value) {}

  /**
   * One live entry with the time it has left.
   *
   * @param remaining how long until it expires; empty when it never does
   */
  record TimedEntry(String key, ObjectNode value, Optional<Duration> remaining) {}

  /** Creates an empty store; false when it exists (nothing changes then). */
  boolean createStore(String store);

  /** Deletes a store and every entry in it, at once; false when it does not exist. */
  boolean destroyStore(String store);

  /** The names of all stores, sorted. */
  List<String> stores();

  /**
   * Adds an entry that must not exist yet (an expired one does not count).
   *
   * @param ttl how long the entry lives; empty for ever; zero or negative expires it at once
   */
  AddOutcome add(String store, String key, ObjectNode value, Optional<Duration> ttl);

  /** Reads a live entry: empty when the key is absent or expired. */
  Scoped<Optional<ObjectNode>> get(String store, String key);

  /**
   * Creates or replaces an entry; its ttl becomes {@code ttl}, so an empty ttl clears any expiry.
   *
   * @return false when the store does not exist
   */
  boolean set(String store, String key, ObjectNode value, Optional<Duration> ttl);

  /** Removes an entry; removing an absent key does nothing. False when the store is missing. */
  boolean remove(String store, String key);

  /** Lists the live entries whose keys match {@code pattern}, in no particular order. */
  Scoped<List<Entry>> query(String store, Glob pattern);

  /** {@link #query}, with each entry's remaining ttl (read-only; for hyper vision). */
  Scoped<List<TimedEntry>> queryWithTtl(String store, Glob pattern);

  /** Releases the engine; entries of an in-memory engine are gone afterwards. */
  @Override
  void close();
}
