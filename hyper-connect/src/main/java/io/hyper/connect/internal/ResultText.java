package io.hyper.connect.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.hyper.connect.Result;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders results in hyper's own shape for {@code toString()}: {@code
 * {"ok":true,"status":201,"id":"movie-1"}} — what a developer expects to see in a log line.
 */
public final class ResultText {
  /** Leaves out nulls and empty optionals, as hyper's own answers do. */
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .changeDefaultPropertyInclusion(
              inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_ABSENT))
          .build();

  private static final tools.jackson.core.type.TypeReference<Map<String, Object>> MAP =
      new tools.jackson.core.type.TypeReference<>() {};

  /** Reads numbers back as written: a payload's {@code 12345678901234567.89} stays exact. */
  private static final ObjectMapper EXACT =
      JsonMapper.builder()
          .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();

  private ResultText() {}

  /**
   * {@code ok}, {@code status}, {@code msg} when present, then each payload field that is not null.
   *
   * @param result the result to render
   * @param payload field names and values, alternating
   * @return the result as compact JSON
   */
  public static String of(Result result, Object... payload) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("ok", result.ok());
    node.put("status", result.status());
    result.msg().ifPresent(msg -> node.put("msg", msg));
    for (int i = 0; i + 1 < payload.length; i += 2) {
      Object value = payload[i + 1];
      if (value != null) {
        node.set((String) payload[i], tree(value));
      }
    }
    return node.toString();
  }

  /**
   * An object of the given fields, nulls left out.
   *
   * @param fields field names and values, alternating
   * @return the object
   */
  public static ObjectNode node(Object... fields) {
    ObjectNode node = MAPPER.createObjectNode();
    for (int i = 0; i + 1 < fields.length; i += 2) {
      if (fields[i + 1] != null) {
        node.set((String) fields[i], tree(fields[i + 1]));
      }
    }
    return node;
  }

  /**
   * The given fields as compact JSON, nulls left out.
   *
   * @param fields field names and values, alternating
   * @return the JSON text
   */
  public static String json(Object... fields) {
    return node(fields).toString();
  }

  /**
   * Parses what a {@code toString()} of this class printed into plain Java values (maps, lists,
   * strings, numbers, booleans), which any JSON mapper serialises.
   *
   * @param text the JSON text of a result or entry
   * @return the map
   */
  public static Map<String, Object> asMap(String text) {
    return EXACT.readValue(text, MAP);
  }

  private static tools.jackson.databind.JsonNode tree(Object value) {
    try {
      return MAPPER.valueToTree(value);
    } catch (JacksonException e) {
      return MAPPER.getNodeFactory().stringNode(String.valueOf(value));
    }
  }
}
