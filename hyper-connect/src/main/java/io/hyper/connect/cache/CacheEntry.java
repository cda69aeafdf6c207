package io.hyper.connect.cache;

import com.fasterxml.jackson.annotation.JsonValue;
import io.hyper.connect.HyperException;
import io.hyper.connect.TypeRef;
import io.hyper.connect.internal.Check;
import io.hyper.connect.internal.JsonCodec;
import io.hyper.connect.internal.ResultText;
import io.hyper.connect.internal.Untyped;
import io.hyper.connect.json.DocumentCodec;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * One entry of a cache query: its key, read by the SDK, and its value, kept as the JSON hyper sent
 * and decoded when asked with the client's codec: {@link #value()} as a map, {@link #value(Class)}
 * as a record or POJO, {@link #value(TypeRef)} as a generic type.
 */
public final class CacheEntry {
  private final String key;
  private final JsonNode value;
  private final DocumentCodec codec;
  private final String operation;

  /**
   * Creates an entry; the SDK makes them, and a test's fake service may too.
   *
   * @param key the key
   * @param value the value as JSON
   * @param codec decodes the value
   * @param operation the operation that read it, for error messages
   */
  public CacheEntry(String key, JsonNode value, DocumentCodec codec, String operation) {
    this.key = key;
    this.value = value;
    this.codec = Objects.requireNonNull(codec, "codec");
    this.operation = operation;
  }

  /**
   * Returns the entry's key.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * Returns the value as a map.
   *
   * @return the value, decoded anew on each call
   */
  public Map<String, Object> value() {
    return value(Untyped.MAP);
  }

  /**
   * Returns the value as a class, e.g. {@code value(Movie.class)}.
   *
   * @param <T> the value type
   * @param type a record, POJO or {@code JsonNode} class
   * @return the value
   * @throws HyperException when the value does not fit {@code type}
   */
  public <T> T value(Class<T> type) {
    return JsonCodec.decode(codec, value, Check.notNull(type, "type"), operation);
  }

  /**
   * Returns the value as a generic type.
   *
   * @param <T> the value type
   * @param type the type
   * @return the value
   * @throws HyperException when the value does not fit {@code type}
   */
  public <T> T value(TypeRef<T> type) {
    return JsonCodec.decode(codec, value, Check.notNull(type, "type").type(), operation);
  }

  /**
   * Returns the entry as plain Java values, {@code {key, value}}: what a JSON mapper (Jackson 2 or
   * 3) serialises for it.
   *
   * @return the entry as a map
   */
  @JsonValue
  public Map<String, Object> asMap() {
    return ResultText.asMap(toString());
  }

  JsonNode json() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CacheEntry e
        && Objects.equals(key, e.key)
        && Objects.equals(value, e.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, value);
  }

  /** The entry as JSON, {@code {"key":...,"value":{...}}}. */
  @Override
  public String toString() {
    return ResultText.json("key", key, "value", value);
  }
}
