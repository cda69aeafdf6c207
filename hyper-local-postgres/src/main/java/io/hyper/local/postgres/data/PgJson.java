package io.hyper.local.postgres.data;

import io.hyper.local.core.Json;
import java.math.BigDecimal;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The form of JSON values that PostgreSQL compares: the {@code doc} JSONB column and every operand
 * a translated selector binds are written through here, so that JSONB's comparisons agree with the
 * core's ({@link io.hyper.local.core.data.mango.JsonValues}).
 *
 * <p>Two rewrites, both invisible to clients (the document is returned from its original text):
 *
 * <ul>
 *   <li><b>Doubles of magnitude 2<sup>53</sup> or more become their exact integer.</b> The core
 *       compares a double by the binary fraction it holds; JSONB keeps the decimal text. Below
 *       2<sup>53</sup> the shortest text that reads back as the double orders exactly like the
 *       double against every long and double (no integer lies between a double and its text there);
 *       above it they can differ ({@code 1.152921504606847E18} is {@code 1152921504606846976}), so
 *       the exact value is written.
 *   <li><b>U+0000 becomes U+0001 U+0001, and U+0001 becomes U+0001 U+0002</b>, in keys and strings:
 *       PostgreSQL text cannot hold U+0000, and this code keeps equality and byte order (it is
 *       prefix-free and order-preserving), so comparisons under {@code COLLATE "C"} still agree.
 * </ul>
 */
final class PgJson {
  private static final double EXACT_LIMIT = 0x1p53;
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private PgJson() {}

  /** The JSON text of {@code value} in the compared form. */
  static String text(JsonNode value) {
    return Json.MAPPER.writeValueAsString(compared(value));
  }

  /** {@code value} in the compared form (a copy where anything changes). */
  static JsonNode compared(JsonNode value) {
    if (value.isString()) {
      String s = value.stringValue();
      return needsEscape(s) ? F.stringNode(escape(s)) : value;
    } else if ((value.isDouble() || value.isFloat())
        && Math.abs(value.doubleValue()) >= EXACT_LIMIT) {
      return F.numberNode(new BigDecimal(value.doubleValue()).toBigIntegerExact());
    } else if (value.isArray()) {
      ArrayNode out = F.arrayNode(value.size());
      for (JsonNode element : value) {
        out.add(compared(element));
      }
      return out;
    } else if (value.isObject()) {
      ObjectNode out = F.objectNode();
      for (Map.Entry<String, JsonNode> entry : value.properties()) {
        out.set(key(entry.getKey()), compared(entry.getValue()));
      }
      return out;
    }
    return value;
  }

  /** A key or string in the compared form. */
  static String key(String key) {
    return needsEscape(key) ? escape(key) : key;
  }

  private static boolean needsEscape(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) <= '\u0001') {
        return true;
      }
    }
    return false;
  }

  private static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\u0000') {
        out.append("\u0001\u0001");
      } else if (c == '\u0001') {
        out.append("\u0001\u0002");
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
