package io.hyper.connect.data;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The selectors that {@link Selectors} builds: an immutable JSON object.
 *
 * <p>The object is kept in canonical form (written and read back once), so numbers compare by their
 * JSON text: {@code 5}, {@code 5L} and a parsed {@code 5} make equal selectors, and a selector
 * equals the one parsed from its own {@link #toString()}.
 */
final class JsonSelector implements Selector {

  /** Values are rendered with Jackson's defaults; pass a {@code JsonNode} for full control. */
  static final JsonMapper JSON = JsonMapper.shared();

  static final JsonSelector EMPTY = new JsonSelector(JSON.createObjectNode());

  private final ObjectNode json;
  private final String text;

  private JsonSelector(ObjectNode canonical) {
    this.json = canonical;
    this.text = JSON.writeValueAsString(canonical);
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
      node = JSON.readTree(text);
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
    JsonNode node;
    try {
      node = JSON.valueToTree(raw);
    } catch (JacksonException e) {
      throw new IllegalArgumentException(
          "selector must render as a JSON object, failed: " + e.getOriginalMessage(), e);
    }
    return fromNode(node);
  }

  private static JsonSelector fromNode(JsonNode node) {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException(
          "selector must be a JSON object, was " + (node == null ? "empty" : node.getNodeType()));
    }
    return new JsonSelector(canonical(node));
  }

  private static ObjectNode canonical(JsonNode node) {
    return (ObjectNode) JSON.readTree(JSON.writeValueAsString(node));
  }

  /** The object itself, for building bigger selectors; callers must not modify it. */
  ObjectNode node() {
    return json;
  }

  @Override
  public ObjectNode toJson() {
    return json.deepCopy();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof JsonSelector that && json.equals(that.json);
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
