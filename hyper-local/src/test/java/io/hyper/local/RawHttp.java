package io.hyper.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 over a plain socket, for what a well-behaved client will not send: paths exactly as
 * written (no normalising of {@code ..}), and bodies shorter than their {@code Content-Length}.
 */
public final class RawHttp implements AutoCloseable {
  private final Socket socket;
  private final OutputStream out;

  private RawHttp(Socket socket) throws IOException {
    this.socket = socket;
    this.out = socket.getOutputStream();
  }

  /** Connects to the server at {@code baseUrl}. */
  public static RawHttp connect(String baseUrl) throws IOException {
    URI uri = URI.create(baseUrl);
    Socket socket = new Socket(InetAddress.getLoopbackAddress(), uri.getPort());
    socket.setSoTimeout(30_000);
    return new RawHttp(socket);
  }

  /** Sends a request line and headers ({@code Host}, {@code Connection: close} added). */
  public RawHttp head(String method, String rawPath, String... headers) throws IOException {
    StringBuilder text = new StringBuilder(method + " " + rawPath + " HTTP/1.1\r\n");
    text.append("Host: 127.0.0.1\r\nConnection: close\r\n");
    for (int i = 0; i + 1 < headers.length; i += 2) {
      text.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
    }
    out.write(text.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
    return this;
  }

  /** Sends body bytes. */
  public RawHttp body(byte[] bytes) throws IOException {
    out.write(bytes);
    out.flush();
    return this;
  }

  /** Reads the answer's status code. */
  public int status() throws IOException {
    BufferedReader in =
        new BufferedReader(
            new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
    String line = in.readLine();
    if (line == null) {
      throw new IOException("connection closed without an answer");
    }
    return Integer.parseInt(line.split(" ")[1]);
  }

  /** Sends a request with no body and returns the status. */
  public static int status(String baseUrl, String method, String rawPath, String... headers)
      throws IOException {
    try (RawHttp raw = connect(baseUrl)) {
      return raw.head(method, rawPath, headers).status();
    }
  }

  /** Closes the connection at once, whatever was sent. */
  @Override
  public void close() throws IOException {
    socket.close();
  }
}
