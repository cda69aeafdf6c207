package io.hyper.local.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.local.HyperLocal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A connection hyper-local has just answered stays open for the client's next request, however many
 * other clients hold idle keep-alive connections. The JDK server closes a connection right after
 * its answer, without {@code Connection: close}, once 200 others sit idle (its default {@code
 * maxIdleConnections}); a client reusing it then sees "header parser received no bytes" instead of
 * an answer, and a POST cannot be retried safely.
 */
class KeepAliveIT {
  /** More idle clients than the JDK server keeps by default (200). */
  private static final int OTHER_CLIENTS = 250;

  @Test
  void anAnsweredConnectionServesTheNextRequestWhileManyOthersAreIdle() throws IOException {
    List<Socket> idle = new ArrayList<>();
    try (HyperLocal local = HyperLocal.builder().start()) {
      try {
        for (int i = 0; i < OTHER_CLIENTS; i++) {
          Socket socket = connect(local);
          idle.add(socket);
          assertThat(exchange(socket, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"))
              .startsWith("HTTP/1.1 200");
        }
        try (Socket socket = connect(local)) {
          String put = "PUT /data/keep HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\r\n";
          String post =
              "POST /data/keep HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                  + "Content-Length: 8\r\n\r\n{\"n\":1}\n";

          assertThat(exchange(socket, put)).startsWith("HTTP/1.1 201");
          assertThat(exchange(socket, post)).startsWith("HTTP/1.1 201");
          assertThat(exchange(socket, post)).startsWith("HTTP/1.1 201");
        }
      } finally {
        for (Socket socket : idle) {
          socket.close();
        }
      }
    }
  }

  private static Socket connect(HyperLocal local) throws IOException {
    Socket socket = new Socket(InetAddress.getLoopbackAddress(), local.port());
    socket.setSoTimeout(5_000);
    return socket;
  }

  /** Sends one request and reads its answer; the status line and headers, or "EOF". */
  private static String exchange(Socket socket, String request) throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write(request.getBytes(StandardCharsets.UTF_8));
    out.flush();
    InputStream in = socket.getInputStream();
    StringBuilder head = new StringBuilder();
    while (head.indexOf("\r\n\r\n") < 0) {
      int b;
      try {
        b = in.read();
      } catch (SocketException e) {
        return "connection closed by the server (" + e.getMessage() + ")";
      }
      if (b < 0) {
        return "connection closed by the server (EOF after " + head.length() + " bytes)";
      }
      head.append((char) b);
    }
    String lower = head.toString().toLowerCase();
    int at = lower.indexOf("content-length:");
    if (at >= 0) {
      int length = Integer.parseInt(lower.substring(at + 15, lower.indexOf("\r\n", at)).trim());
      in.readNBytes(length);
    }
    return head.toString();
  }
}
