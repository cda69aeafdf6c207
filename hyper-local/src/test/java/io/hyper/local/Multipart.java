package io.hyper.local;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Builds a {@code multipart/form-data} body for tests, as a browser's FormData would. */
public final class Multipart {
  private static final String BOUNDARY = "----hyperTestBoundary7MA4YWxkTrZu0gW";
  private final ByteArrayOutputStream body = new ByteArrayOutputStream();

  /** The {@code Content-Type} header value for this body. */
  public static String contentType() {
    return "multipart/form-data; boundary=" + BOUNDARY;
  }

  /** Adds a text field. */
  public Multipart field(String name, String value) {
    text("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n");
    text(value + "\r\n");
    return this;
  }

  /** Adds a file part. */
  public Multipart file(String name, String fileName, String type, byte[] content) {
    text(
        "--"
            + BOUNDARY
            + "\r\nContent-Disposition: form-data; name=\""
            + name
            + "\"; filename=\""
            + fileName
            + "\"\r\nContent-Type: "
            + type
            + "\r\n\r\n");
    body.writeBytes(content);
    text("\r\n");
    return this;
  }

  /** The finished body. */
  public byte[] build() {
    ByteArrayOutputStream done = new ByteArrayOutputStream();
    done.writeBytes(body.toByteArray());
    done.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return done.toByteArray();
  }

  private void text(String s) {
    body.writeBytes(s.getBytes(StandardCharsets.UTF_8));
  }
}
