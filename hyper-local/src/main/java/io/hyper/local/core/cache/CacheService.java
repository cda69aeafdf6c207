package io.hyper.local.core.cache;

import io.hyper.local.core.HyperError;
import io.hyper.local.port.CachePort;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The cache service: checks names, keys, values and ttls by hyper's rules, then calls the engine.
 * Every check happens before the engine is touched, so a rejected request changes nothing.
 */
public final class CacheService implements AutoCloseable {
  private final CachePort port;

  /** A service over {@code port}. */
  public CacheService(CachePort port) {
    this.port = Objects.requireNonNull(port, "port");
  }

  /**
   * Creates a store under {@code name} lower-cased.
   *
   * @throws HyperError 422 for an invalid name; 409 when the store exists
   */
  public void createStore(String name) {
    if (!port.createStore(CacheNames.forCreate(name))) {
      throw HyperError.conflict("cache already exists");
    }
  }

  /**
   * Deletes a store and its entries.
   *
   * @throws HyperError 422 for an invalid name; 404 when the store does not exist
   */
  public void destroyStore(String name) {
    if (!port.destroyStore(CacheNames.checkStore(name))) {
      throw noStore();
    }
  }

  /** The names of all stores, sorted. */
  public List<String> stores() {
    return port.stores();
  }

  /**
   * Adds an entry.
   *
   * @param key the {@code key} field of the body (may be missing or not a string)
   * @param value the {@code value} field of the body
   * @param ttl the {@code ttl} field of the body, see {@link Ttl#fromJson}
   * @throws HyperError 422 for an invalid key, value or ttl; 404 for a missing store; 409 when the
   *     key holds a live entry
   */
  public void add(String store, JsonNode key, JsonNode value, JsonNode ttl) {
    if (key == null || !key.isString()) {
      throw HyperError.unprocessable("key is required and must be a string");
    }
    String checkedKey = CacheNames.checkKey(key.stringValue());
    ObjectNode checkedValue = object(value);
    Optional<Duration> checkedTtl = Ttl.fromJson(ttl);
    switch (port.add(store, checkedKey, checkedValue, checkedTtl)) {
      case ADDED -> {}
      case KEY_EXISTS -> throw HyperError.conflict("document conflict");
      case NO_CONTAINER -> throw noStore();
    }
  }

  /**
   * Reads an entry.
   *
   * @throws HyperError 422 for an invalid key; 404 when the store, the key or a live entry is
   *     missing
   */
  public ObjectNode get(String store, String key) {
    return port.get(store, CacheNames.checkKey(key))
        .orElseThrow(CacheService::noStore)
        .orElseThrow(() -> HyperError.notFound("document not found"));
  }

  /**
   * Creates or replaces an entry; without a ttl it never expires, whatever it had before.
   *
   * @param ttl the {@code ?ttl=} query parameter, when present
   * @throws HyperError 422 for an invalid key, value or ttl; 404 for a missing store
   */
  public void set(String store, String key, JsonNode value, Optional<String> ttl) {
    String checkedKey = CacheNames.checkKey(key);
    ObjectNode checkedValue = object(value);
    Optional<Duration> checkedTtl = ttl.map(Ttl::parse);
    if (!port.set(store, checkedKey, checkedValue, checkedTtl)) {
      throw noStore();
    }
  }

  /**
   * Removes an entry; an absent key is fine.
   *
   * @throws HyperError 422 for an invalid key; 404 for a missing store
   */
  public void remove(String store, String key) {
    if (!port.remove(store, CacheNames.checkKey(key))) {
      throw noStore();
    }
  }

  /**
   * Lists the live entries whose keys match a glob.
   *
   * @param pattern the glob; empty means {@code *}
   * @throws HyperError 422 for an invalid store name; 404 for a missing store
   */
  public List<CachePort.Entry> query(String store, Optional<String> pattern) {
    return port.query(CacheNames.checkStore(store), pattern.map(Glob::of).orElse(Glob.ALL))
        .orElseThrow(CacheService::noStore);
  }

  private static HyperError noStore() {
    return HyperError.notFound("cache not found");
  }

  private static ObjectNode object(JsonNode value) {
    if (value == null || !value.isObject()) {
      throw HyperError.unprocessable(
          "value must be a JSON object, was "
              + (value == null
                  ? "missing"
                  : value.getNodeType().toString().toLowerCase(Locale.ROOT)));
    }
    return (ObjectNode) value;
  }

  /** Closes the engine; an in-memory engine drops its entries. */
  @Override
  public void close() {
    port.close();
  }
}
