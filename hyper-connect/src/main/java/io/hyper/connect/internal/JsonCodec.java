package io.hyper.connect.internal;

import io.hyper.connect.HyperException;
import io.hyper.connect.TypeRef;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The SDK's one JSON codec: turns arguments into JSON trees and answers into the caller's types,
 * with the configured {@link ObjectMapper}.
 */
public final class JsonCodec {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ObjectMapper mapper;
  private final JavaType mapType;

  /**
   * Creates a codec over a mapper.
   *
   * @param mapper the mapper used for documents
   */
  public JsonCodec(ObjectMapper mapper) {
    this.mapper = Check.notNull(mapper, "objectMapper");
    this.mapType = mapper.getTypeFactory().constructType(Map.class);
    // Map<String, Object> is the untyped document form.
  }

  /**
   * Returns the mapper the SDK uses when none is configured: unknown properties are ignored, and a
   * null or missing primitive becomes its default.
   *
   * @return a new default mapper
   */
  public static ObjectMapper defaultMapper() {
    // Lenient the way a Java developer expects: unknown properties are ignored, and a missing or
    // null value for a primitive (a cached {title} read as a record with an int year) becomes its
    // default instead of failing, as Jackson 2 did.
    return JsonMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .build();
  }

  /**
   * Returns a new, empty JSON object.
   *
   * @return an object node
   */
  public ObjectNode object() {
    return NODES.objectNode();
  }

  /**
   * Returns a new, empty JSON array.
   *
   * @return an array node
   */
  public ArrayNode array() {
    return NODES.arrayNode();
  }

  /**
   * Converts an argument to a JSON tree.
   *
   * @param value a Map, record, POJO or JsonNode
   * @param name the argument's name, for the error message
   * @return the tree
   * @throws IllegalArgumentException when the value cannot be serialised
   */
  public JsonNode tree(Object value, String name) {
    Check.notNull(value, name);
    try {
      return value instanceof JsonNode node ? node : mapper.valueToTree(value);
    } catch (JacksonException e) {
      throw new IllegalArgumentException(
          name
              + " cannot be serialised to JSON ("
              + value.getClass().getName()
              + "): "
              + e.getOriginalMessage(),
          e);
    }
  }

  /**
   * Converts an argument that must be a JSON object (a document, a value, a selector).
   *
   * @param value a Map, record, POJO or JsonNode that serialises to a JSON object
   * @param name the argument's name, for the error message
   * @return the object tree
   * @throws IllegalArgumentException when null, not serialisable or not a JSON object
   */
  public ObjectNode jsonObject(Object value, String name) {
    JsonNode node = tree(value, name);
    if (!node.isObject()) {
      throw new IllegalArgumentException(name + " must be a JSON object, was " + describe(node));
    }
    return (ObjectNode) node;
  }

  /**
   * Serialises a tree to UTF-8 bytes.
   *
   * @param node the tree
   * @return the JSON bytes
   */
  public byte[] write(JsonNode node) {
    return mapper.writeValueAsBytes(node);
  }

  /**
   * Parses JSON bytes.
   *
   * @param bytes the JSON text
   * @return the tree
   * @throws JacksonException when the bytes are not JSON
   */
  public JsonNode read(byte[] bytes) {
    return mapper.readTree(bytes);
  }

  /**
   * Returns the type for the untyped document form, {@code Map<String, Object>}.
   *
   * @return the map type
   */
  public JavaType mapType() {
    return mapType;
  }

  /**
   * Returns the type for a class.
   *
   * @param type the class
   * @return the Jackson type
   */
  public JavaType type(Class<?> type) {
    return mapper.getTypeFactory().constructType(Check.notNull(type, "type"));
  }

  /**
   * Returns the type a {@link TypeRef} names.
   *
   * @param type the type reference
   * @return the Jackson type
   */
  public JavaType type(TypeRef<?> type) {
    Type t = Check.notNull(type, "type").type();
    return mapper.getTypeFactory().constructType(t);
  }

  /**
   * Returns a parameterised type, e.g. {@code CacheEntry<Movie>}.
   *
   * @param raw the generic class
   * @param argument its type argument
   * @return the Jackson type
   */
  public JavaType parametric(Class<?> raw, JavaType argument) {
    return mapper.getTypeFactory().constructParametricType(raw, argument);
  }

  /**
   * Decodes a tree to the caller's type.
   *
   * @param <T> the target type
   * @param node the tree
   * @param type the target type
   * @param operation the operation, for the error message
   * @return the decoded value
   * @throws HyperException when the JSON does not fit the type
   */
  public <T> T decode(JsonNode node, JavaType type, String operation) {
    try {
      return mapper.treeToValue(node, type);
    } catch (JacksonException e) {
      throw new HyperException(
          operation
              + ": cannot decode the answer as "
              + type.toCanonical()
              + ": "
              + e.getOriginalMessage(),
          e);
    }
  }

  /**
   * Decodes every element of a JSON array.
   *
   * @param <T> the element type
   * @param array the array (a missing node decodes to an empty list)
   * @param type the element type
   * @param operation the operation, for the error message
   * @return the decoded elements
   */
  public <T> List<T> decodeList(JsonNode array, JavaType type, String operation) {
    java.util.ArrayList<T> out = new java.util.ArrayList<>(array.size());
    for (JsonNode element : array) {
      out.add(decode(element, type, operation));
    }
    return out;
  }

  private static String describe(JsonNode node) {
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      default -> node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    };
  }
}
