package io.hyper.local.core.data;

import io.hyper.local.core.HyperError;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One document of a {@code bulk} request (§4.9): a delete or an upsert-replace.
 *
 * @param id the document's {@code _id}
 * @param delete whether {@code _deleted} was truthy
 * @param doc the document to store (without {@code _update}); {@code null} for a delete
 */
public record BulkOp(String id, boolean delete, ObjectNode doc) {

  /** Checks the id. */
  public BulkOp {
    Objects.requireNonNull(id, "id");
  }

  /**
   * Reads a bulk body. It is all or nothing: one bad document rejects the request.
   *
   * @throws HyperError 422 when the body is not an array, or an element is not an object with a
   *     non-empty string {@code _id}
   */
  public static List<BulkOp> parse(JsonNode body) {
    if (!body.isArray()) {
      throw HyperError.unprocessable("bulk body must be a JSON array of documents");
    }
    List<BulkOp> ops = new ArrayList<>(body.size());
    for (int i = 0; i < body.size(); i++) {
      JsonNode element = body.get(i);
      if (!element.isObject()) {
        throw HyperError.unprocessable("bulk document " + i + " must be an object");
      }
      JsonNode id = element.get("_id");
      if (id == null || !id.isString() || id.stringValue().isEmpty()) {
        throw HyperError.unprocessable(
            "bulk document "
                + i
                + " needs a non-empty string _id, was "
                + (id == null ? "missing" : id));
      }
      if (truthy(element.get("_deleted"))) {
        ops.add(new BulkOp(id.stringValue(), true, null));
      } else {
        ObjectNode doc = ((ObjectNode) element).deepCopy();
        doc.remove("_update");
        Documents.checkStorable(doc);
        ops.add(new BulkOp(id.stringValue(), false, doc));
      }
    }
    return ops;
  }

  /** JavaScript truthiness, as hyper tests {@code _deleted}. */
  private static boolean truthy(JsonNode value) {
    if (value == null || value.isNull()) {
      return false;
    } else if (value.isBoolean()) {
      return value.booleanValue();
    } else if (value.isNumber()) {
      double d = value.doubleValue();
      return d != 0 && !Double.isNaN(d);
    } else if (value.isString()) {
      return !value.stringValue().isEmpty();
    }
    return true;
  }
}
