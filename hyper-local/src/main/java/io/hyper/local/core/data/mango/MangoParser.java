package io.hyper.local.core.data.mango;

import io.hyper.local.core.HyperError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Parses a Mango selector (JSON) into a {@link Selector}.
 *
 * <p>Supported: implicit equality, {@code $eq $ne $gt $gte $lt $lte $in $nin $exists $regex $all
 * $size $elemMatch $not} on fields, {@code $and $or $nor $not} as combinators, and dotted paths.
 * Any other operator is rejected with 400 naming it; operators with arguments of the wrong type or
 * shape are rejected with 422.
 *
 * <p>Limits, each a 400 that says which: combinators and {@code $elemMatch}/{@code $not} nest at
 * most {@value #MAX_DEPTH} deep, and a selector holds at most {@value #MAX_CONDITIONS} conditions
 * (each field test and each {@code $all} value counts one; the values of {@code $in} and {@code
 * $nin} do not, they may be as many as the body limit allows). Within them every selector
 * translates to SQL SQLite accepts and evaluates in Java without deep recursion. {@code $regex}
 * follows {@link MangoRegex}.
 */
public final class MangoParser {
  private static final Set<String> FIELD_OPERATORS =
      Set.of(
          "$eq",
          "$ne",
          "$gt",
          "$gte",
          "$lt",
          "$lte",
          "$in",
          "$nin",
          "$exists",
          "$regex",
          "$all",
          "$size",
          "$elemMatch",
          "$not");

  /** The deepest nesting of combinators, {@code $elemMatch} and {@code $not}. */
  public static final int MAX_DEPTH = 32;

  /** The most conditions one selector may hold. */
  public static final int MAX_CONDITIONS = 1000;

  private int depth;
  private int conditions;

  private MangoParser() {}

  /**
   * Parses a selector object.
   *
   * @throws HyperError 422 when {@code selector} is not an object or an operator's argument has the
   *     wrong shape; 400 for an unsupported operator, a pattern {@link MangoRegex} refuses, or a
   *     selector beyond {@link #MAX_DEPTH} or {@link #MAX_CONDITIONS}
   */
  public static Selector parse(JsonNode selector) {
    return new MangoParser().selector(selector);
  }

  private Selector selector(JsonNode selector) {
    if (selector == null || !selector.isObject()) {
      throw HyperError.unprocessable("selector must be an object, was " + describe(selector));
    }
    List<Selector> parts = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : selector.properties()) {
      parts.add(entry(entry.getKey(), entry.getValue()));
    }
    return parts.size() == 1 ? parts.get(0) : new Selector.And(parts);
  }

  private Selector entry(String key, JsonNode value) {
    switch (key) {
      case "$and":
        return new Selector.And(selectors(key, value));
      case "$or":
        return new Selector.Or(selectors(key, value));
      case "$nor":
        return new Selector.Nor(selectors(key, value));
      case "$not":
        return new Selector.Not(nested(() -> selector(value)));
      default:
        if (key.startsWith("$")) {
          throw unsupported(key);
        }
        return new Selector.Field(List.of(key.split("\\.", -1)), condition(key, value));
    }
  }

  private List<Selector> selectors(String operator, JsonNode value) {
    if (!value.isArray() || value.isEmpty()) {
      throw HyperError.unprocessable(
          operator + " needs a non-empty array of selectors, was " + describe(value));
    }
    return nested(
        () -> {
          List<Selector> parts = new ArrayList<>();
          for (JsonNode part : value) {
            parts.add(selector(part));
          }
          return parts;
        });
  }

  /** Parses one level deeper, within {@link #MAX_DEPTH}. */
  private <T> T nested(java.util.function.Supplier<T> inner) {
    if (++depth > MAX_DEPTH) {
      throw HyperError.badRequest("selector is nested deeper than " + MAX_DEPTH + " levels");
    }
    try {
      return inner.get();
    } finally {
      depth--;
    }
  }

  /** Counts conditions, within {@link #MAX_CONDITIONS}. */
  private void count(int n) {
    conditions += n;
    if (conditions > MAX_CONDITIONS) {
      throw HyperError.badRequest(
          "selector has more than "
              + MAX_CONDITIONS
              + " conditions; use $in for long lists of values");
    }
  }

  /** A field's value: an operator object, or any other value meaning equality. */
  private Condition condition(String field, JsonNode value) {
    if (!isOperatorObject(field, value)) {
      count(1);
      return new Condition.Eq(value);
    }
    List<Condition> parts = new ArrayList<>();
    for (Map.Entry<String, JsonNode> op : value.properties()) {
      parts.add(operator(field, op.getKey(), op.getValue()));
    }
    return parts.size() == 1 ? parts.get(0) : new Condition.AllOf(parts);
  }

  private static boolean isOperatorObject(String field, JsonNode value) {
    if (!value.isObject() || value.isEmpty()) {
      return false;
    }
    long operators = value.propertyNames().stream().filter(k -> k.startsWith("$")).count();
    if (operators == 0) {
      return false;
    }
    if (operators != value.size()) {
      throw HyperError.unprocessable(
          "the value of " + field + " mixes operators and field names: " + value);
    }
    return true;
  }

  private Condition operator(String field, String op, JsonNode arg) {
    count(1);
    switch (op) {
      case "$eq":
        return new Condition.Eq(arg);
      case "$ne":
        return new Condition.Not(new Condition.Eq(arg));
      case "$gt":
        return compare(Condition.Op.GT, arg);
      case "$gte":
        return compare(Condition.Op.GTE, arg);
      case "$lt":
        return compare(Condition.Op.LT, arg);
      case "$lte":
        return compare(Condition.Op.LTE, arg);
      case "$in":
        return new Condition.In(values(op, arg));
      case "$nin":
        return new Condition.Not(new Condition.In(values(op, arg)));
      case "$all":
        List<JsonNode> all = values(op, arg);
        count(all.size());
        return new Condition.All(all);
      case "$exists":
        if (!arg.isBoolean()) {
          throw HyperError.unprocessable("$exists needs true or false, was " + describe(arg));
        }
        return new Condition.Exists(arg.booleanValue());
      case "$regex":
        return regex(arg);
      case "$size":
        if (!arg.isIntegralNumber() || !arg.canConvertToInt() || arg.intValue() < 0) {
          throw HyperError.unprocessable("$size needs a whole number >= 0, was " + describe(arg));
        }
        return new Condition.Size(arg.intValue());
      case "$elemMatch":
        return elemMatch(field, arg);
      case "$not":
        if (!isOperatorObject(field, arg)) {
          throw HyperError.unprocessable(
              "$not needs an operator object such as {\"$gt\":1}, was " + describe(arg));
        }
        return new Condition.Not(nested(() -> condition(field, arg)));
      default:
        throw unsupported(op);
    }
  }

  private static Condition compare(Condition.Op op, JsonNode arg) {
    if (!JsonValues.isScalar(arg)) {
      throw HyperError.unprocessable(
          op.operator() + " needs a number, string, boolean or null, was " + describe(arg));
    }
    return new Condition.Compare(op, arg);
  }

  private static List<JsonNode> values(String op, JsonNode arg) {
    if (!arg.isArray()) {
      throw HyperError.unprocessable(op + " needs an array, was " + describe(arg));
    }
    List<JsonNode> values = new ArrayList<>();
    arg.forEach(values::add);
    return values;
  }

  private static Condition regex(JsonNode arg) {
    if (!arg.isString()) {
      throw HyperError.unprocessable("$regex needs a string, was " + describe(arg));
    }
    return new Condition.Regex(MangoRegex.compile(arg.stringValue()));
  }

  private Condition elemMatch(String field, JsonNode arg) {
    if (!arg.isObject()) {
      throw HyperError.unprocessable("$elemMatch needs an object, was " + describe(arg));
    }
    boolean onValue =
        !arg.isEmpty() && arg.propertyNames().stream().allMatch(FIELD_OPERATORS::contains);
    return nested(
        () ->
            onValue
                ? new Condition.ElemMatchValue(condition(field, arg))
                : new Condition.ElemMatch(selector(arg)));
  }

  private static HyperError unsupported(String operator) {
    return HyperError.badRequest("unsupported selector operator " + operator);
  }

  private static String describe(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "missing";
    }
    String text = node.toString();
    return text.length() > 60 ? text.substring(0, 57) + "..." : text;
  }
}
