package io.hyper.connect.cache;

import io.hyper.connect.DocResult;
import io.hyper.connect.DocsResult;
import io.hyper.connect.OkResult;
import io.hyper.connect.TypeRef;
import io.hyper.connect.internal.Call;
import io.hyper.connect.internal.Check;
import io.hyper.connect.internal.JsonCodec;
import io.hyper.connect.internal.Replies;
import io.hyper.connect.internal.ServiceClient;
import io.hyper.connect.internal.TtlFormat;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.node.ObjectNode;

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
 * <p>Every action has a sync form and an {@code ...Async} twin returning a {@link
 * CompletableFuture}; see {@link io.hyper.connect.data.DataService} for the shared rules on results
 * and exceptions.
 */
public final class CacheService {
  private final ServiceClient http;
  private final JsonCodec codec;

  /**
   * Creates the service; use {@link io.hyper.connect.Hyper#cache()} instead.
   *
   * @param http the service's client
   */
  public CacheService(ServiceClient http) {
    this.http = http;
    this.codec = http.codec();
  }

  /**
   * Creates the store ({@code PUT /cache/{store}}); 409 when it exists, 422 for an invalid name.
   *
   * @return the result
   */
  public OkResult create() {
    return createCall().send();
  }

  /**
   * Creates the store without blocking; see {@link #create()}.
   *
   * @return the future result
   */
  public CompletableFuture<OkResult> createAsync() {
    return createCall().sendAsync();
  }

  /**
   * Deletes the store and all its entries ({@code DELETE /cache/{store}}); 404 when missing.
   *
   * @param confirm must be {@code true}
   * @return the result
   * @throws IllegalArgumentException when {@code confirm} is false; nothing is sent
   */
  public OkResult destroy(boolean confirm) {
    return destroyCall(confirm).send();
  }

  /**
   * Deletes the store without blocking; see {@link #destroy(boolean)}.
   *
   * @param confirm must be {@code true}
   * @return the future result
   * @throws IllegalArgumentException when {@code confirm} is false; nothing is sent
   */
  public CompletableFuture<OkResult> destroyAsync(boolean confirm) {
    return destroyCall(confirm).sendAsync();
  }

  /**
   * Adds an entry that never expires ({@code POST /cache/{store}}); 409 when the key exists.
   *
   * @param key the key
   * @param value a value that serialises to a JSON object
   * @return the result
   * @throws IllegalArgumentException when the key is invalid or the value is null or not a JSON
   *     object
   */
  public OkResult add(String key, Object value) {
    return addCall(key, value, null).send();
  }

  /**
   * Adds an entry with a time to live; see {@link #add(String, Object)}.
   *
   * @param key the key
   * @param value the value
   * @param ttl e.g. {@code "30s"}, {@code "10m"}, {@code "1.5h"}
   * @return the result
   * @throws IllegalArgumentException when the key, value or ttl is invalid
   */
  public OkResult add(String key, Object value, String ttl) {
    return addCall(key, value, checkTtl(ttl)).send();
  }

  /**
   * Adds an entry with a time to live; see {@link #add(String, Object)}.
   *
   * @param key the key
   * @param value the value
   * @param ttl zero or positive, in whole milliseconds
   * @return the result
   * @throws IllegalArgumentException when the key, value or ttl is invalid
   */
  public OkResult add(String key, Object value, Duration ttl) {
    return addCall(key, value, TtlFormat.format(ttl)).send();
  }

  /**
   * Adds an entry without blocking; see {@link #add(String, Object)}.
   *
   * @param key the key
   * @param value the value
   * @return the future result
   * @throws IllegalArgumentException as {@link #add(String, Object)}
   */
  public CompletableFuture<OkResult> addAsync(String key, Object value) {
    return addCall(key, value, null).sendAsync();
  }

  /**
   * Adds an entry with a time to live without blocking; see {@link #add(String, Object, String)}.
   *
   * @param key the key
   * @param value the value
   * @param ttl the time to live
   * @return the future result
   * @throws IllegalArgumentException as {@link #add(String, Object, String)}
   */
  public CompletableFuture<OkResult> addAsync(String key, Object value, String ttl) {
    return addCall(key, value, checkTtl(ttl)).sendAsync();
  }

  /**
   * Adds an entry with a time to live without blocking; see {@link #add(String, Object, Duration)}.
   *
   * @param key the key
   * @param value the value
   * @param ttl the time to live
   * @return the future result
   * @throws IllegalArgumentException as {@link #add(String, Object, Duration)}
   */
  public CompletableFuture<OkResult> addAsync(String key, Object value, Duration ttl) {
    return addCall(key, value, TtlFormat.format(ttl)).sendAsync();
  }

  /**
   * Reads a value as a map ({@code GET /cache/{store}/{key}}); 404 when missing or expired.
   *
   * @param key the key
   * @return the result; {@link DocResult#doc()} is the value
   * @throws IllegalArgumentException when the key is invalid
   */
  public DocResult<Map<String, Object>> get(String key) {
    return this.<Map<String, Object>>getCall(key, codec.mapType()).send();
  }

