package io.hyper.local.http;

import com.sun.net.httpserver.HttpExchange;
import io.hyper.local.core.HyperError;
import io.hyper.local.core.Json;
import io.hyper.local.core.JsonGate;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** One HTTP request as a route sees it: method, decoded path parameters, query, headers, body. */
public final class Request {
  /** The body limit of {@code POST /data/{db}} and {@code PUT /data/{db}/{id}}: 8 MiB. */
  public static final long DOCUMENT_LIMIT = 8L * 1024 * 1024;

  /** The body limit of every other JSON route: 10 MiB. */
  public static final long JSON_LIMIT = 10L * 1024 * 1024;

  private final HttpExchange exchange;
  private final Map<String, String> params;
  private final Map<String, List<String>> query;

  Request(HttpExchange exchange, Map<String, String> params) {
    this.exchange = exchange;
    this.params = Map.copyOf(params);
    this.query = parseQuery(exchange.getRequestURI().getRawQuery());
  }

  /** The HTTP method, upper case. */
  public String method() {
    return exchange.getRequestMethod();
  }

  /** The path as sent, still percent-encoded. */
  public String rawPath() {
    return exchange.getRequestURI().getRawPath();
  }

  /**
   * A path parameter, percent-decoded. For a wildcard parameter ({@code {path*}}) the decoded
   * segments joined with {@code /}.
   *
   * @throws IllegalArgumentException if the route has no such parameter (a programming error)
   */
  public String param(String name) {
    String value = params.get(name);
    if (value == null) {
      throw new IllegalArgumentException("route has no parameter " + name);
    }
    return value;
  }

  /** The first value of a query parameter, decoded. */
  public Optional<String> query(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** Every value of a query parameter, decoded, in order. */
  public List<String> queryAll(String name) {
    return query.getOrDefault(name, List.of());
  }

  /** A request header (case-insensitive name). */
  public Optional<String> header(String name) {
    return Optional.ofNullable(exchange.getRequestHeaders().getFirst(name));
  }

  /** The request body, streamed; reading it is the route's job. */
  public InputStream body() {
    return exchange.getRequestBody();
  }

  /**
   * {@code scheme://host[:port]} as the client addressed this server (its {@code Host} header), for
   * URLs that point back here.
   */
  public String baseUrl() {
    String host =
        header("Host").orElseGet(() -> "127.0.0.1:" + exchange.getLocalAddress().getPort());
    return "http://" + host;
  }

  /**
   * Reads the body as JSON, whatever its {@code Content-Type}. An empty body is {@code {}}.
   *
   * @param limit the most bytes accepted
   * @return a JSON object or array
   * @throws HyperError 413 past {@code limit}; 400 for malformed JSON or a top-level primitive
   */
  public JsonNode json(long limit) throws IOException {
    byte[] bytes = readAtMost(limit);
    if (bytes.length == 0) {
      return Json.object();
    }
    JsonNode node;
    try {
      node = JsonGate.read(bytes);
    } catch (JacksonException e) {
      throw HyperError.badRequest("malformed JSON: " + e.getOriginalMessage());
    }
    if (node == null || node.isMissingNode() || !(node.isObject() || node.isArray())) {
      throw HyperError.badRequest("body must be a JSON object or array");
    }
    return node;
  }

  private byte[] readAtMost(long limit) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[16 * 1024];
    InputStream in = body();
    long total = 0;
    for (int n; (n = in.read(buffer)) != -1; ) {
      total += n;
      if (total > limit) {
        throw HyperError.tooLarge("request body is larger than " + limit + " bytes");
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private static Map<String, List<String>> parseQuery(String raw) {
    Map<String, List<String>> result = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return result;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      result.computeIfAbsent(decodeQuery(name), k -> new ArrayList<>()).add(decodeQuery(value));
    }
    return result;
  }

  private static String decodeQuery(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw HyperError.badRequest("malformed query string");
    }
  }
}
