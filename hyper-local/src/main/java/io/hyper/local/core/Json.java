package io.hyper.local.core;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The one JSON mapper of hyper-local, and small helpers around it. */
public final class Json {
  /**
   * The shared, immutable mapper: strict parsing (one value per body, duplicate keys rejected),
   * compact output that keeps the key order it was given.
   */
  public static final JsonMapper MAPPER =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private Json() {}

  /** A new, empty JSON object. */
  public static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  /** {@code {"ok":true}}. */
  public static ObjectNode ok() {
    return object().put("ok", true);
  }
}
