package io.hyper.connect.cache;

/**
 * One entry of a cache query: hyper's {@code {key, value}}.
 *
 * @param <V> the value type
 * @param key the key
 * @param value the cached value
 */
public record CacheEntry<V>(String key, V value) {}
