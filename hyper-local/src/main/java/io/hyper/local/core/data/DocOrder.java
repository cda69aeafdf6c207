package io.hyper.local.core.data;

import io.hyper.local.core.data.mango.JsonValues;
import io.hyper.local.core.data.mango.MangoMatcher;
import java.util.Comparator;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * hyper-local's order of documents by sort fields, the one every data engine's sort must give: a
 * missing field first, then by {@linkplain JsonValues#kind kind}, booleans false first, numbers by
 * exact value, strings and containers by code point.
 */
public final class DocOrder {
  private DocOrder() {}

  /** The order of {@code sort}; documents equal under it compare 0. */
  public static Comparator<ObjectNode> of(List<SortField> sort) {
    Comparator<ObjectNode> order = (a, b) -> 0;
    for (SortField field : sort) {
      Comparator<ObjectNode> one =
          (a, b) ->
              collate(MangoMatcher.resolve(a, field.path()), MangoMatcher.resolve(b, field.path()));
      order = order.thenComparing(field.descending() ? one.reversed() : one);
    }
    return order;
  }

  private static int collate(JsonNode a, JsonNode b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : -1) : 1;
    }
    int byKind = JsonValues.kind(a).compareTo(JsonValues.kind(b));
    if (byKind != 0) {
      return byKind;
    }
    if (a.isBoolean()) {
      return Boolean.compare(a.booleanValue(), b.booleanValue());
    }
    return a.isContainer()
        ? JsonValues.compareCodePoints(a.toString(), b.toString())
        : JsonValues.compareScalars(a, b);
  }
}
