package io.hyper.local.core;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * The one gate every JSON request body of every service passes: what gets through is JSON that
 * every engine stores and compares the same way.
 *
 * <ul>
 *   <li>Malformed JSON, duplicate keys, invalid UTF-8 and an unpaired UTF-16 surrogate (a {@code
 *       "\ud800"} escape) are 400: the text is not valid JSON text.
 *   <li>Nesting deeper than {@value #MAX_DEPTH} levels is 400 (Jackson's {@link
 *       StreamReadConstraints}, so a deep body is refused while it is read, never recursed into).
 *   <li>A number JSON can write but no engine can hold ({@code 1e400}, which parses as infinity) is
 *       400. Data used to refuse it while cache and search stored {@code "Infinity"}.
 *   <li>An integer beyond 64 bits is 422: SQLite compares such numbers as doubles and Java exactly,
 *       so they would match differently in SQL and in Java; hyper itself (JavaScript) silently
 *       rounds them. Clients that need them exact send them as strings.
 * </ul>
 *
 * <p>Fractions are doubles, as in JavaScript; object keys keep their order.
 */
public final class JsonGate {
  /** The deepest nesting a request body may have. Stored data documents allow 100 levels. */
  public static final int MAX_DEPTH = 128;

  private static final JsonMapper GATE =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
                  .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                  .build())
          .build();

  private JsonGate() {}

  /**
   * Parses a request body and checks what it holds.
   *
   * @return the parsed value ({@link MissingNode} for empty or blank input)
   * @throws HyperError 400 for malformed JSON, invalid text, too deep nesting or a non-finite
   *     number; 422 for an integer beyond 64 bits
   */
  public static JsonNode read(byte[] json) {
    JsonNode node;
    try {
      node = GATE.readTree(json);
    } catch (JacksonException e) {
      throw HyperError.badRequest("malformed JSON: " + e.getOriginalMessage());
    }
    return checked(node);
  }

  /**
   * Parses JSON given as text, e.g. a query-string parameter, with the same rules as {@link
   * #read(byte[])}.
   */
  public static JsonNode read(String json) {
    return read(json.getBytes(StandardCharsets.UTF_8));
  }

  private static JsonNode checked(JsonNode node) {
    if (node == null) {
      return MissingNode.getInstance();
    }
    check(node);
    return node;
  }

  /**
   * Checks a value that did not come through {@link #read}: its numbers, its text and its depth.
   *
   * @throws HyperError as {@link #read(byte[])} does
   */
  public static void check(JsonNode node) {
    check(node, 1);
  }

  private static void check(JsonNode node, int depth) {
    if (node == null) {
      return;
    }
    if (node.isContainer()) {
      if (depth > MAX_DEPTH) {
        throw HyperError.badRequest("JSON is nested deeper than " + MAX_DEPTH + " levels");
      }
      if (node.isObject()) {
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
          checkText(entry.getKey());
          check(entry.getValue(), depth + 1);
        }
      } else {
        for (JsonNode element : node) {
          check(element, depth + 1);
        }
      }
    } else if (node.isString()) {
      checkText(node.stringValue());
    } else if (node.isNumber()) {
      checkNumber(node);
    }
  }

  private static void checkNumber(JsonNode node) {
    if (node.isBigInteger()) {
      throw HyperError.unprocessable(
          "integer "
              + abbreviate(node.toString())
              + " is beyond 64 bits; send it as a string to keep it exact");
    }
    if (node.isFloatingPointNumber() && !Double.isFinite(node.doubleValue())) {
      throw HyperError.badRequest("number out of range (not a finite double)");
    }
  }

  private static void checkText(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        throw unpaired();
      } else if (Character.isLowSurrogate(c)) {
        throw unpaired();
      }
    }
  }

  private static HyperError unpaired() {
    return HyperError.badRequest("invalid Unicode text: an unpaired UTF-16 surrogate");
  }

  private static String abbreviate(String text) {
    return text.length() > 40 ? text.substring(0, 20) + "…(" + text.length() + " digits)" : text;
  }
}
