package io.hyper.connect.internal;

import java.net.URI;
import java.net.http.HttpRequest.BodyPublisher;
import java.util.Map;

/**
 * One request, ready to send (and to send again on a retry).
 *
 * @param operation the operation, as {@code service.op}, for logs, results and exceptions
 * @param method the HTTP method
 * @param uri the full URL, path segments and query already encoded
 * @param headers extra headers (besides {@code Authorization} and {@code User-Agent})
 * @param body the body, or {@code null} for none
 * @param idempotent whether a connection failure may be retried
 * @param stream whether a 2xx answer's body is handed over as a stream instead of parsed
 */
public record Request(
    String operation,
    String method,
    URI uri,
    Map<String, String> headers,
    BodyPublisher body,
    boolean idempotent,
    boolean stream) {

  /**
   * Copies the headers.
   *
   * @param operation the operation, as {@code service.op}, for logs, results and exceptions
   * @param method the HTTP method
   * @param uri the full URL, path segments and query already encoded
   * @param headers extra headers (besides {@code Authorization} and {@code User-Agent})
   * @param body the body, or {@code null} for none
   * @param idempotent whether a connection failure may be retried
   * @param stream whether a 2xx answer's body is handed over as a stream instead of parsed
   */
  public Request {
    headers = Map.copyOf(headers);
  }
}
