package io.hyper.local.core.search;

import io.hyper.local.core.HyperError;
import io.hyper.local.core.Json;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What {@code create} defines for an index (§6.2).
 *
 * @param fields the document properties that are full-text indexed; at least one
 * @param storeFields the document properties returned in matches and usable in a {@code filter}
 */
public record IndexDefinition(List<String> fields, List<String> storeFields) {
  /** Copies both lists. */
  public IndexDefinition {
    fields = List.copyOf(fields);
    storeFields = List.copyOf(storeFields);
  }

  /**
   * Reads a {@code create} body {@code {"fields":[…],"storeFields":[…]}}; other keys are ignored
   * and an absent or {@code null} {@code storeFields} means none.
   *
   * @throws HyperError 422 when the body is not an object, {@code fields} is missing, empty or not
   *     an array of non-empty strings, or {@code storeFields} is not such an array
   */
  public static IndexDefinition fromJson(JsonNode body) {
    ObjectNode object = JsonArgs.object(body, "body");
    List<String> fields = JsonArgs.names(object.get("fields"), "fields");
    if (fields.isEmpty()) {
      throw HyperError.unprocessable("fields must name at least one field to index");
    }
    JsonNode stored = object.get("storeFields");
    List<String> storeFields =
        stored == null || stored.isNull() ? List.of() : JsonArgs.names(stored, "storeFields");
    return new IndexDefinition(fields, storeFields);
  }

  /** This definition as {@code {"fields":[…],"storeFields":[…]}}. */
  public ObjectNode toJson() {
    ObjectNode json = Json.object();
    fields.forEach(json.putArray("fields")::add);
    storeFields.forEach(json.putArray("storeFields")::add);
    return json;
  }
}
