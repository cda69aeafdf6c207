package io.hyper.connect.data;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Mango selector: which documents {@code data().query(...)} returns (contract §4.7).
 *
 * <p>Build selectors with the static factories of {@link Selectors} ({@code and(eq("type",
 * "movie"), gt("year", 1984))}), or wrap one you already have as JSON text, a {@code Map} or a
 * Jackson {@code ObjectNode} with {@link #parse(String)} or {@link #of(Object)}. Every selector is
 * immutable and thread-safe; two selectors are {@linkplain Object#equals equal} when they render
 * the same JSON (key order aside), and {@link Object#toString()} is that JSON.
 */
public sealed interface Selector permits JsonSelector {

  /**
   * Renders this selector as a JSON object, e.g. {@code {"year":{"$gt":1984}}}.
   *
   * @return a fresh copy; changing it does not change this selector
   */
  ObjectNode toJson();

  /**
   * The empty selector {@code {}}, which matches every document.
   *
   * @return the selector that matches everything
   */
  static Selector empty() {
    return JsonSelector.EMPTY;
  }

  /**
   * Parses a selector written as JSON text, e.g. {@code {"type":"movie"}}.
   *
   * @param json a JSON object
   * @return the selector it describes
   * @throws IllegalArgumentException if {@code json} is null, not valid JSON or not an object
   */
  static Selector parse(String json) {
    return JsonSelector.parse(json);
  }

  /**
   * Wraps a selector given as a {@code java.util.Map<String, ?>}, a Jackson {@link JsonNode} object
   * or any object that Jackson renders as a JSON object. The value is copied: changing it
   * afterwards does not change the selector.
   *
   * @param raw the selector, e.g. {@code Map.of("type", "movie")}
   * @return the selector it describes
   * @throws IllegalArgumentException if {@code raw} is null or does not render as a JSON object
   */
  static Selector of(Object raw) {
    if (raw instanceof Selector selector) {
      return selector;
    }
    return JsonSelector.of(raw);
  }
}
