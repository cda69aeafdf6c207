package io.hyper.connect.internal;

import io.hyper.connect.HyperException;
import io.hyper.connect.TypeRef;
import io.hyper.connect.json.DocumentCodec;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** The untyped form payloads decode to, and the decoding of a list payload. */
public final class Untyped {
  /** {@code Map<String, Object>}, a document's untyped form. */
  public static final TypeRef<Map<String, Object>> MAP = new TypeRef<>() {};

  private Untyped() {}

  /**
   * Decodes every element of a JSON array with the app's codec.
   *
   * @param <T> the element type
   * @param codec the app's codec
   * @param array the array (a missing node decodes to an empty list)
   * @param type the element type
   * @param operation the operation, for the error message
   * @return the decoded elements, unmodifiable
   * @throws HyperException when an element does not fit the type
   */
  public static <T> List<T> list(DocumentCodec codec, JsonNode array, Type type, String operation) {
    List<T> out = new ArrayList<>(array == null ? 0 : array.size());
    if (array != null) {
      for (JsonNode element : array) {
        out.add(JsonCodec.<T>decode(codec, element, type, operation));
      }
    }
    return Collections.unmodifiableList(out);
  }
}
