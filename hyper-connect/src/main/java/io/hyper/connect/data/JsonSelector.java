package io.hyper.connect.data;

import io.hyper.connect.internal.CodecValue;
import io.hyper.connect.internal.JsonCodec;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The selectors that {@link Selectors} builds: an immutable JSON object.
 *
 * <p>The object is kept in canonical form (each number read back from its JSON text, exactly), so
 * numbers compare by their JSON text: {@code 5}, {@code 5L} and a parsed {@code 5} make equal
 * selectors. Strings, numbers, booleans and {@code JsonNode}s become JSON at once; any other value
 * (a date, a record, a map) is kept as it is and encoded when the selector is sent, with the
 * client's {@link io.hyper.connect.json.DocumentCodec}, so a selector writes a date exactly as the
 * documents it should match were written. A whole selector given as a record or POJO ({@code
 * Selectors.of(query)}) is kept too, and the codec writes it when sent, field names included;
 * {@link #toJson()} and {@link #toString()} show it as Jackson's defaults render it.
 */
final class JsonSelector implements Selector, CodecValue {

  /** Renders {@link #toString()} only; what is sent goes through the client's codec. */
  static final JsonMapper JSON = JsonMapper.shared();

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  static final JsonSelector EMPTY = new JsonSelector(JSON.createObjectNode());

  private final ObjectNode json;
  private final String text;

  /** A whole selector given as a record or POJO, for the codec; {@code null} for any other. */
  private final Object whole;

  private JsonSelector(ObjectNode canonical) {
    this(canonical, null);
  }

  private JsonSelector(ObjectNode canonical, Object whole) {
    this.json = canonical;
    this.text = JSON.writeValueAsString(canonical);
    this.whole = whole;
  }

  /** Wraps a freshly built object, which nobody else may hold on to. */
  static JsonSelector wrap(ObjectNode built) {
    return new JsonSelector(canonical(built));
  }

  /** The object of any selector, as a canonical copy. */
  static JsonSelector from(Selector selector) {
    if (selector instanceof JsonSelector json) {
      return json;
    }
    return fromNode(selector.toJson());
  }

  static JsonSelector parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException("selector must not be null");
    }
    JsonNode node;
    try {
      node = JsonCodec.read(text.getBytes(StandardCharsets.UTF_8));
    } catch (JacksonException e) {
      throw new IllegalArgumentException(
          "selector must be a JSON object, was not valid JSON: " + e.getOriginalMessage(), e);
    }
    return fromNode(node);
  }

  static JsonSelector of(Object raw) {
    if (raw == null) {
      throw new IllegalArgumentException("selector must not be null");
    }
    if (raw instanceof Map<?, ?> map) {
      ObjectNode node = NODES.objectNode();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!(e.getKey() instanceof String key)) {
          throw new IllegalArgumentException(
              "selector must be a JSON object: its keys must be strings, was " + e.getKey());
        }
        node.set(key, value(e.getValue()));
      }
      return new JsonSelector(node);
    }
    JsonNode node = value(raw);
    if (node.isPojo()) {
      // A whole selector given as a record or POJO: the codec renders it when it is sent (its field
      // names may not be Jackson's defaults); rendered here only to check it is an object and to
      // show it.
      JsonNode shown;
      try {
        shown = JSON.valueToTree(raw);
      } catch (JacksonException e) {
        throw new IllegalArgumentException(
            "selector must render as a JSON object, failed: " + e.getOriginalMessage(), e);
      }
      return new JsonSelector(fromNode(shown).json, raw);
    }
    return fromNode(node);
  }

  private static JsonSelector fromNode(JsonNode node) {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException(
          "selector must be a JSON object, was " + (node == null ? "empty" : node.getNodeType()));
    }
    return new JsonSelector(canonical((ObjectNode) node));
  }

  /**
   * A value as a selector operand: JSON at once for JSON-like values, otherwise left for the codec.
   *
   * @param value the value; null is JSON {@code null}
   * @return its node
   */
  static JsonNode value(Object value) {
    if (value == null) {
      return NODES.nullNode();
    }
    if (value instanceof JsonNode node) {
      return canonical(node);
    }
    if (value instanceof String s) {
      return NODES.stringNode(s);
    }
    if (value instanceof Boolean b) {
      return NODES.booleanNode(b);
    }
    if (value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte
        || value instanceof BigInteger
        || value instanceof BigDecimal
        || value instanceof Double
        || value instanceof Float) {
      return JsonCodec.read(value.toString().getBytes(StandardCharsets.US_ASCII));
    }
    if (value instanceof Collection<?> c) {
      ArrayNode array = NODES.arrayNode();
      c.forEach(v -> array.add(value(v)));
      return array;
    }
    if (value instanceof Map<?, ?> map
        && map.keySet().stream().allMatch(k -> k instanceof String)) {
      ObjectNode object = NODES.objectNode();
      map.forEach((k, v) -> object.set((String) k, value(v)));
      return object;
    }
    return NODES.pojoNode(value);
  }

  /**
   * A copy whose numbers are read back from their text, exactly; values left for the codec kept.
   */
  private static ObjectNode canonical(ObjectNode node) {
    return (ObjectNode) canonical((JsonNode) node);
  }

  private static JsonNode canonical(JsonNode node) {
    if (node.isObject()) {
      ObjectNode out = NODES.objectNode();
      node.properties().forEach(e -> out.set(e.getKey(), canonical(e.getValue())));
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = NODES.arrayNode();
      node.forEach(e -> out.add(canonical(e)));
      return out;
    }
    if (node.isNumber()) {
      return JsonCodec.read(node.toString().getBytes(StandardCharsets.US_ASCII));
    }
    return node;
  }

  /** The object itself, for inspecting; callers must not modify it. */
  ObjectNode node() {
    return json;
  }

  /** Whether this is a whole record or POJO that only the codec can render faithfully. */
  boolean isWhole() {
    return whole != null;
  }

  /**
   * This selector as part of a bigger one: the object itself, or the whole record or POJO left for
   * the codec; callers must not modify it.
   */
  JsonNode embedded() {
    return whole != null ? NODES.pojoNode(whole) : json;
  }

  @Override
  public Object codecValue() {
    return whole != null ? whole : json;
  }

  @Override
  public ObjectNode toJson() {
    return json.deepCopy();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof JsonSelector that
        && json.equals(that.json)
        && Objects.equals(whole, that.whole);
  }

  @Override
  public int hashCode() {
    return json.hashCode();
  }

  /** The selector as compact JSON text, e.g. {@code {"year":{"$gt":1984}}}. */
  @Override
  public String toString() {
    return text;
  }
}
