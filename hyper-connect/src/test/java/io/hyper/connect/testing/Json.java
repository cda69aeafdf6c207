package io.hyper.connect.testing;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON assertions for wire tests: bodies are compared as trees, so key order and spacing don't
 * matter.
 */
public final class Json {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private Json() {}

  /**
   * Parses JSON text.
   *
   * @param json the text
   * @return the tree
   */
  public static JsonNode parse(String json) {
    return MAPPER.readTree(json);
  }

  /**
   * Asserts a request's body is exactly the expected JSON and was sent as JSON.
   *
   * @param request the recorded request
   * @param expectedJson the expected body, as JSON text
   */
  public static void assertBody(RecordedRequest request, String expectedJson) {
    assertThat(request.header("Content-Type")).contains("application/json");
    assertThat(parse(request.bodyText())).isEqualTo(parse(expectedJson));
  }

  /**
   * Asserts a request has no body and no {@code Content-Type}.
   *
   * @param request the recorded request
   */
  public static void assertNoBody(RecordedRequest request) {
    assertThat(request.body()).isEmpty();
    assertThat(request.header("Content-Type")).isEmpty();
  }
}
