package io.hyper.connect.storage;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.hyper.connect.Hyper;
import io.hyper.connect.OkResult;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The program {@link StorageStreamingIT} runs in a JVM of its own, capped at 128 MiB of heap: it
 * starts a local storage endpoint, uploads a generated object of the given size through the SDK and
 * downloads it again, and prints one line per side and direction: {@code <side> <bytes> <sha256>}.
 * The endpoint digests what it receives and generates what it sends, so nothing is stored.
 */
public final class StreamingTransfer {
  private static final String OBJECT = "/storage/test/big/stream.bin";
  private static final long SEED = 42;

  private final long size;
  private volatile String serverReceived = "server-received none";
  private volatile String serverSent = "server-sent none";
  private volatile String uploadContentType;

  private StreamingTransfer(long size) {
    this.size = size;
  }

  /**
   * Runs the transfer and prints the report.
   *
   * @param args the object size in bytes
   * @throws IOException when the local server cannot start or a stream fails
   */
  public static void main(String[] args) throws IOException {
    new StreamingTransfer(Long.parseLong(args[0])).run();
  }

  private void run() throws IOException {
    System.out.println("max-heap " + Runtime.getRuntime().maxMemory());
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    ExecutorService executor = Executors.newFixedThreadPool(2);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
    try {
      Hyper hyper =
          Hyper.builder()
              .connectionString("http://127.0.0.1:" + server.getAddress().getPort() + "/test")
              .build();

      MessageDigest up = sha256();
      CountingStream source =
          new CountingStream(new DigestInputStream(new GeneratedStream(size, SEED), up));
      OkResult upload = hyper.storage().upload("big/stream.bin", source);
      System.out.println("upload-status " + upload.status());
      System.out.println("upload-content-type " + uploadContentType);
      System.out.println("client-sent " + source.count + " " + hex(up));
      System.out.println(serverReceived);

      MessageDigest down = sha256();
      long bytes;
      try (DownloadResult download = hyper.storage().download("big/stream.bin");
          InputStream in = new DigestInputStream(download.body(), down)) {
        bytes = in.transferTo(OutputStream.nullOutputStream());
      }
      System.out.println(serverSent);
      System.out.println("client-received " + bytes + " " + hex(down));
    } finally {
      server.stop(0);
      executor.shutdownNow();
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    if (!exchange.getRequestURI().getRawPath().equals(OBJECT)) {
      answer(exchange, 404, "{\"ok\":false,\"status\":404,\"msg\":\"not found!\"}");
    } else if (exchange.getRequestMethod().equals("POST")) {
      uploadContentType = exchange.getRequestHeaders().getFirst("Content-Type");
      MessageDigest digest = sha256();
      try (InputStream in = new DigestInputStream(exchange.getRequestBody(), digest)) {
        long bytes = in.transferTo(OutputStream.nullOutputStream());
        serverReceived = "server-received " + bytes + " " + hex(digest);
      }
      answer(exchange, 201, "{\"ok\":true}");
    } else {
      exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
      exchange.sendResponseHeaders(200, 0);
      MessageDigest digest = sha256();
      try (OutputStream out = new DigestOutputStream(exchange.getResponseBody(), digest)) {
        long bytes = new GeneratedStream(size, SEED).transferTo(out);
        serverSent = "server-sent " + bytes + " " + hex(digest);
      }
    }
  }

  private static void answer(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String hex(MessageDigest digest) {
    return HexFormat.of().formatHex(digest.digest());
  }

  /** Counts the bytes read through it. */
  private static final class CountingStream extends FilterInputStream {
    long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}
