package io.hyper.local.core.data.mango;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Equality and ordering of JSON values as the selector language defines them.
 *
 * <p>Numbers compare by exact value ({@code 1 == 1.0}, and a double by the binary fraction it
 * holds); strings by Unicode code point, which is the order of their UTF-8 bytes (what SQLite's
 * {@code BINARY} collation uses); {@code false < true}. Across types the sort order is: missing,
 * {@code null}, {@code false}, {@code true}, numbers, strings, arrays, objects.
 */
public final class JsonValues {
  private JsonValues() {}

  /** The JSON types in sort order. */
  public enum Kind {
    /** {@code null}. */
    NULL,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** Any number. */
    NUMBER,
    /** A string. */
    STRING,
    /** An array. */
    ARRAY,
    /** An object. */
    OBJECT
  }

  /** The JSON type of a value. */
  public static Kind kind(JsonNode node) {
    if (node.isNull()) {
      return Kind.NULL;
    } else if (node.isBoolean()) {
      return Kind.BOOLEAN;
    } else if (node.isNumber()) {
      return Kind.NUMBER;
    } else if (node.isString()) {
      return Kind.STRING;
    } else if (node.isArray()) {
      return Kind.ARRAY;
    }
    return Kind.OBJECT;
  }

  /** True for {@code null}, booleans, numbers and strings. */
  public static boolean isScalar(JsonNode node) {
    return !node.isContainer();
  }

  /**
   * Strict equality: same JSON type and same value; arrays element by element; objects with the
   * same keys in the same order and equal values.
   */
  public static boolean equal(JsonNode a, JsonNode b) {
    Kind kind = kind(a);
    if (kind != kind(b)) {
      return false;
    }
    switch (kind) {
      case ARRAY:
        if (a.size() != b.size()) {
          return false;
        }
        for (int i = 0; i < a.size(); i++) {
          if (!equal(a.get(i), b.get(i))) {
            return false;
          }
        }
        return true;
      case OBJECT:
        return equalObjects(a, b);
      default:
        return compareScalars(a, b) == 0;
    }
  }

  private static boolean equalObjects(JsonNode a, JsonNode b) {
    if (a.size() != b.size()) {
      return false;
    }
    Iterator<Map.Entry<String, JsonNode>> left = a.properties().iterator();
    Iterator<Map.Entry<String, JsonNode>> right = b.properties().iterator();
    while (left.hasNext()) {
      Map.Entry<String, JsonNode> l = left.next();
      Map.Entry<String, JsonNode> r = right.next();
      if (!l.getKey().equals(r.getKey()) || !equal(l.getValue(), r.getValue())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Compares two scalars of the same {@link Kind}.
   *
   * @throws IllegalArgumentException if the kinds differ or a value is an array or object
   */
  public static int compareScalars(JsonNode a, JsonNode b) {
    Kind kind = kind(a);
    if (kind != kind(b)) {
      throw new IllegalArgumentException("cannot compare " + kind + " with " + kind(b));
    }
    switch (kind) {
      case NULL:
        return 0;
      case BOOLEAN:
        return Boolean.compare(a.booleanValue(), b.booleanValue());
      case NUMBER:
        return compareNumbers(a, b);
      case STRING:
        return compareCodePoints(a.stringValue(), b.stringValue());
      default:
        throw new IllegalArgumentException("not a scalar: " + kind);
    }
  }

  /**
   * Compares two numbers by their exact values, as SQLite does: a double is the binary fraction it
   * holds ({@code -9.223372036854776E18} is exactly -2^63, equal to {@code Long.MIN_VALUE}), not
   * its shortest decimal spelling, and {@code -0.0} equals {@code 0}.
   */
  static int compareNumbers(JsonNode a, JsonNode b) {
    boolean aLong = a.isIntegralNumber() && a.canConvertToLong();
    boolean bLong = b.isIntegralNumber() && b.canConvertToLong();
    if (aLong && bLong) {
      return Long.compare(a.longValue(), b.longValue());
    }
    if (a.isDouble() && b.isDouble()) {
      double x = a.doubleValue();
      double y = b.doubleValue();
      return x == y ? 0 : Double.compare(x, y);
    }
    return exact(a).compareTo(exact(b));
  }

  private static BigDecimal exact(JsonNode number) {
    if (number.isIntegralNumber()) {
      return new BigDecimal(number.bigIntegerValue());
    }
    if (number.isDouble() || number.isFloat()) {
      return new BigDecimal(number.doubleValue());
    }
    return number.decimalValue();
  }

  /** Compares strings by Unicode code point (UTF-8 byte order), not by UTF-16 unit. */
  public static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    if (i < a.length()) {
      return 1;
    }
    return j < b.length() ? -1 : 0;
  }
}
