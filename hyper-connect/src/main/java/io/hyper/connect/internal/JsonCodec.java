package io.hyper.connect.internal;

import io.hyper.connect.HyperException;
import io.hyper.connect.json.DocumentCodec;
import io.hyper.connect.json.JacksonCodec;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.POJONode;
import tools.jackson.databind.node.ValueNode;

/**
 * The SDK's two JSON sides. The <em>wire</em> mapper is the SDK's own: it parses every answer,
 * writes every request body and reads the SDK's own types (envelopes, cache keys, bulk items), so
 * no app setting can break them. The app's {@link DocumentCodec} encodes the app's values into
 * trees and decodes payloads into the app's types.
 *
 * <p>Numbers stay exact on the wire side: a float is kept as a {@code double} only when the double
 * prints back as the same text, otherwise as a {@code BigDecimal}; a result therefore hands a codec
 * the number as hyper wrote it.
 */
public final class JsonCodec {
  private static final JsonNodeFactory NODES = new ExactNodes();
  private static final ObjectMapper WIRE =
      JsonMapper.builder()
          .nodeFactory(NODES)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private final DocumentCodec documents;

  /**
   * Creates the codec pair over the app's document codec.
   *
   * @param documents the app's codec
   */
  public JsonCodec(DocumentCodec documents) {
    this.documents = Check.notNull(documents, "codec");
  }

  /**
   * Returns the app's document codec.
   *
   * @return the codec
   */
  public DocumentCodec documents() {
    return documents;
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
   * Converts an app value to a JSON tree with the app's codec. A {@code JsonNode} is taken as is,
   * except that values a selector left for the codec ({@code POJONode}s) are encoded now.
   *
   * @param value a Map, record, POJO or JsonNode
   * @param name the argument's name, for the error message
   * @return the tree
   * @throws IllegalArgumentException when the value cannot be encoded
   */
  public JsonNode tree(Object value, String name) {
    Check.notNull(value, name);
    if (value instanceof JsonNode node) {
      return resolved(node, name);
    }
    try {
      if (documents instanceof JacksonCodec jackson) {
        return resolved(jackson.mapper().valueToTree(value), name);
      }
      return WIRE.readTree(documents.encode(value));
    } catch (RuntimeException e) {
      String why = e instanceof JacksonException j ? j.getOriginalMessage() : e.getMessage();
      throw new IllegalArgumentException(
          name + " cannot be serialised to JSON (" + value.getClass().getName() + "): " + why, e);
    }
  }

  /**
   * Replaces every POJONode in a tree by its value's encoding; the tree itself when it has none.
   */
  private JsonNode resolved(JsonNode node, String name) {
    if (node instanceof POJONode pojo) {
      return pojo.getPojo() == null ? NODES.nullNode() : tree(pojo.getPojo(), name);
    }
    if (node instanceof ObjectNode object) {
      ObjectNode out = null;
      for (Iterator<Map.Entry<String, JsonNode>> it = object.properties().iterator();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonNode r = resolved(e.getValue(), name);
        if (r != e.getValue()) {
          out = out == null ? object.deepCopy() : out;
          out.set(e.getKey(), r);
        }
      }
      return out == null ? object : out;
    }
    if (node instanceof ArrayNode array) {
      ArrayNode out = null;
      for (int i = 0; i < array.size(); i++) {
        JsonNode r = resolved(array.get(i), name);
        if (r != array.get(i)) {
          out = out == null ? array.deepCopy() : out;
          out.set(i, r);
        }
      }
      return out == null ? array : out;
    }
    return node;
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
   * Serialises a tree to UTF-8 bytes with the wire mapper.
   *
   * @param node the tree
   * @return the JSON bytes
   */
  public static byte[] write(JsonNode node) {
    return WIRE.writeValueAsBytes(node);
  }

  /**
   * Parses JSON bytes with the wire mapper (numbers exact).
   *
   * @param bytes the JSON text
   * @return the tree
   * @throws JacksonException when the bytes are not JSON
   */
  public static JsonNode read(byte[] bytes) {
    return WIRE.readTree(bytes);
  }

  /**
   * Decodes a payload to the app's type with the app's codec.
   *
   * @param <T> the target type
   * @param codec the app's codec
   * @param node the payload
   * @param type the target type
   * @param operation the operation, for the error message
   * @return the decoded value
   * @throws HyperException when the JSON does not fit the type
   */
  public static <T> T decode(DocumentCodec codec, JsonNode node, Type type, String operation) {
    Check.notNull(type, "type");
    try {
      if (codec instanceof JacksonCodec jackson) {
        ObjectMapper mapper = jackson.mapper();
        return mapper.treeToValue(node, mapper.getTypeFactory().constructType(type));
      }
      return codec.decode(write(node), type);
    } catch (RuntimeException e) {
      String why = e instanceof JacksonException j ? j.getOriginalMessage() : e.getMessage();
      throw new HyperException(
          operation + ": cannot decode the answer as " + type.getTypeName() + ": " + why, e);
    }
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

  /** Keeps a float as a double only when that loses nothing, not even trailing zeros. */
  private static final class ExactNodes extends JsonNodeFactory {
    private static final long serialVersionUID = 1L;

    @Override
    public ValueNode numberNode(BigDecimal value) {
      if (value == null) {
        return nullNode();
      }
      double d = value.doubleValue();
      if (Double.isFinite(d) && BigDecimal.valueOf(d).equals(value)) {
        return numberNode(d);
      }
      return super.numberNode(value);
    }
  }
}
