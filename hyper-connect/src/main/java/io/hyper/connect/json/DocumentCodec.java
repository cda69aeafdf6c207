package io.hyper.connect.json;

import java.lang.reflect.Type;

/**
 * Turns the app's values into JSON and JSON back into the app's types: the one place an app decides
 * how its documents look on the wire. Set it with {@link
 * io.hyper.connect.Hyper.Builder#codec(DocumentCodec)}; the default is {@link
 * JacksonCodec#defaults()}. A Jackson 2 app uses {@code Jackson2Codec.of(objectMapper)} from the
 * {@code hyper-connect-jackson2} module.
 *
 * <p>Implementations must be thread-safe. Numbers must survive as written: the SDK hands {@link
 * #decode} the exact JSON text hyper sent (a {@code 12345678901234567.89} stays that text).
 */
public interface DocumentCodec {

  /**
   * Encodes a value (a document, a cache value, a selector's operand) as JSON.
   *
   * @param value the value; never {@code null}
   * @return its JSON text, UTF-8
   * @throws RuntimeException when the value cannot be encoded; the SDK reports it as an {@link
   *     IllegalArgumentException} naming the argument
   */
  byte[] encode(Object value);

  /**
   * Decodes JSON to a type.
   *
   * @param <T> the target type
   * @param json JSON text, UTF-8
   * @param type the target: a {@code Class}, or a generic type from {@link
   *     io.hyper.connect.TypeRef#type()}
   * @return the decoded value
   * @throws RuntimeException when the JSON does not fit the type; the SDK reports it as a {@link
   *     io.hyper.connect.HyperException} naming the operation
   */
  <T> T decode(byte[] json, Type type);
}
