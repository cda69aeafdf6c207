package io.hyper.connect.cache;

import io.hyper.connect.DocResult;
import io.hyper.connect.DocsResult;
import io.hyper.connect.OkResult;
import java.time.Duration;

/**
 * The cache service of one domain: JSON object values under keys, each with an optional time to
 * live. Get it from {@link io.hyper.connect.Hyper#cache()}.
 *
 * <p>Keys start with {@code a-z} and contain only {@code a-z 0-9 - ~ _ / $ +} (hyper's rule,
 * checked before sending). Values are {@code Map}s, records, POJOs or {@code JsonNode}s that
 * serialise to a JSON object. A TTL is either a string in hyper's {@code ms} format ({@code "30s"},
 * {@code "10m"}, {@code "1.5h"}, {@code "2 days"}, {@code "100"} = 100 ms) or a {@link Duration};
 * without one an entry never expires. Expired entries behave as absent.
 *
 * <p>Every action is declared once, in its sync form; {@link #async()} gives the same actions
 * returning a {@code CompletableFuture}. See {@link io.hyper.connect.data.DataService} for the
 * shared rules on results and exceptions.
 */
public interface CacheService {

  /**
   * Creates the store ({@code PUT /cache/{store}}); 409 when it exists, 422 for an invalid name.
   *
   * @return the result
   */
  OkResult create();

  /**
   * Deletes the store and all its entries ({@code DELETE /cache/{store}}); 404 when missing.
   *
   * @param confirm must be {@code true}
   * @return the result
   * @throws IllegalArgumentException when {@code confirm} is false; nothing is sent
   */
  OkResult destroy(boolean confirm);

  /**
   * Adds an entry that never expires ({@code POST /cache/{store}}); 409 when the key exists.
   *
   * @param key the key
   * @param value a value that serialises to a JSON object
   * @return the result
   * @throws IllegalArgumentException when the key is invalid or the value is null or not a JSON
   *     object
   */
  OkResult add(String key, Object value);

  /**
   * Adds an entry with a time to live; see {@link #add(String, Object)}.
   *
   * @param key the key
   * @param value the value
   * @param ttl e.g. {@code "30s"}, {@code "10m"}, {@code "1.5h"}
   * @return the result
   * @throws IllegalArgumentException when the key, value or ttl is invalid
   */
  OkResult add(String key, Object value, String ttl);

  /**
   * Adds an entry with a time to live; see {@link #add(String, Object)}.
   *
   * @param key the key
   * @param value the value
   * @param ttl zero or positive, in whole milliseconds
   * @return the result
   * @throws IllegalArgumentException when the key, value or ttl is invalid
   */
  OkResult add(String key, Object value, Duration ttl);

  /**
   * Reads a value ({@code GET /cache/{store}/{key}}); 404 when missing or expired.
   *
   * @param key the key
   * @return the result; {@link DocResult#doc()} is the value
   * @throws IllegalArgumentException when the key is invalid
   */
  DocResult get(String key);

  /**
   * Stores a value under a key, replacing any value and creating the key when missing ({@code PUT
   * /cache/{store}/{key}}). The entry never expires, even if it had a ttl before.
   *
   * @param key the key
   * @param value a value that serialises to a JSON object
   * @return the result
   * @throws IllegalArgumentException when the key is invalid or the value is null or not a JSON
   *     object
   */
  OkResult set(String key, Object value);

  /**
   * Stores a value with a time to live; see {@link #set(String, Object)}.
   *
   * @param key the key
   * @param value the value
   * @param ttl e.g. {@code "30s"}, sent as the {@code ttl} query parameter
   * @return the result
   * @throws IllegalArgumentException when the key, value or ttl is invalid
   */
  OkResult set(String key, Object value, String ttl);

  /**
   * Stores a value with a time to live; see {@link #set(String, Object)}.
   *
   * @param key the key
   * @param value the value
   * @param ttl zero or positive, in whole milliseconds
   * @return the result
   * @throws IllegalArgumentException when the key, value or ttl is invalid
   */
  OkResult set(String key, Object value, Duration ttl);

  /**
   * Deletes an entry ({@code DELETE /cache/{store}/{key}}); ok also when the key is absent.
   *
   * @param key the key
   * @return the result
   * @throws IllegalArgumentException when the key is invalid
   */
  OkResult remove(String key);

  /**
   * Lists every unexpired entry (pattern {@code *}).
   *
   * @return the result; {@link DocsResult#docs()} holds the entries, in no particular order
   */
  default EntriesResult query() {
    return query("*");
  }

  /**
   * Lists the unexpired entries whose key matches a glob ({@code POST
   * /cache/{store}/_query?pattern=...}): each {@code *} matches any run of characters, everything
   * else is literal and case-sensitive, and the whole key must match ({@code movie-*}, {@code
   * *-1984}, {@code movie*1984}).
   *
   * @param pattern the glob
   * @return the result
   * @throws IllegalArgumentException when the pattern is null or blank
   */
  EntriesResult query(String pattern);

  /**
   * Returns the async form of this service: the same actions, each returning a {@link
   * java.util.concurrent.CompletableFuture} at once instead of blocking.
   *
   * @return the async view; the same object on every call
   */
  AsyncCacheService async();
}
