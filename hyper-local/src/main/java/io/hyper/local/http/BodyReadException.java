package io.hyper.local.http;

import java.io.IOException;

/**
 * Reading the request body from the client failed: it was cut off, timed out, or was shorter than
 * its {@code Content-Length}. The dispatcher answers 400 for it, and any other {@link IOException}
 * (the server's own disk, say) 500, so the client is told whose fault it was — and never the text
 * of the exception, which can name a server path.
 */
final class BodyReadException extends IOException {
  private static final long serialVersionUID = 1L;

  BodyReadException(String message, Throwable cause) {
    super(message, cause);
  }
}
