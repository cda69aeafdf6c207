package io.hyper.connect.internal;

import java.net.URI;
import java.net.http.HttpRequest.BodyPublisher;
import java.util.Map;

/**
 * One request, ready to send (and to send again on a retry).
 *
 * @param operation the operation: its name for logs, results and exceptions, its retry and timeout
 *     classes
 * @param method the HTTP method
 * @param uri the full URL, path segments and query already encoded
 * @param headers extra headers (besides {@code Authorization} and {@code User-Agent})
 * @param body the body, or {@code null} for none
 * @param oneShotBody whether the body can be read only once (an upload from an {@code
 *     InputStream}): once any of it was sent, the request is never retried
 * @param stream whether a 2xx answer's body is handed over as a stream instead of parsed
 */
public record Request(
    Operation operation,
    String method,
    URI uri,
    Map<String, String> headers,
    BodyPublisher body,
    boolean oneShotBody,
    boolean stream) {

  /**
   * Copies the headers.
   *
   * @param operation the operation
   * @param method the HTTP method
   * @param uri the full URL, path segments and query already encoded
   * @param headers extra headers (besides {@code Authorization} and {@code User-Agent})
   * @param body the body, or {@code null} for none
   * @param oneShotBody whether the body can be read only once
   * @param stream whether a 2xx answer's body is handed over as a stream instead of parsed
   */
  public Request {
    headers = Map.copyOf(headers);
  }
}
