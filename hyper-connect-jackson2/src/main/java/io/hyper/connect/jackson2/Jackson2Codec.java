package io.hyper.connect.jackson2;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hyper.connect.json.DocumentCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;

/**
 * A {@link DocumentCodec} over a Jackson 2 {@link ObjectMapper}: the app's mapper, its modules,
 * naming strategy and annotations apply to every document, value and selector operand.
 *
 * <pre>{@code
 * @Bean
 * Hyper hyper(ObjectMapper objectMapper) {   // Spring Boot 3's mapper
 *   return Hyper.builder()
 *       .connectionString(System.getenv("HYPER"))
 *       .codec(Jackson2Codec.of(objectMapper))
 *       .build();
 * }
 * }</pre>
 *
 * <p>Spring Boot's mapper already ignores unknown properties. Numbers reach {@link #decode} as
 * hyper wrote them, so {@code BigDecimal} fields are exact.
 */
public final class Jackson2Codec implements DocumentCodec {
  private final ObjectMapper mapper;

  private Jackson2Codec(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * Returns a codec over the app's mapper, used as is.
   *
   * @param mapper the app's Jackson 2 mapper
   * @return the codec
   * @throws IllegalArgumentException when {@code mapper} is null
   */
  public static Jackson2Codec of(ObjectMapper mapper) {
    if (mapper == null) {
      throw new IllegalArgumentException("mapper must not be null");
    }
    return new Jackson2Codec(mapper);
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
    try {
      return mapper.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e.getOriginalMessage(), e);
    }
  }

  @Override
  public <T> T decode(byte[] json, Type type) {
    try {
      return mapper.readValue(json, mapper.getTypeFactory().constructType(type));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return "Jackson2Codec[" + mapper.getClass().getSimpleName() + "]";
  }
}
