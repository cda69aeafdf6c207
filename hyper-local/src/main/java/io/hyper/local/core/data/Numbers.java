package io.hyper.local.core.data;

import io.hyper.local.core.HyperError;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** Reads the whole-number arguments {@code limit} and {@code skip}: numbers or numeric strings. */
final class Numbers {
  private static final Pattern NUMERIC =
      Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

  private Numbers() {}

  /**
   * Parses a numeric string such as {@code "10"} or {@code "1e2"}.
   *
   * @throws HyperError 422 unless it is a whole number in 0..Integer.MAX_VALUE
   */
  static int wholeNumber(String name, String text) {
    String trimmed = text.trim();
    if (!NUMERIC.matcher(trimmed).matches()) {
      throw HyperError.unprocessable(name + " must be a number, was '" + text + "'");
    }
    return check(name, Double.parseDouble(trimmed), "'" + text + "'");
  }

  /**
   * Reads a JSON number or numeric string.
   *
   * @throws HyperError 422 unless it is a whole number in 0..Integer.MAX_VALUE
   */
  static int wholeNumber(String name, JsonNode node) {
    if (node.isString()) {
      return wholeNumber(name, node.stringValue());
    }
    if (!node.isNumber()) {
      throw HyperError.unprocessable(name + " must be a number, was " + node);
    }
    return check(name, node.doubleValue(), node.toString());
  }

  private static int check(String name, double value, String shown) {
    if (!Double.isFinite(value) || value != Math.rint(value)) {
      throw HyperError.unprocessable(name + " must be a whole number, was " + shown);
    }
    if (value < 0 || value > Integer.MAX_VALUE) {
      throw HyperError.unprocessable(
          name + " must be between 0 and " + Integer.MAX_VALUE + ", was " + shown);
    }
    return (int) value;
  }
}
