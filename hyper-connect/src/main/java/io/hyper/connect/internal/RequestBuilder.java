package io.hyper.connect.internal;

import java.net.URI;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Builds one {@link Request}: path, query, headers and body; then {@link #call} binds a mapping.
 */
public final class RequestBuilder {
  private final Transport transport;
  private final Operation operation;
  private final String method;
  private final StringBuilder url;
  private final StringBuilder query = new StringBuilder();
  private final Map<String, String> headers = new LinkedHashMap<>();
  private BodyPublisher body;
  private boolean oneShotBody;
  private boolean stream;

  RequestBuilder(Transport transport, Operation operation, String method, String baseUrl) {
    this.transport = transport;
    this.operation = operation;
    this.method = method;
    this.url = new StringBuilder(baseUrl);
  }

  /**
   * Appends one path segment, percent-encoded ({@code a/b} becomes {@code a%2Fb}).
   *
   * @param segment the raw segment: an id, key or name
   * @return this builder
   */
  public RequestBuilder segment(String segment) {
    url.append('/').append(Percent.encodeSegment(segment));
    return this;
  }

  /**
   * Appends a path of several segments, each percent-encoded, keeping the {@code /} separators
   * (storage object paths).
   *
   * @param path the raw path, e.g. {@code photos/x y.png}
   * @return this builder
   */
  public RequestBuilder path(String path) {
    for (String segment : path.split("/", -1)) {
      segment(segment);
    }
    return this;
  }

  /**
   * Appends an action segment as is ({@code _query}, {@code _bulk}, {@code _index}).
   *
   * @param action the action
   * @return this builder
   */
  public RequestBuilder action(String action) {
    url.append('/').append(action);
    return this;
  }

  /**
   * Adds a query parameter; a {@code null} value is omitted.
   *
   * @param name the parameter name
   * @param value the raw value, or {@code null}
   * @return this builder
   */
  public RequestBuilder query(String name, String value) {
    if (value != null) {
      query.append(query.length() == 0 ? '?' : '&');
      query.append(Percent.encodeQueryValue(name)).append('=');
      query.append(Percent.encodeQueryValue(value));
    }
    return this;
  }

  /**
   * Sets a request header.
   *
   * @param name the header name
   * @param value the value
   * @return this builder
   */
  public RequestBuilder header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  /**
   * Asks for hyper-shaped GET answers ({@code X-HYPER-LEGACY-GET: false}), as data and cache {@code
   * get} do.
   *
   * @return this builder
   */
  public RequestBuilder hyperShapedGet() {
    return header("X-HYPER-LEGACY-GET", "false");
  }

  /**
   * Sets a JSON body and {@code Content-Type: application/json}.
   *
   * @param json the body
   * @return this builder
   */
  public RequestBuilder json(JsonNode json) {
    return body(BodyPublishers.ofByteArray(JsonCodec.write(json)), "application/json");
  }

  /**
   * Sets any body with its content type (for example a streamed upload).
   *
   * @param publisher the body
   * @param contentType the {@code Content-Type} to send
   * @return this builder
   */
  public RequestBuilder body(BodyPublisher publisher, String contentType) {
    this.body = publisher;
    return header("Content-Type", contentType);
  }

  /**
   * Marks the body as readable only once (an {@code InputStream}): once any of it went out, the
   * request is never sent again, whatever its retry class.
   *
   * @return this builder
   */
  public RequestBuilder oneShotBody() {
    this.oneShotBody = true;
    return this;
  }

  /**
   * Hands a 2xx answer's body over as {@link Reply#stream()} instead of parsing it; other answers
   * are still read and mapped as usual.
   *
   * @return this builder
   */
  public RequestBuilder streamResponse() {
    this.stream = true;
    return this;
  }

  /**
   * Returns the request.
   *
   * @return the request
   */
  public Request build() {
    return new Request(
        operation, method, URI.create(url.toString() + query), headers, body, oneShotBody, stream);
  }

  /**
   * Binds the answer's mapping: the result can now be sent sync or async.
   *
   * @param <R> the result type
   * @param mapping turns the reply into the result
   * @return the call
   */
  public <R> Call<R> call(Function<Reply, R> mapping) {
    return new Call<>(transport, build(), mapping);
  }
}
