package io.hyper.connect.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.hyper.connect.Hyper;
import io.hyper.connect.OkResult;
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
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Uploads and downloads a 512 MiB object through a local server while this JVM's heap is capped at
 * 128 MiB (the {@code storage-streaming} Failsafe execution runs this class alone with {@code
 * -Xmx128m}): neither direction may hold the object in memory. Both ends check size and SHA-256.
 */
class StorageStreamingIT {
  private static final long SIZE = 512L << 20;
  private static final long HEAP_CAP = 128L << 20;
  private static final String OBJECT = "/storage/test/big/stream.bin";

  /** What the server saw or sent: byte count and SHA-256. */
  record Transfer(long bytes, String sha256) {}

  private HttpServer server;
  private ExecutorService executor;
  private final AtomicReference<Transfer> received = new AtomicReference<>();
  private final AtomicReference<Transfer> sent = new AtomicReference<>();
  private final AtomicReference<String> uploadContentType = new AtomicReference<>();

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    executor = Executors.newFixedThreadPool(2);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
    executor.shutdownNow();
  }

  @Test
  void a512MiBObjectStreamsBothWaysThroughA128MiBHeap() throws IOException {
    assertThat(Runtime.getRuntime().maxMemory())
        .as("max heap; run this class with -Xmx128m (the storage-streaming execution does)")
        .isLessThanOrEqualTo(HEAP_CAP);
    Hyper hyper =
        Hyper.builder()
            .connectionString("http://127.0.0.1:" + server.getAddress().getPort() + "/test")
            .requestTimeout(Duration.ofMinutes(5))
            .build();

    MessageDigest uploaded = sha256();
    CountingStream source =
        new CountingStream(new DigestInputStream(new GeneratedStream(SIZE, 42), uploaded));
    OkResult upload = hyper.storage().upload("big/stream.bin", source);

    String uploadedSha256 = hex(uploaded);
    assertThat(upload.ok()).isTrue();
    assertThat(uploadContentType.get()).isEqualTo("application/octet-stream");
    assertThat(source.count).isEqualTo(SIZE);
    assertThat(received.get()).isEqualTo(new Transfer(SIZE, uploadedSha256));

    MessageDigest downloaded = sha256();
    long bytes;
    try (DownloadResult download = hyper.storage().download("big/stream.bin");
        InputStream in = new DigestInputStream(download.body(), downloaded)) {
      bytes = in.transferTo(OutputStream.nullOutputStream());
    }

    Transfer got = new Transfer(bytes, hex(downloaded));
    assertThat(got).isEqualTo(sent.get()).isEqualTo(new Transfer(SIZE, uploadedSha256));
  }

  private void handle(HttpExchange exchange) throws IOException {
    if (!exchange.getRequestURI().getRawPath().equals(OBJECT)) {
      answer(exchange, 404, "{\"ok\":false,\"status\":404,\"msg\":\"not found!\"}");
    } else if (exchange.getRequestMethod().equals("POST")) {
      uploadContentType.set(exchange.getRequestHeaders().getFirst("Content-Type"));
      MessageDigest digest = sha256();
      try (InputStream in = new DigestInputStream(exchange.getRequestBody(), digest)) {
        long bytes = in.transferTo(OutputStream.nullOutputStream());
        received.set(new Transfer(bytes, hex(digest)));
      }
      answer(exchange, 201, "{\"ok\":true}");
    } else {
      exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
      exchange.sendResponseHeaders(200, 0);
      MessageDigest digest = sha256();
      try (OutputStream out = new DigestOutputStream(exchange.getResponseBody(), digest)) {
        long bytes = new GeneratedStream(SIZE, 42).transferTo(out);
        sent.set(new Transfer(bytes, hex(digest)));
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
      throw new AssertionError(e);
    }
  }

  private static String hex(MessageDigest digest) {
    return HexFormat.of().formatHex(digest.digest());
  }

  /** Counts the bytes read through it. */
  private static final class CountingStream extends java.io.FilterInputStream {
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
