package io.hyper.local.http;

import io.hyper.local.core.HyperError;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses a raw query string ({@code a=1&b=x%20y&a=2}) into decoded names and values, as a form
 * does: {@code +} is a space, {@code %XX} a byte of UTF-8, a pair without {@code =} has the value
 * {@code ""}, empty pairs are skipped.
 */
final class QueryString {
  private QueryString() {}

  /**
   * The parameters of {@code raw}, in the order they first appear, each with its values in order.
   *
   * @param raw the query as sent, without {@code ?}; null or empty for none
   * @throws HyperError 400 for a malformed {@code %} escape
   */
  static Map<String, List<String>> parse(String raw) {
    Map<String, List<String>> result = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return result;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      result.computeIfAbsent(decode(name), k -> new ArrayList<>()).add(decode(value));
    }
    result.replaceAll((name, values) -> Collections.unmodifiableList(values));
    return Collections.unmodifiableMap(result);
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw HyperError.badRequest("malformed percent-encoding in query string");
    }
  }
}
