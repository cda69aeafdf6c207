package io.hyper.connect.data;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Factories for Mango {@link Selector}s, written for static import in the style of the MongoDB
 * driver's {@code Filters}.
 *
 * <pre>{@code
 * import static io.hyper.connect.data.Selectors.*;
 *
 * Selector recent = and(eq("type", "movie"), gte("year", 1984), exists("director.name"));
 * // {"$and":[{"type":"movie"},{"year":{"$gte":1984}},{"director.name":{"$exists":true}}]}
 * }</pre>
 *
 * <p>A {@code path} names a document field; dotted paths ({@code "director.name"}) reach into
 * nested objects. Values are rendered to JSON with Jackson's defaults: strings, numbers, booleans,
 * {@code null}, lists, maps, records and Jackson {@link JsonNode}s all work. Every factory checks
 * its arguments and throws {@link IllegalArgumentException} naming the bad one.
 *
 * <p>The selectors built here are immutable and thread-safe; two are {@linkplain Object#equals
 * equal} when they render the same JSON (key order aside), and {@link Object#toString()} is that
 * JSON. Any other {@link Selector} (a raw one from {@link #of(Object)}, or your own) can be
 * combined with them.
 */
public final class Selectors {

  private Selectors() {}

  /**
   * The empty selector {@code {}}, which matches every document.
   *
   * @return the selector that matches everything
   */
  public static Selector empty() {
    return JsonSelector.EMPTY;
  }

  /**
   * Parses a selector written as JSON text, e.g. {@code {"type":"movie"}}.
   *
   * @param json a JSON object
   * @return the selector it describes
   * @throws IllegalArgumentException if {@code json} is null, not valid JSON or not an object
   */
  public static Selector parse(String json) {
    return JsonSelector.parse(json);
  }

  /**
   * Wraps a selector given as a {@code Map<String, ?>}, a Jackson {@link JsonNode} object or any
   * object that Jackson renders as a JSON object, to combine it with built ones. A map or tree is
   * copied: changing it afterwards does not change the selector. A record or POJO is kept and
   * written by the client's {@link io.hyper.connect.json.DocumentCodec} when the query is sent, as
   * documents are, so its field names follow the app's naming ({@link Selector#toJson()} shows it
   * as Jackson's defaults render it); do not change a mutable one afterwards. ({@code
   * data().query(...)} takes such raw selectors directly too.)
   *
   * @param raw the selector, e.g. {@code Map.of("type", "movie")}
   * @return the selector it describes
   * @throws IllegalArgumentException if {@code raw} is null or does not render as a JSON object
   */
  public static Selector of(Object raw) {
    if (raw instanceof Selector selector) {
      return JsonSelector.from(selector);
    }
    return JsonSelector.of(raw);
  }

  /**
   * Matches documents whose field equals {@code value}: {@code {"path": value}}. An object value is
   * written {@code {"path":{"$eq":value}}} so that its keys can never be read as operators. When
   * the field holds an array, any element may match.
   *
   * @param path the field, possibly dotted
   * @param value the value to compare with; may be null (JSON {@code null})
   * @return the selector
   * @throws IllegalArgumentException if {@code path} is null or blank
   */
  public static Selector eq(String path, Object value) {
    JsonNode json = value(value);
    return field(path, json.isObject() || json.isPojo() ? operator("$eq", json) : json);
  }

  /**
   * Matches documents whose field does not equal {@code value}, including documents without it:
   * {@code {"path":{"$ne":value}}}.
   *
   * @param path the field, possibly dotted
   * @param value the value to compare with; may be null
   * @return the selector
   * @throws IllegalArgumentException if {@code path} is null or blank
   */
  public static Selector ne(String path, Object value) {
    return field(path, operator("$ne", value(value)));
  }

  /**
   * Matches documents whose field is greater than {@code value}: {@code {"path":{"$gt":value}}}.
   * Values of different JSON types never match ({@code 1985} is not greater than {@code "1984"}).
   *
   * @param path the field, possibly dotted
   * @param value the bound
   * @return the selector
   * @throws IllegalArgumentException if {@code path} is null or blank
   */
  public static Selector gt(String path, Object value) {
    return field(path, operator("$gt", value(value)));
  }

  /**
   * Matches documents whose field is greater than or equal to {@code value}: {@code
   * {"path":{"$gte":value}}}.
   *
   * @param path the field, possibly dotted
   * @param value the bound
   * @return the selector
   * @throws IllegalArgumentException if {@code path} is null or blank
   */
  public static Selector gte(String path, Object value) {
    return field(path, operator("$gte", value(value)));
  }

  /**
   * Matches documents whose field is less than {@code value}: {@code {"path":{"$lt":value}}}.
   *
   * @param path the field, possibly dotted
   * @param value the bound
   * @return the selector
   * @throws IllegalArgumentException if {@code path} is null or blank
   */
  public static Selector lt(String path, Object value) {
    return field(path, operator("$lt", value(value)));
  }

  /**
   * Matches documents whose field is less than or equal to {@code value}: {@code
   * {"path":{"$lte":value}}}.
   *
   * @param path the field, possibly dotted
   * @param value the bound
   * @return the selector
   * @throws IllegalArgumentException if {@code path} is null or blank
   */
  public static Selector lte(String path, Object value) {
    return field(path, operator("$lte", value(value)));
  }

  /**
   * Matches documents whose field equals one of {@code values}: {@code {"path":{"$in":[...]}}}.
   *
   * @param path the field, possibly dotted
   * @param values the candidates
   * @return the selector
   * @throws IllegalArgumentException if {@code path} is blank or {@code values} is null
   */
  public static Selector in(String path, Collection<?> values) {
    return field(path, operator("$in", array("values", values)));
  }

  /**
   * Matches documents whose field equals one of {@code values}: {@code {"path":{"$in":[...]}}}.
   *
   * @param path the field, possibly dotted
   * @param values the candidates
   * @return the selector
   * @throws IllegalArgumentException if {@code path} is blank or {@code values} is null
   */
  public static Selector in(String path, Object... values) {
    return in(path, list("values", values));
  }

  /**
   * Matches documents whose field equals none of {@code values}: {@code {"path":{"$nin":[...]}}}.
   *
   * @param path the field, possibly dotted
   * @param values the excluded values
   * @return the selector
   * @throws IllegalArgumentException if {@code path} is blank or {@code values} is null
   */
  public static Selector nin(String path, Collection<?> values) {
    return field(path, operator("$nin", array("values", values)));
  }

  /**
   * Matches documents whose field equals none of {@code values}: {@code {"path":{"$nin":[...]}}}.
   *
   * @param path the field, possibly dotted
   * @param values the excluded values
   * @return the selector
   * @throws IllegalArgumentException if {@code path} is blank or {@code values} is null
   */
  public static Selector nin(String path, Object... values) {
    return nin(path, list("values", values));
  }

  /**
   * Matches documents that have the field: {@code {"path":{"$exists":true}}}.
   *
   * @param path the field, possibly dotted
   * @return the selector
   * @throws IllegalArgumentException if {@code path} is null or blank
   */
  public static Selector exists(String path) {
    return exists(path, true);
  }

  /**
   * Matches documents that have ({@code true}) or lack ({@code false}) the field: {@code
   * {"path":{"$exists":exists}}}.
   *
   * @param path the field, possibly dotted
   * @param exists whether the field must be present
   * @return the selector
   * @throws IllegalArgumentException if {@code path} is null or blank
   */
  public static Selector exists(String path, boolean exists) {
    return field(path, operator("$exists", JsonSelector.JSON.getNodeFactory().booleanNode(exists)));
  }

  /**
   * Matches documents whose string field matches a regular expression: {@code
   * {"path":{"$regex":pattern}}}. The server decides the dialect; keep to the common subset
   * (classes, anchors, quantifiers, groups).
   *
   * @param path the field, possibly dotted
   * @param pattern the regular expression, e.g. {@code "^Star"}
   * @return the selector
   * @throws IllegalArgumentException if {@code path} is blank or {@code pattern} is null
   */
  public static Selector regex(String path, String pattern) {
    if (pattern == null) {
      throw new IllegalArgumentException("pattern must not be null");
    }
    return field(path, operator("$regex", value(pattern)));
  }

  /**
   * Matches documents whose array field contains every one of {@code values}: {@code
   * {"path":{"$all":[...]}}}.
   *
   * @param path the array field, possibly dotted
   * @param values the values that must all be present
   * @return the selector
   * @throws IllegalArgumentException if {@code path} is blank or {@code values} is null
   */
  public static Selector all(String path, Collection<?> values) {
    return field(path, operator("$all", array("values", values)));
  }

  /**
   * Matches documents whose array field contains every one of {@code values}: {@code
   * {"path":{"$all":[...]}}}.
   *
   * @param path the array field, possibly dotted
   * @param values the values that must all be present
   * @return the selector
   * @throws IllegalArgumentException if {@code path} is blank or {@code values} is null
   */
  public static Selector all(String path, Object... values) {
    return all(path, list("values", values));
  }

  /**
   * Matches documents whose array field has exactly {@code size} elements: {@code
   * {"path":{"$size":size}}}.
   *
   * @param path the array field, possibly dotted
   * @param size the number of elements, zero or more
   * @return the selector
   * @throws IllegalArgumentException if {@code path} is blank or {@code size} is negative
   */
  public static Selector size(String path, int size) {
    if (size < 0) {
      throw new IllegalArgumentException("size must be >= 0, was " + size);
    }
    return field(path, operator("$size", value(size)));
  }

  /**
   * Matches documents whose array field has an element matching {@code element}: {@code
   * {"path":{"$elemMatch":element}}}. For arrays of objects pass a selector on the element's fields
   * ({@code elemMatch("cast", and(eq("role", "lead"), gt("age", 40)))}); for arrays of plain values
   * pass an operator expression ({@code elemMatch("scores", parse("{\"$gte\":80}"))}).
   *
   * @param path the array field, possibly dotted
   * @param element what one element must match
   * @return the selector
   * @throws IllegalArgumentException if {@code path} is blank or {@code element} is null
   */
  public static Selector elemMatch(String path, Selector element) {
    return field(path, operator("$elemMatch", embedded("element", element)));
  }

  /**
   * Matches documents that match every one of {@code selectors}: {@code {"$and":[...]}}.
   *
   * @param selectors one or more selectors
   * @return the selector
   * @throws IllegalArgumentException if {@code selectors} is null, empty or holds a null
   */
  public static Selector and(Selector... selectors) {
    return and(list("selectors", selectors));
  }

  /**
   * Matches documents that match every one of {@code selectors}: {@code {"$and":[...]}}.
   *
   * @param selectors one or more selectors
   * @return the selector
   * @throws IllegalArgumentException if {@code selectors} is null, empty or holds a null
   */
  public static Selector and(Collection<? extends Selector> selectors) {
    return combine("$and", selectors);
  }

  /**
   * Matches documents that match at least one of {@code selectors}: {@code {"$or":[...]}}.
   *
   * @param selectors one or more selectors
   * @return the selector
   * @throws IllegalArgumentException if {@code selectors} is null, empty or holds a null
   */
  public static Selector or(Selector... selectors) {
    return or(list("selectors", selectors));
  }

  /**
   * Matches documents that match at least one of {@code selectors}: {@code {"$or":[...]}}.
   *
   * @param selectors one or more selectors
   * @return the selector
   * @throws IllegalArgumentException if {@code selectors} is null, empty or holds a null
   */
  public static Selector or(Collection<? extends Selector> selectors) {
    return combine("$or", selectors);
  }

  /**
   * Matches documents that match none of {@code selectors}: {@code {"$nor":[...]}}.
   *
   * @param selectors one or more selectors
   * @return the selector
   * @throws IllegalArgumentException if {@code selectors} is null, empty or holds a null
   */
  public static Selector nor(Selector... selectors) {
    return nor(list("selectors", selectors));
  }

  /**
   * Matches documents that match none of {@code selectors}: {@code {"$nor":[...]}}.
   *
   * @param selectors one or more selectors
   * @return the selector
   * @throws IllegalArgumentException if {@code selectors} is null, empty or holds a null
   */
  public static Selector nor(Collection<? extends Selector> selectors) {
    return combine("$nor", selectors);
  }

  /**
   * Matches documents that do not match {@code selector}. A condition on one field is negated in
   * place with {@code $not}: {@code not(gt("year", 1984))} is {@code
   * {"year":{"$not":{"$gt":1984}}}} and {@code not(eq("type", "movie"))} is {@code
   * {"type":{"$not":{"$eq":"movie"}}}}. Anything else (several fields, {@code $and}, …) becomes
   * {@code {"$nor":[selector]}}, which means the same. Negating a negation removes it: {@code
   * not(not(gt("year", 1984)))} is {@code {"year":{"$gt":1984}}}.
   *
   * @param selector the selector to negate
   * @return the selector
   * @throws IllegalArgumentException if {@code selector} is null
   */
  public static Selector not(Selector selector) {
    JsonSelector negated = selector("selector", selector);
    ObjectNode json = negated.node();
    if (json.size() == 1 && !negated.isWhole()) {
      Map.Entry<String, JsonNode> only = json.properties().iterator().next();
      if (!only.getKey().startsWith("$")) {
        JsonNode condition = only.getValue();
        if (condition.isObject() && condition.size() == 1 && condition.has("$not")) {
          return JsonSelector.wrap(object(only.getKey(), condition.get("$not")));
        }
        JsonNode expression =
            isOperatorExpression(condition) ? condition : operator("$eq", condition);
        return JsonSelector.wrap(object(only.getKey(), operator("$not", expression)));
      }
    }
    return combine("$nor", List.of(selector));
  }

  private static boolean isOperatorExpression(JsonNode condition) {
    return condition.isObject()
        && !condition.isEmpty()
        && condition.propertyNames().stream().allMatch(name -> name.startsWith("$"));
  }

  private static Selector combine(String operator, Collection<? extends Selector> selectors) {
    if (selectors == null || selectors.isEmpty()) {
      throw new IllegalArgumentException(
          operator + " needs at least one selector, was " + (selectors == null ? "null" : "[]"));
    }
    ArrayNode array = JsonSelector.JSON.createArrayNode();
    int i = 0;
    for (Selector selector : selectors) {
      array.add(embedded("selectors[" + i++ + "]", selector));
    }
    return JsonSelector.wrap(object(operator, array));
  }

  private static Selector field(String path, JsonNode condition) {
    if (path == null || path.isBlank()) {
      throw new IllegalArgumentException(
          "path must be a field name, was " + (path == null ? "null" : "'" + path + "'"));
    }
    return JsonSelector.wrap(object(path, condition));
  }

  private static ObjectNode operator(String name, JsonNode argument) {
    return object(name, argument);
  }

  private static ObjectNode object(String name, JsonNode value) {
    ObjectNode node = JsonSelector.JSON.createObjectNode();
    node.set(name, value);
    return node;
  }

  private static JsonSelector selector(String argument, Selector selector) {
    if (selector == null) {
      throw new IllegalArgumentException(argument + " must not be null");
    }
    return JsonSelector.from(selector);
  }

  private static JsonNode embedded(String argument, Selector selector) {
    return selector(argument, selector).embedded();
  }

  private static JsonNode value(Object value) {
    if (value instanceof Selector) {
      throw new IllegalArgumentException(
          "value must be a plain value, was the selector "
              + value
              + "; combine selectors with and/or");
    }
    return JsonSelector.value(value);
  }

  private static ArrayNode array(String argument, Collection<?> values) {
    if (values == null) {
      throw new IllegalArgumentException(argument + " must not be null");
    }
    ArrayNode array = JsonSelector.JSON.createArrayNode();
    values.forEach(v -> array.add(value(v)));
    return array;
  }

  private static <T> List<T> list(String argument, T[] values) {
    if (values == null) {
      throw new IllegalArgumentException(argument + " must not be null");
    }
    return Arrays.asList(values);
  }
}
