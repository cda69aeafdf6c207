package io.hyper.local.http;

import io.hyper.local.core.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import tools.jackson.databind.JsonNode;

/**
 * What a route sends back: a status, headers, and a JSON or streamed body.
 *
 * <p>Immutable.
 */
public final class Response {
  /** Writes a streamed body; it is called once, on the request's thread. */
  @FunctionalInterface
  public interface Body {
    /** Writes the whole body to {@code out}; it must not close {@code out}. */
    void writeTo(OutputStream out) throws IOException;

    /**
     * Releases what the body holds when it will not be written (a {@code HEAD} request, a client
     * gone). Does nothing by default.
     */
    default void discard() throws IOException {}
  }

  static final String JSON_TYPE = "application/json; charset=utf-8";

  private final int status;
  private final Map<String, String> headers;
  private final Body body;
  private final OptionalLong length;
  private final byte[] bytes;

  private Response(
      int status, Map<String, String> headers, Body body, OptionalLong length, byte[] bytes) {
    this.status = status;
    this.headers = headers;
    this.body = body;
    this.length = length;
    this.bytes = bytes;
  }

  /** A JSON answer; the body is serialised once, up front. */
  public static Response json(int status, JsonNode body) {
    byte[] bytes = Json.MAPPER.writeValueAsBytes(Objects.requireNonNull(body, "body"));
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", JSON_TYPE);
    return new Response(
        status, headers, out -> out.write(bytes), OptionalLong.of(bytes.length), bytes);
  }

  /** {@code {"ok":true}} with the given status. */
  public static Response ok(int status) {
    return json(status, Json.ok());
  }

  /** {@code {"ok":false,"status":status,"msg":msg}}. */
  public static Response error(int status, String msg) {
    return json(status, Json.object().put("ok", false).put("status", status).put("msg", msg));
  }

  /**
   * A streamed answer of unknown length (sent chunked).
   *
   * @param contentType the media type, e.g. {@code image/png}
   */
  public static Response stream(int status, String contentType, Body body) {
    return stream(status, contentType, body, OptionalLong.empty());
  }

  /** A streamed answer whose length is known, when {@code length} is present. */
  public static Response stream(int status, String contentType, Body body, OptionalLong length) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", Objects.requireNonNull(contentType, "contentType"));
    return new Response(status, headers, Objects.requireNonNull(body, "body"), length, null);
  }

  /**
   * This answer with one more header (or {@code name} replaced), e.g. a security header of a page.
   */
  public Response withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
    return new Response(status, more, body, length, bytes);
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** The headers to send, in order. */
  public Map<String, String> headers() {
    return Map.copyOf(headers);
  }

  /** The body's length in bytes, when known before it is written. */
  public OptionalLong length() {
    return length;
  }

  /** The body. */
  public Body body() {
    return body;
  }

  /** The whole body when it is already in memory (JSON answers), so it is written in one go. */
  Optional<byte[]> bytes() {
    return Optional.ofNullable(bytes);
  }
}
