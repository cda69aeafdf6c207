package io.hyper.local.core.search;

import io.hyper.local.core.HyperError;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Reads typed arguments out of request bodies, failing with 422 and the argument's name. */
final class JsonArgs {
  private JsonArgs() {}

  /** {@code body} as an object, or 422. */
  static ObjectNode object(JsonNode body, String what) {
    if (body == null || !body.isObject()) {
      throw HyperError.unprocessable(what + " must be a JSON object, was " + type(body));
    }
    return (ObjectNode) body;
  }

  /** A non-empty string, or 422. */
  static String string(JsonNode node, String name) {
    if (node == null || !node.isString() || node.stringValue().isEmpty()) {
      throw HyperError.unprocessable(name + " is required and must be a non-empty string");
    }
    return node.stringValue();
  }

  /** An array of non-empty strings without repeats (first occurrence kept), or 422. */
  static List<String> names(JsonNode node, String name) {
    if (node == null || !node.isArray()) {
      throw HyperError.unprocessable(name + " must be an array of field names, was " + type(node));
    }
    LinkedHashSet<String> names = new LinkedHashSet<>();
    for (JsonNode item : node) {
      if (!item.isString() || item.stringValue().isEmpty()) {
        throw HyperError.unprocessable(name + " must hold non-empty strings, found " + item);
      }
      names.add(item.stringValue());
    }
    return List.copyOf(new ArrayList<>(names));
  }

  /** A JSON type name for messages: {@code missing}, {@code null}, {@code array}, …. */
  static String type(JsonNode node) {
    return node == null
        ? "missing"
        : node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
  }
}
