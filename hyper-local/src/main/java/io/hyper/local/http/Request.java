package io.hyper.local.http;

import io.hyper.local.core.HyperError;
import io.hyper.local.core.Json;
import io.hyper.local.core.JsonGate;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
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

  private final org.eclipse.jetty.server.Request exchange;
  private final Map<String, String> params;
  private final Map<String, List<String>> query;
  private final BodyBudget.Lease memory;
  private InputStream body;

  Request(
      org.eclipse.jetty.server.Request exchange,
      Map<String, String> params,
      BodyBudget.Lease memory) {
    this.exchange = exchange;
    this.params = Map.copyOf(params);
    this.query = QueryString.parse(exchange.getHttpURI().getQuery());
    this.memory = memory;
  }

  /** The HTTP method, upper case. */
  public String method() {
    return exchange.getMethod();
  }

  /** The path as sent, still percent-encoded. */
  public String rawPath() {
    return exchange.getHttpURI().getPath();
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
    return Optional.ofNullable(exchange.getHeaders().get(name));
  }

  /**
   * The request body, streamed; reading it is the route's job. A failure to read it from the client
   * is a {@link BodyReadException}.
   */
  public InputStream body() {
    if (body == null) {
      body = new ClientStream(org.eclipse.jetty.server.Request.asInputStream(exchange));
    }
    return body;
  }

  /**
   * {@code scheme://host[:port]} as the client addressed this server (its {@code Host} header), for
   * URLs that point back here.
   */
  public String baseUrl() {
    String host =
        header("Host")
            .orElseGet(
                () -> "127.0.0.1:" + org.eclipse.jetty.server.Request.getLocalPort(exchange));
    return "http://" + host;
  }

  /**
   * Reads the body as JSON, whatever its {@code Content-Type}. An empty body is {@code {}}.
   *
   * @param limit the most bytes accepted
   * @return a JSON object or array
   * @throws HyperError 413 past {@code limit}; 400 for malformed JSON or a top-level primitive; 503
   *     when the server holds too many request bodies in memory already
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

  /**
   * Reads the whole body, charging it to the server's body budget. With a {@code Content-Length}
   * the array is allocated once, at its size; without one (chunked) it grows as bytes arrive.
   */
  private byte[] readAtMost(long limit) throws IOException {
    long announced = exchange.getLength();
    if (announced > limit) {
      throw tooLarge(limit);
    }
    InputStream in = CompleteBody.of(this);
    if (announced >= 0) {
      memory.reserve(announced);
      byte[] bytes = new byte[(int) announced];
      int read = in.readNBytes(bytes, 0, bytes.length);
      if (read < bytes.length) {
        throw new BodyReadException("request body ended before its Content-Length", null);
      }
      return bytes;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[16 * 1024];
    long total = 0;
    for (int n; (n = in.read(buffer)) != -1; ) {
      total += n;
      if (total > limit) {
        throw tooLarge(limit);
      }
      // The growing array and its final copy: twice what was read.
      memory.reserve(2L * n);
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private static HyperError tooLarge(long limit) {
    return HyperError.tooLarge("request body is larger than " + limit + " bytes");
  }

  /** The client's bytes; a failed read says it was the client's side that failed. */
  private static final class ClientStream extends FilterInputStream {
    ClientStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      try {
        return super.read();
      } catch (IOException e) {
        throw new BodyReadException("request body could not be read", e);
      }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      try {
        return super.read(buffer, offset, length);
      } catch (IOException e) {
        throw new BodyReadException("request body could not be read", e);
      }
    }
  }
}
