package io.hyper.local.http;

import io.hyper.local.core.Json;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's error pages as hyper's {@code {ok:false,status,msg}}: for messages Jetty could not parse
 * (a bad request line, oversize headers, a bad {@code Content-Length} — 400, 414, 431) and for
 * errors Jetty raises itself. Never HTML, never a stack trace. Jetty's 501 (a transfer coding it
 * does not know) and 505 (an HTTP version other than 1.0/1.1, HTTP/0.9 included) are the client's
 * bad input, so they go out as 400 with Jetty's reason.
 */
final class JsonErrorHandler extends ErrorHandler {
  private static final HttpField JSON =
      new HttpField(HttpHeader.CONTENT_TYPE, io.hyper.local.http.Response.JSON_TYPE);

  /** The answer to a message Jetty could not parse, or to an error Jetty raises itself. */
  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status = response.getStatus() >= 400 ? response.getStatus() : 500;
    Object attribute = request.getAttribute(ERROR_STATUS);
    if (attribute instanceof Integer code && code >= 400) {
      status = code;
    }
    if (status == HttpStatus.NOT_IMPLEMENTED_501
        || status == HttpStatus.HTTP_VERSION_NOT_SUPPORTED_505) {
      status = HttpStatus.BAD_REQUEST_400;
    }
    Object message = request.getAttribute(ERROR_MESSAGE);
    response.setStatus(status);
    response.getHeaders().put(JSON);
    response.write(
        true, ByteBuffer.wrap(body(status, message == null ? null : message.toString())), callback);
    return true;
  }

  /**
   * {@code {ok:false,status,msg}}: Jetty's reason when it is short plain text (it names the
   * violation, e.g. "Duplicate Transfer-Encoding"), else the status's standard phrase. A 500 never
   * carries a reason, which could describe the server's internals.
   */
  static byte[] body(int status, String reason) {
    String msg = HttpStatus.getMessage(status);
    if (status != 500 && reason != null && reason.length() <= 120 && reason.matches("[ -~]+")) {
      msg = reason;
    }
    return Json.MAPPER.writeValueAsBytes(
        Json.object().put("ok", false).put("status", status).put("msg", msg));
  }
}