  /**
   * Reads a value as a class; see {@link #get(String)}.
   *
   * @param <T> the value type
   * @param key the key
   * @param type the class to decode to
   * @return the result
   * @throws IllegalArgumentException when the key is invalid or {@code type} is null
   */
  public <T> DocResult<T> get(String key, Class<T> type) {
    return this.<T>getCall(key, codec.type(type)).send();
  }

  /**
   * Reads a value as a generic type; see {@link #get(String)}.
   *
   * @param <T> the value type
   * @param key the key
   * @param type the type to decode to
   * @return the result
   * @throws IllegalArgumentException when the key is invalid or {@code type} is null
   */
  public <T> DocResult<T> get(String key, TypeRef<T> type) {
    return this.<T>getCall(key, codec.type(type)).send();
  }

  /**
   * Reads a value as a map without blocking; see {@link #get(String)}.
   *
   * @param key the key
   * @return the future result
   * @throws IllegalArgumentException when the key is invalid
   */
  public CompletableFuture<DocResult<Map<String, Object>>> getAsync(String key) {
    return this.<Map<String, Object>>getCall(key, codec.mapType()).sendAsync();
  }

  /**
   * Reads a value as a class without blocking; see {@link #get(String, Class)}.
   *
   * @param <T> the value type
   * @param key the key
   * @param type the class to decode to
   * @return the future result
   * @throws IllegalArgumentException when the key is invalid or {@code type} is null
   */
  public <T> CompletableFuture<DocResult<T>> getAsync(String key, Class<T> type) {
    return this.<T>getCall(key, codec.type(type)).sendAsync();
  }

  /**
   * Reads a value as a generic type without blocking; see {@link #get(String, TypeRef)}.
   *
   * @param <T> the value type
   * @param key the key
   * @param type the type to decode to
   * @return the future result
   * @throws IllegalArgumentException when the key is invalid or {@code type} is null
   */
  public <T> CompletableFuture<DocResult<T>> getAsync(String key, TypeRef<T> type) {
    return this.<T>getCall(key, codec.type(type)).sendAsync();
  }

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
  public OkResult set(String key, Object value) {
    return setCall(key, value, null).send();
  }

  /**
   * Stores a value with a time to live; see {@link #set(String, Object)}.
   *
   * @param key the key
   * @param value the value
   * @param ttl e.g. {@code "30s"}, sent as the {@code ttl} query parameter
   * @return the result
   * @throws IllegalArgumentException when the key, value or ttl is invalid
   */
  public OkResult set(String key, Object value, String ttl) {
    return setCall(key, value, checkTtl(ttl)).send();
  }

  /**
   * Stores a value with a time to live; see {@link #set(String, Object)}.
   *
   * @param key the key
   * @param value the value
   * @param ttl zero or positive, in whole milliseconds
   * @return the result
   * @throws IllegalArgumentException when the key, value or ttl is invalid
   */
  public OkResult set(String key, Object value, Duration ttl) {
    return setCall(key, value, TtlFormat.format(ttl)).send();
  }

  /**
   * Stores a value without blocking; see {@link #set(String, Object)}.
   *
   * @param key the key
   * @param value the value
   * @return the future result
   * @throws IllegalArgumentException as {@link #set(String, Object)}
   */
  public CompletableFuture<OkResult> setAsync(String key, Object value) {
    return setCall(key, value, null).sendAsync();
  }

  /**
   * Stores a value with a time to live without blocking; see {@link #set(String, Object, String)}.
   *
   * @param key the key
   * @param value the value
   * @param ttl the time to live
   * @return the future result
   * @throws IllegalArgumentException as {@link #set(String, Object, String)}
   */
  public CompletableFuture<OkResult> setAsync(String key, Object value, String ttl) {
    return setCall(key, value, checkTtl(ttl)).sendAsync();
  }

  /**
   * Stores a value with a time to live without blocking; see {@link #set(String, Object,
   * Duration)}.
   *
   * @param key the key
   * @param value the value
   * @param ttl the time to live
   * @return the future result
   * @throws IllegalArgumentException as {@link #set(String, Object, Duration)}
   */
  public CompletableFuture<OkResult> setAsync(String key, Object value, Duration ttl) {
    return setCall(key, value, TtlFormat.format(ttl)).sendAsync();
  }

  /**
   * Deletes an entry ({@code DELETE /cache/{store}/{key}}); ok also when the key is absent.
   *
   * @param key the key
   * @return the result
   * @throws IllegalArgumentException when the key is invalid
   */
  public OkResult remove(String key) {
    return removeCall(key).send();
  }

  /**
   * Deletes an entry without blocking; see {@link #remove(String)}.
   *
   * @param key the key
   * @return the future result
   * @throws IllegalArgumentException when the key is invalid
   */
  public CompletableFuture<OkResult> removeAsync(String key) {
    return removeCall(key).sendAsync();
  }

