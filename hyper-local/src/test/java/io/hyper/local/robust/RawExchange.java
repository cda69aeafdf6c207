package io.hyper.local.robust;

import io.hyper.local.core.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One request written byte for byte on a fresh loopback connection, and whatever comes back until
 * the server closes the connection or a deadline passes: for requests no HTTP client would send.
 */
final class RawExchange {
  /** What came back. {@code status} is -1 when the server closed without answering. */
  record Answer(int status, Map<String, String> headers, byte[] body, boolean timedOut) {
    /** A header by lower-case name, or null. */
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** The body as UTF-8 text. */
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    /** The body as JSON. */
    JsonNode json() {
      return Json.MAPPER.readTree(body);
    }
  }

  private RawExchange() {}

  /** Sends {@code request} (ISO-8859-1 text) and reads the answer for at most {@code within}. */
  static Answer send(int port, String request, Duration within) throws IOException {
    return send(port, request.getBytes(StandardCharsets.ISO_8859_1), within);
  }

  /** Sends {@code request} and reads until the server closes, or for at most {@code within}. */
  static Answer send(int port, byte[] request, Duration within) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout((int) within.toMillis());
      OutputStream out = socket.getOutputStream();
      try {
        out.write(request);
        out.flush();
      } catch (SocketException e) {
        // The server may answer and close before it read everything; read what it sent.
      }
      return read(socket.getInputStream(), System.nanoTime() + within.toNanos());
    }
  }

  /** Reads one answer from {@code in}: all until EOF, or the deadline. */
  static Answer read(InputStream in, long deadlineNanos) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    boolean timedOut = false;
    try {
      for (int n; (n = in.read(buffer)) != -1; ) {
        all.write(buffer, 0, n);
        if (complete(all.toByteArray()) || System.nanoTime() > deadlineNanos) {
          break;
        }
      }
    } catch (SocketTimeoutException e) {
      timedOut = true;
    } catch (SocketException e) {
      // Reset after the answer: what arrived counts.
    }
    return parse(all.toByteArray(), timedOut);
  }

  /** True once a whole answer with a {@code Content-Length} has arrived. */
  private static boolean complete(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      return false;
    }
    Map<String, String> headers = headers(text.substring(0, end));
    String length = headers.get("content-length");
    return length != null && bytes.length >= end + 4 + Long.parseLong(length.trim());
  }

  private static Answer parse(byte[] bytes, boolean timedOut) {
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    if (!text.startsWith("HTTP/") || end < 0) {
      return new Answer(-1, Map.of(), bytes, timedOut);
    }
    String head = text.substring(0, end);
    int status = Integer.parseInt(head.split(" ", 3)[1]);
    Map<String, String> headers = headers(head);
    byte[] body = java.util.Arrays.copyOfRange(bytes, end + 4, bytes.length);
    if ("chunked".equalsIgnoreCase(headers.getOrDefault("transfer-encoding", ""))) {
      body = dechunk(body);
    }
    return new Answer(status, headers, body, timedOut);
  }

  private static Map<String, String> headers(String head) {
    Map<String, String> headers = new LinkedHashMap<>();
    String[] lines = head.split("\r\n");
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers.put(
            lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
            lines[i].substring(colon + 1).trim());
      }
    }
    return headers;
  }

  private static byte[] dechunk(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String text = new String(body, StandardCharsets.ISO_8859_1);
    int at = 0;
    while (at < text.length()) {
      int eol = text.indexOf("\r\n", at);
      if (eol < 0) {
        break;
      }
      int size = Integer.parseInt(text.substring(at, eol).split(";")[0].trim(), 16);
      if (size == 0) {
        break;
      }
      out.write(body, eol + 2, size);
      at = eol + 2 + size + 2;
    }
    return out.toByteArray();
  }
}
