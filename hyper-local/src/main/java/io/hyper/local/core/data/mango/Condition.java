package io.hyper.local.core.data.mango;

import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * What a field's value must satisfy, as one Mango operator expression.
 *
 * <p>Value operators ({@link Eq}, {@link Compare}, {@link In}, {@link Regex}) follow MongoDB's
 * array rule: when the field holds an array, they match if the array itself or any of its elements
 * satisfies them. {@code $ne} and {@code $nin} are parsed as {@link Not} of {@link Eq} and {@link
 * In}, so they also match a missing field.
 */
public sealed interface Condition {

  /** The ordering operators. */
  enum Op {
    /** {@code $gt}. */
    GT("$gt"),
    /** {@code $gte}. */
    GTE("$gte"),
    /** {@code $lt}. */
    LT("$lt"),
    /** {@code $lte}. */
    LTE("$lte");

    private final String operator;

    Op(String operator) {
      this.operator = operator;
    }

    /** The Mango spelling, e.g. {@code $gt}. */
    public String operator() {
      return operator;
    }

    /** Whether a comparison result ({@code <0}, {@code 0}, {@code >0}) satisfies this operator. */
    public boolean accepts(int comparison) {
      return switch (this) {
        case GT -> comparison > 0;
        case GTE -> comparison >= 0;
        case LT -> comparison < 0;
        case LTE -> comparison <= 0;
      };
    }
  }

  /** Equal to {@code value} (numbers by value, objects key order included). */
  record Eq(JsonNode value) implements Condition {
    /** Checks the value. */
    public Eq {
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * Ordered against a scalar {@code value} of the same JSON type; values of other types never
   * match.
   */
  record Compare(Op op, JsonNode value) implements Condition {
    /** Checks both parts. */
    public Compare {
      Objects.requireNonNull(op, "op");
      Objects.requireNonNull(value, "value");
    }
  }

  /** Equal to one of {@code values}. */
  record In(List<JsonNode> values) implements Condition {
    /** Copies the values. */
    public In {
      values = List.copyOf(values);
    }
  }

  /** The field is present ({@code true}) or absent ({@code false}). */
  record Exists(boolean present) implements Condition {}

  /** A string that {@code pattern} (RE2 syntax, see {@link MangoRegex}) finds a match in. */
  record Regex(com.google.re2j.Pattern pattern) implements Condition {
    /** Checks the pattern. */
    public Regex {
      Objects.requireNonNull(pattern, "pattern");
    }
  }

  /** An array that contains every one of {@code values}; never matches when it is empty. */
  record All(List<JsonNode> values) implements Condition {
    /** Copies the values. */
    public All {
      values = List.copyOf(values);
    }
  }

  /** An array with exactly {@code size} elements. */
  record Size(int size) implements Condition {}

  /** An array with at least one element that, taken as a document, matches {@code selector}. */
  record ElemMatch(Selector selector) implements Condition {
    /** Checks the selector. */
    public ElemMatch {
      Objects.requireNonNull(selector, "selector");
    }
  }

  /** An array with at least one element that satisfies {@code condition}. */
  record ElemMatchValue(Condition condition) implements Condition {
    /** Checks the condition. */
    public ElemMatchValue {
      Objects.requireNonNull(condition, "condition");
    }
  }

  /** Does not satisfy {@code inner}; matches a missing field too. */
  record Not(Condition inner) implements Condition {
    /** Checks the inner condition. */
    public Not {
      Objects.requireNonNull(inner, "inner");
    }
  }

  /** Satisfies every one of {@code parts} (several operators on one field). */
  record AllOf(List<Condition> parts) implements Condition {
    /** Copies the parts. */
    public AllOf {
      parts = List.copyOf(parts);
    }
  }
}
