package io.hyper.connect.internal;

import io.hyper.connect.HyperException;
import java.io.InputStream;
import java.net.http.HttpHeaders;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * An answer below 500, read: the HTTP status and the JSON body. A non-JSON body arrives as {@code
 * {ok: <2xx?>, msg: <text>}}; in stream mode a 2xx body is not read but handed over as {@link
 * #stream()}.
 *
 * @param operation the operation, as {@code service.op}
 * @param status the HTTP status
 * @param body the JSON body (an empty object when there was none or in stream mode)
 * @param stream the response body of a 2xx answer in stream mode, else {@code null}
 * @param headers the response headers
 * @param codec the codec that decodes documents
 */
public record Reply(
    String operation,
    int status,
    JsonNode body,
    InputStream stream,
    HttpHeaders headers,
    JsonCodec codec) {

  /**
   * Tells whether hyper reported success: a 2xx status and no {@code "ok": false} in the body.
   *
   * @return whether the answer is ok
   */
  public boolean ok() {
    JsonNode ok = body.path("ok");
    return status >= 200 && status < 300 && !(ok.isBoolean() && !ok.booleanValue());
  }

  /**
   * Returns the body's {@code msg}, when it is a string.
   *
   * @return the message, or empty
   */
  public Optional<String> msg() {
    JsonNode msg = body.path("msg");
    return msg.isString() ? Optional.of(msg.stringValue()) : Optional.empty();
  }

  /**
   * Returns a field of the body that an ok answer must have.
   *
   * @param name the field name
   * @return the field, or a missing node when the answer is not ok
   * @throws HyperException when the answer is ok but lacks the field
   */
  public JsonNode required(String name) {
    JsonNode node = body.path(name);
    if (ok() && node.isMissingNode()) {
      throw new HyperException(
          operation + ": the answer (status " + status + ") has no '" + name + "' field");
    }
    return node;
  }
}
