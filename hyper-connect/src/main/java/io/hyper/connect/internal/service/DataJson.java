package io.hyper.connect.internal.service;

import io.hyper.connect.data.QueryOptions;
import io.hyper.connect.data.Selector;
import io.hyper.connect.data.SortField;
import io.hyper.connect.internal.Check;
import io.hyper.connect.internal.CodecValue;
import io.hyper.connect.internal.JsonCodec;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Renders data arguments as the JSON hyper expects (hyper contract §4, §9.1). */
final class DataJson {
  private DataJson() {}

  /** Returns the selector as a JSON object, or {@code null} when there is none. */
  static ObjectNode selector(JsonCodec codec, Object selector, String name) {
    if (selector == null) {
      return null;
    }
    Object value =
        selector instanceof CodecValue c
            ? c.codecValue()
            : selector instanceof Selector s ? s.toJson() : selector;
    return codec.jsonObject(value, name);
  }

  /** Names only when no field has a direction; otherwise objects, plain names as ASC. */
  static ArrayNode fields(JsonCodec codec, List<SortField> fields) {
    boolean directed = fields.stream().anyMatch(f -> f.direction() != null);
    ArrayNode out = codec.array();
    for (SortField f : fields) {
      if (directed) {
        SortField.Direction d = f.direction() == null ? SortField.Direction.ASC : f.direction();
        out.addObject().put(f.field(), d.name());
      } else {
        out.add(f.field());
      }
    }
    return out;
  }

  /** Returns the body of {@code POST _query}: selector and options, nulls omitted. */
  static ObjectNode query(JsonCodec codec, ObjectNode selector, QueryOptions options) {
    ObjectNode body = codec.object();
    if (selector != null) {
      body.set("selector", selector);
    }
    options.fields().ifPresent(f -> f.forEach(body.putArray("fields")::add));
    options.sort().ifPresent(s -> body.set("sort", fields(codec, s)));
    options.limit().ifPresent(l -> body.put("limit", l));
    options.skip().ifPresent(s -> body.put("skip", s));
    options.useIndex().ifPresent(i -> body.put("use_index", i));
    return body;
  }

  /** Checks that an {@code _id}, when present, is a string (or null/empty: generated). */
  static void checkOptionalId(ObjectNode doc, String name) {
    JsonNode id = doc.get("_id");
    if (id != null && !id.isNull() && !id.isString()) {
      throw new IllegalArgumentException(
          name + "._id must be a string, was " + id.getNodeType().name().toLowerCase() + " " + id);
    }
    if (id != null && id.isString()) {
      // The same rule as get/update/remove, so a document added is one they can address; to let
      // the server make an id, leave _id out.
      Check.id(id.stringValue(), name + "._id");
    }
  }

  /** Checks that a bulk document has a non-empty string {@code _id}. */
  static void checkRequiredId(ObjectNode doc, String name) {
    JsonNode id = doc.get("_id");
    if (id == null || !id.isString() || id.stringValue().isEmpty()) {
      throw new IllegalArgumentException(
          name
              + "._id must be a non-empty string (bulk writes need ids), was "
              + (id == null ? "missing" : id.toString()));
    }
    Check.id(id.stringValue(), name + "._id");
  }
}
