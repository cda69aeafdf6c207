package io.hyper.local.core.data;

import io.hyper.local.core.HyperError;
import io.hyper.local.core.data.mango.MangoParser;
import io.hyper.local.core.data.mango.Selector;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A parsed {@code index} body (§4.8).
 *
 * @param name the index's name, unique per database
 * @param fields the indexed fields, in order, with their directions
 * @param partialFilter the selector a document must match to be indexed, as sent
 */
public record IndexSpec(String name, List<SortField> fields, Optional<ObjectNode> partialFilter) {

  /** Checks and copies. */
  public IndexSpec {
    Objects.requireNonNull(name, "name");
    fields = List.copyOf(fields);
    partialFilter = partialFilter.map(ObjectNode::deepCopy);
  }

  /** The partial filter, parsed. */
  public Optional<Selector> partialSelector() {
    return partialFilter.map(MangoParser::parse);
  }

  /**
   * Reads an index body; {@code type} and unknown keys are ignored.
   *
   * @throws HyperError 422 when the body is not an object, {@code name} is missing or not a
   *     non-empty string, or {@code partialFilter} is present but not a valid selector object; 400
   *     when {@code fields} is missing, empty or mixes its two spellings
   */
  public static IndexSpec parse(JsonNode body) {
    if (!body.isObject()) {
      throw HyperError.unprocessable("index body must be a JSON object");
    }
    JsonNode name = body.get("name");
    if (name == null || !name.isString() || name.stringValue().isEmpty()) {
      throw HyperError.unprocessable(
          "name must be a non-empty string, was " + (name == null ? "missing" : name));
    }
    List<SortField> fields = SortField.parseList("fields", body.get("fields"));
    if (fields.isEmpty()) {
      throw HyperError.badRequest("fields must name at least one field");
    }
    Optional<ObjectNode> partial = Optional.empty();
    if (body.has("partialFilter")) {
      JsonNode filter = body.get("partialFilter");
      if (!filter.isObject()) {
        throw HyperError.unprocessable("partialFilter must be a selector object, was " + filter);
      }
      MangoParser.parse(filter);
      partial = Optional.of((ObjectNode) filter);
    }
    return new IndexSpec(name.stringValue(), fields, partial);
  }
}
