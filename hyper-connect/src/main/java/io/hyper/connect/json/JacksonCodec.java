package io.hyper.connect.json;

import java.lang.reflect.Type;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@link DocumentCodec} over a Jackson 3 {@link ObjectMapper}: the default codec.
 *
 * <pre>{@code
 * Hyper hyper = Hyper.builder()
 *     .connectionString("http://localhost:6363/test")
 *     .codec(JacksonCodec.of(myJsonMapper))   // or .objectMapper(myJsonMapper)
 *     .build();
 * }</pre>
 */
public final class JacksonCodec implements DocumentCodec {
  private static final JacksonCodec DEFAULTS = new JacksonCodec(defaultMapper());

  private final ObjectMapper mapper;

  private JacksonCodec(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * Returns the codec the SDK uses when none is set: a {@code JsonMapper} with the lenient settings
   * a Java developer expects of documents others also write: unknown properties are ignored, and a
   * {@code null} or missing value for a primitive ({@code int year}) decodes to its default ({@code
   * 0}). Dates are ISO-8601 text (Jackson 3's default); big numbers are exact when the target type
   * is {@code BigDecimal} or {@code BigInteger}.
   *
   * @return the default codec
   */
  public static JacksonCodec defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a codec over the app's mapper, used as is (its modules, naming strategy, date format
   * and features all apply).
   *
   * @param mapper the app's Jackson 3 mapper
   * @return the codec
   * @throws IllegalArgumentException when {@code mapper} is null
   */
  public static JacksonCodec of(ObjectMapper mapper) {
    if (mapper == null) {
      throw new IllegalArgumentException("mapper must not be null");
    }
    return new JacksonCodec(mapper);
  }

  /**
   * Returns the mapper that {@link #defaults()} uses, to start an app's own mapper from: {@code
   * JacksonCodec.defaultMapper().rebuild().…build()}.
   *
   * @return a new mapper with the default settings
   */
  public static JsonMapper defaultMapper() {
    return JsonMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .build();
  }

  /**
   * Returns the mapper this codec encodes and decodes with.
   *
   * @return the mapper
   */
  public ObjectMapper mapper() {
    return mapper;
  }

  @Override
  public byte[] encode(Object value) {
    return mapper.writeValueAsBytes(value);
  }

  @Override
  public <T> T decode(byte[] json, Type type) {
    return mapper.readValue(json, mapper.getTypeFactory().constructType(type));
  }

  @Override
  public String toString() {
    return "JacksonCodec[" + mapper.getClass().getSimpleName() + "]";
  }
}
