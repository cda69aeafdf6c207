package io.hyper.local.core.data;

import io.hyper.local.core.HyperError;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The rules a document must follow before it is stored (§4.2, §4.4, §11 Q16). */
final class Documents {
  private Documents() {}

  /**
   * Checks the body of {@code add} and returns the document to store, with its {@code _id}.
   *
   * @param ids generates an id when {@code _id} is absent, {@code null} or {@code ""}
   * @throws HyperError 422 when the body is not an object or {@code _id} is not a string; 400 when
   *     the document is empty
   */
  static ObjectNode forAdd(JsonNode body, Ids ids) {
    ObjectNode doc = object(body);
    if (doc.isEmpty()) {
      throw DataErrors.documentEmpty();
    }
    JsonNode id = doc.get("_id");
    if (id != null && !id.isNull() && !id.isString()) {
      throw HyperError.unprocessable("_id must be a string, was " + id);
    }
    if (id == null || id.isNull() || id.stringValue().isEmpty()) {
      return withId(doc, ids.next());
    }
    checkStorable(doc);
    return doc;
  }

  /**
   * Checks the body of {@code update}; the path id wins over any {@code _id} in the body.
   *
   * @throws HyperError 422 when the body is not an object
   */
  static ObjectNode forUpdate(String id, JsonNode body) {
    return withId(object(body), id);
  }

  /** A copy of {@code doc} whose first key is {@code _id}. */
  private static ObjectNode withId(ObjectNode doc, String id) {
    ObjectNode copy = doc.objectNode();
    copy.put("_id", id);
    for (Map.Entry<String, JsonNode> entry : doc.properties()) {
      if (!entry.getKey().equals("_id")) {
        copy.set(entry.getKey(), entry.getValue());
      }
    }
    checkStorable(copy);
    return copy;
  }

  private static ObjectNode object(JsonNode body) {
    if (!body.isObject()) {
      throw HyperError.unprocessable("document must be a JSON object");
    }
    return (ObjectNode) body;
  }

  /** The deepest nesting a document may have, as in MongoDB (SQLite's own limit is 1000). */
  static final int MAX_DEPTH = 100;

  /**
   * Rejects what the engine could not carry back: numbers out of JSON's range ({@code 1e999} parses
   * as infinity) and nesting deeper than {@value #MAX_DEPTH} levels.
   *
   * @throws HyperError 422 for either
   */
  static void checkStorable(JsonNode node) {
    check(node, 0);
  }

  private static void check(JsonNode node, int depth) {
    if ((node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue())) {
      throw HyperError.unprocessable("number out of range: " + node);
    }
    if (node.isContainer()) {
      if (depth >= MAX_DEPTH) {
        throw HyperError.unprocessable("document is nested deeper than " + MAX_DEPTH + " levels");
      }
      for (JsonNode child : node) {
        check(child, depth + 1);
      }
    }
  }
}
