package io.hyper.local.core.search;

import io.hyper.local.core.HyperError;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A search query (§6.4).
 *
 * @param text plain text, never query syntax: it is split into terms like the documents are
 * @param fields the indexed fields to search; empty means all of them
 * @param filter stored field → value; a match must hold each value exactly (JSON equality, numbers
 *     compared as numbers); empty means no filter
 */
public record SearchQuery(
    String text, Optional<List<String>> fields, Map<String, JsonNode> filter) {
  /** Copies the collections. */
  public SearchQuery {
    fields = fields.map(List::copyOf);
    filter = Collections.unmodifiableMap(new LinkedHashMap<>(filter));
  }

  /**
   * Reads a {@code _query} body {@code {"query":"…","fields":[…],"filter":{…}}}.
   *
   * @throws HyperError 422 when {@code query} is missing, empty or not a string, when {@code
   *     fields} is {@code null} or not an array of strings, or when {@code filter} is {@code null}
   *     or not an object
   */
  public static SearchQuery fromJson(JsonNode body) {
    ObjectNode object = JsonArgs.object(body, "body");
    String text = JsonArgs.string(object.get("query"), "query");
    JsonNode fieldsNode = object.get("fields");
    Optional<List<String>> fields =
        fieldsNode == null ? Optional.empty() : Optional.of(JsonArgs.names(fieldsNode, "fields"));
    JsonNode filterNode = object.get("filter");
    Map<String, JsonNode> filter = new LinkedHashMap<>();
    if (filterNode != null) {
      if (!filterNode.isObject()) {
        throw HyperError.unprocessable(
            "filter must be an object of stored field values, was " + JsonArgs.type(filterNode));
      }
      filterNode.properties().forEach(e -> filter.put(e.getKey(), e.getValue()));
    }
    return new SearchQuery(text, fields, filter);
  }
}
