package io.hyper.local.core.data;

import io.hyper.local.core.HyperError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * One field of a query's {@code sort} or an index's {@code fields}, with its direction.
 *
 * @param field the field, a dotted path such as {@code a.b}
 * @param descending {@code DESC} rather than {@code ASC}
 */
public record SortField(String field, boolean descending) {

  /** Checks the field. */
  public SortField {
    Objects.requireNonNull(field, "field");
  }

  /** The field's path, split at its dots. */
  public List<String> path() {
    return List.of(field.split("\\.", -1));
  }

  /**
   * Parses hyper's two spellings: an array of field names (ascending), or an array of single-key
   * objects {@code {"field":"ASC"|"DESC"}} (case-sensitive). Mixing them is invalid.
   *
   * @param name the argument's name for messages ({@code sort} or {@code fields})
   * @throws HyperError 400 for anything else, as hyper answers a value that fits neither
   *     alternative of a union
   */
  public static List<SortField> parseList(String name, JsonNode node) {
    if (node == null || !node.isArray()) {
      throw invalid(name, "must be an array of field names or of {field: \"ASC\"|\"DESC\"}", node);
    }
    List<SortField> fields = new ArrayList<>();
    boolean names = node.isEmpty() || node.get(0).isString();
    for (JsonNode element : node) {
      if (names && element.isString()) {
        fields.add(new SortField(element.stringValue(), false));
      } else if (!names && element.isObject() && element.size() == 1) {
        Map.Entry<String, JsonNode> entry = element.properties().iterator().next();
        String direction = entry.getValue().isString() ? entry.getValue().stringValue() : "";
        if (!direction.equals("ASC") && !direction.equals("DESC")) {
          throw invalid(name, "directions must be \"ASC\" or \"DESC\"", node);
        }
        fields.add(new SortField(entry.getKey(), direction.equals("DESC")));
      } else {
        throw invalid(
            name,
            "must be all field names or all single-key {field: \"ASC\"|\"DESC\"} objects",
            node);
      }
    }
    return fields;
  }

  private static HyperError invalid(String name, String rule, JsonNode node) {
    String shown = node == null ? "missing" : node.toString();
    if (shown.length() > 80) {
      shown = shown.substring(0, 77) + "...";
    }
    return HyperError.badRequest(name + " " + rule + ", was " + shown);
  }
}
