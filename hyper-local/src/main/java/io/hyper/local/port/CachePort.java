package io.hyper.local.port;

import io.hyper.local.core.HyperError;
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
 * not be modified. Implementations are thread-safe.
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

  /**
   * Creates an empty store.
   *
   * @throws HyperError 409 when it exists
   */
  void createStore(String store);

  /**
   * Deletes a store and every entry in it.
   *
   * @throws HyperError 404 when it does not exist
   */
  void destroyStore(String store);

  /** The names of all stores, sorted. */
  List<String> stores();

  /**
   * Adds an entry that must not exist yet (an expired one does not count).
   *
   * @param ttl how long the entry lives; empty for ever; zero or negative expires it at once
   * @throws HyperError 404 when the store does not exist; 409 when the key holds a live entry
   */
  void add(String store, String key, ObjectNode value, Optional<Duration> ttl);

  /**
   * Reads a live entry.
   *
   * @return the value, or empty when the key is absent or expired
   * @throws HyperError 404 when the store does not exist
   */
  Optional<ObjectNode> get(String store, String key);

  /**
   * Creates or replaces an entry; its ttl becomes {@code ttl}, so an empty ttl clears any expiry.
   *
   * @throws HyperError 404 when the store does not exist
   */
  void set(String store, String key, ObjectNode value, Optional<Duration> ttl);

  /**
   * Removes an entry; removing an absent key does nothing.
   *
   * @throws HyperError 404 when the store does not exist
   */
  void remove(String store, String key);

  /**
   * Lists the live entries whose keys match {@code pattern}, in no particular order.
   *
   * @throws HyperError 404 when the store does not exist
   */
  List<Entry> query(String store, Glob pattern);

  /**
   * {@link #query}, with each entry's remaining ttl (read-only; for hyper vision).
   *
   * @throws HyperError 404 when the store does not exist
   */
  List<TimedEntry> queryWithTtl(String store, Glob pattern);

  /** Releases the engine; entries of an in-memory engine are gone afterwards. */
  @Override
  void close();
}
