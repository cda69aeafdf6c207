package io.hyper.local.core.data;

import io.hyper.local.core.HyperError;
import io.hyper.local.core.data.mango.MangoParser;
import io.hyper.local.core.data.mango.Selector;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A parsed {@code query} body (§4.7).
 *
 * @param selector which documents; an empty {@link Selector.And} for all
 * @param fields the top-level fields to return; empty (also for {@code "fields":[]}) means whole
 *     documents
 * @param sort the order; empty means unspecified (insertion order)
 * @param limit the most documents to return, at least 1 (defaults to 25)
 * @param skip how many matching documents to skip first (defaults to 0)
 */
public record QueryOptions(
    Selector selector, Optional<List<String>> fields, List<SortField> sort, int limit, int skip) {

  /** The limit when none is given, or {@code 0}: 25, as nano and CouchDB do. */
  public static final int DEFAULT_LIMIT = 25;

  /** Copies the lists. */
  public QueryOptions {
    fields = fields.map(List::copyOf);
    sort = List.copyOf(sort);
  }

  /**
   * Reads a query body. Unknown keys (and {@code use_index}, a hint) are ignored.
   *
   * @throws HyperError 422 when the body is not an object, or {@code selector}, {@code fields},
   *     {@code limit}, {@code skip} or {@code use_index} has the wrong type; 400 for a bad {@code
   *     sort} or an unsupported selector operator
   */
  public static QueryOptions parse(JsonNode body) {
    if (!body.isObject()) {
      throw HyperError.unprocessable("query body must be a JSON object");
    }
    Selector selector =
        body.has("selector")
            ? MangoParser.parse(body.get("selector"))
            : new Selector.And(List.of());
    Optional<List<String>> fields =
        body.has("fields")
            ? Optional.of(fields(body.get("fields"))).filter(f -> !f.isEmpty())
            : Optional.empty();
    List<SortField> sort =
        body.has("sort") ? SortField.parseList("sort", body.get("sort")) : List.of();
    int limit = body.has("limit") ? Numbers.wholeNumber("limit", body.get("limit")) : 0;
    int skip = body.has("skip") ? Numbers.wholeNumber("skip", body.get("skip")) : 0;
    if (body.has("use_index") && !body.get("use_index").isString()) {
      throw HyperError.unprocessable("use_index must be a string, was " + body.get("use_index"));
    }
    return new QueryOptions(selector, fields, sort, limit == 0 ? DEFAULT_LIMIT : limit, skip);
  }

  private static List<String> fields(JsonNode node) {
    if (!node.isArray()) {
      throw HyperError.unprocessable("fields must be an array of strings, was " + node);
    }
    List<String> fields = new ArrayList<>();
    for (JsonNode field : node) {
      if (!field.isString()) {
        throw HyperError.unprocessable("fields must be an array of strings, was " + node);
      }
      fields.add(field.stringValue());
    }
    return fields;
  }
}
