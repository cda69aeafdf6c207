package io.hyper.connect.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.hyper.connect.Result;
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

  private static tools.jackson.databind.JsonNode tree(Object value) {
    try {
      return MAPPER.valueToTree(value);
    } catch (JacksonException e) {
      return MAPPER.getNodeFactory().stringNode(String.valueOf(value));
    }
  }
}