  /**
   * Lists every unexpired entry (pattern {@code *}).
   *
   * @return the result; {@link DocsResult#docs()} holds the entries, in no particular order
   */
  public DocsResult<CacheEntry<Map<String, Object>>> query() {
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
  public DocsResult<CacheEntry<Map<String, Object>>> query(String pattern) {
    return this.<Map<String, Object>>queryCall(pattern, codec.mapType()).send();
  }

  /**
   * Lists matching entries with values as a class; see {@link #query(String)}.
   *
   * @param <T> the value type
   * @param pattern the glob
   * @param type the class to decode values to
   * @return the result
   * @throws IllegalArgumentException when the pattern is blank or {@code type} is null
   */
  public <T> DocsResult<CacheEntry<T>> query(String pattern, Class<T> type) {
    return this.<T>queryCall(pattern, codec.type(type)).send();
  }

  /**
   * Lists matching entries with values as a generic type; see {@link #query(String)}.
   *
   * @param <T> the value type
   * @param pattern the glob
   * @param type the type to decode values to
   * @return the result
   * @throws IllegalArgumentException when the pattern is blank or {@code type} is null
   */
  public <T> DocsResult<CacheEntry<T>> query(String pattern, TypeRef<T> type) {
    return this.<T>queryCall(pattern, codec.type(type)).send();
  }

  /**
   * Lists every entry without blocking; see {@link #query()}.
   *
   * @return the future result
   */
  public CompletableFuture<DocsResult<CacheEntry<Map<String, Object>>>> queryAsync() {
    return queryAsync("*");
  }

  /**
   * Lists matching entries without blocking; see {@link #query(String)}.
   *
   * @param pattern the glob
   * @return the future result
   * @throws IllegalArgumentException when the pattern is null or blank
   */
  public CompletableFuture<DocsResult<CacheEntry<Map<String, Object>>>> queryAsync(String pattern) {
    return this.<Map<String, Object>>queryCall(pattern, codec.mapType()).sendAsync();
  }

  /**
   * Lists matching entries as a class without blocking; see {@link #query(String, Class)}.
   *
   * @param <T> the value type
   * @param pattern the glob
   * @param type the class to decode values to
   * @return the future result
   * @throws IllegalArgumentException when the pattern is blank or {@code type} is null
   */
  public <T> CompletableFuture<DocsResult<CacheEntry<T>>> queryAsync(
      String pattern, Class<T> type) {
    return this.<T>queryCall(pattern, codec.type(type)).sendAsync();
  }

  /**
   * Lists matching entries as a generic type without blocking; see {@link #query(String, TypeRef)}.
   *
   * @param <T> the value type
   * @param pattern the glob
   * @param type the type to decode values to
   * @return the future result
   * @throws IllegalArgumentException when the pattern is blank or {@code type} is null
   */
  public <T> CompletableFuture<DocsResult<CacheEntry<T>>> queryAsync(
      String pattern, TypeRef<T> type) {
    return this.<T>queryCall(pattern, codec.type(type)).sendAsync();
  }

  // ---- request building, once per action ---------------------------------------------------

  private Call<OkResult> createCall() {
    return http.put("create").call(Replies::ok);
  }

  private Call<OkResult> destroyCall(boolean confirm) {
    Check.confirmed(confirm, "the cache store at " + http.baseUrl());
    return http.delete("destroy").call(Replies::ok);
  }

  private Call<OkResult> addCall(String key, Object value, String ttl) {
    Check.cacheKey(key);
    ObjectNode body = codec.object().put("key", key);
    body.set("value", codec.jsonObject(value, "value"));
    if (ttl != null) {
      body.put("ttl", ttl);
    }
    return http.post("add").json(body).call(Replies::ok);
  }

  private <T> Call<DocResult<T>> getCall(String key, JavaType type) {
    return http.get("get").segment(Check.cacheKey(key)).hyperShapedGet().call(Replies.<T>doc(type));
  }

  private Call<OkResult> setCall(String key, Object value, String ttl) {
    Check.cacheKey(key);
    ObjectNode body = codec.jsonObject(value, "value");
    return http.put("set").segment(key).query("ttl", ttl).json(body).call(Replies::ok);
  }

  private Call<OkResult> removeCall(String key) {
    return http.delete("remove").segment(Check.cacheKey(key)).call(Replies::ok);
  }

  private <T> Call<DocsResult<CacheEntry<T>>> queryCall(String pattern, JavaType valueType) {
    Check.notBlank(pattern, "pattern");
    JavaType entryType = codec.parametric(CacheEntry.class, valueType);
    return http.post("query")
        .action("_query")
        .query("pattern", pattern)
        .call(Replies.<CacheEntry<T>>docs(entryType));
  }

  private static String checkTtl(String ttl) {
    TtlFormat.parseMillis(ttl);
    return ttl;
  }
}
