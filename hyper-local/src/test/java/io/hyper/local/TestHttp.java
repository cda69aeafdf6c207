package io.hyper.local;

import io.hyper.local.core.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import tools.jackson.databind.JsonNode;

/**
 * A small HTTP client for integration tests of hyper-local: raw requests, raw answers, no SDK in
 * between. Paths are sent exactly as given (encode them yourself).
 */
public final class TestHttp {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private final String baseUrl;
  private final Duration timeout;

  /** A client for the server at {@code baseUrl} ({@code http://127.0.0.1:port}). */
  public TestHttp(String baseUrl) {
    this(baseUrl, Duration.ofSeconds(60));
  }

  /** A client whose requests may take up to {@code timeout} (for heavy requests on a busy CI). */
  public TestHttp(String baseUrl, Duration timeout) {
    this.baseUrl = baseUrl;
    this.timeout = timeout;
  }

  /** An answer: status, headers, body bytes. */
  public record Reply(int status, HttpHeaders headers, byte[] body) {
    /** The body parsed as JSON. */
    public JsonNode json() {
      return Json.MAPPER.readTree(body);
    }

    /** The body as UTF-8 text. */
    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    /** A response header, or null. */
    public String header(String name) {
      return headers.firstValue(name).orElse(null);
    }
  }

  /** GET with optional header name/value pairs. */
  public Reply get(String path, String... headers) {
    return send("GET", path, BodyPublishers.noBody(), headers);
  }

  /** DELETE with optional header name/value pairs. */
  public Reply delete(String path, String... headers) {
    return send("DELETE", path, BodyPublishers.noBody(), headers);
  }

  /** POST a JSON text (sent with {@code Content-Type: application/json}). */
  public Reply post(String path, String json, String... headers) {
    return send("POST", path, BodyPublishers.ofString(json), withJson(headers));
  }

  /** PUT a JSON text (sent with {@code Content-Type: application/json}). */
  public Reply put(String path, String json, String... headers) {
    return send("PUT", path, BodyPublishers.ofString(json), withJson(headers));
  }

  /** Any request. {@code headers} are name/value pairs. */
  public Reply send(String method, String path, BodyPublisher body, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(timeout).method(method, body);
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      HttpResponse<byte[]> response =
          CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Reply(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String[] withJson(String[] headers) {
    String[] all = new String[headers.length + 2];
    all[0] = "Content-Type";
    all[1] = "application/json";
    System.arraycopy(headers, 0, all, 2, headers.length);
    return all;
  }
}
