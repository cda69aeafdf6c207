package io.hyper.connect.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;

/**
 * A scripted HTTP server for wire tests, on 127.0.0.1 and a free port: it answers each request with
 * the next scripted {@link Answer} (or the fallback, 200 {@code {"ok":true}}) and records what it
 * received.
 *
 * <pre>{@code
 * try (RecordingServer server = RecordingServer.start()) {
 *   server.enqueue(Answer.json(201, "{\"ok\":true,\"id\":\"1\"}"));
 *   Hyper hyper = Hyper.connect(server.url() + "/test");
 *   hyper.data().add(Map.of("a", 1));
 *   RecordedRequest request = server.takeRequest();
 *   assertThat(request.method()).isEqualTo("POST");
 * }
 * }</pre>
 */
public final class RecordingServer implements AutoCloseable {

  /**
   * A scripted answer: a status, a content type and a body, or a dropped connection.
   *
   * @param status the HTTP status
   * @param contentType the {@code Content-Type}, or {@code null} for none
   * @param body the body text
   * @param dropConnection whether to close the connection without answering
   * @param delay how long to wait before answering
   */
  public record Answer(
      int status, String contentType, String body, boolean dropConnection, Duration delay) {

    /**
     * Returns a JSON answer.
     *
     * @param status the HTTP status
     * @param json the JSON body
     * @return the answer
     */
    public static Answer json(int status, String json) {
      return new Answer(status, "application/json; charset=utf-8", json, false, Duration.ZERO);
    }

    /**
     * Returns a plain-text answer.
     *
     * @param status the HTTP status
     * @param text the body
     * @return the answer
     */
    public static Answer text(int status, String text) {
      return new Answer(status, "text/plain", text, false, Duration.ZERO);
    }

    /**
     * Returns a binary answer with a given content type.
     *
     * @param status the HTTP status
     * @param contentType the content type
     * @param body the body
     * @return the answer
     */
    public static Answer of(int status, String contentType, String body) {
      return new Answer(status, contentType, body, false, Duration.ZERO);
    }

    /**
     * Returns an answer that closes the connection without a response.
     *
     * @return the answer
     */
    public static Answer drop() {
      return new Answer(0, null, "", true, Duration.ZERO);
    }

    /**
     * Returns this answer, sent only after a delay (to make a client time out).
     *
     * @param delay how long the server waits before answering
     * @return the delayed answer
     */
    public Answer after(Duration delay) {
      return new Answer(status, contentType, body, dropConnection, delay);
    }
  }

  static {
    // Without TCP_NODELAY the JDK server's separate header and body writes meet the client's
    // delayed ACK, and every exchange takes ~40 ms; read once, when the first server starts.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final ConcurrentLinkedQueue<Answer> script = new ConcurrentLinkedQueue<>();
  private final LinkedBlockingQueue<RecordedRequest> requests = new LinkedBlockingQueue<>();
  private final String scheme;
  private volatile Answer fallback = Answer.json(200, "{\"ok\":true}");

  private RecordingServer(HttpServer server, String scheme) {
    this.server = server;
    this.scheme = scheme;
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  /**
   * Starts a plain HTTP server on 127.0.0.1 and a free port.
   *
   * @return the running server
   */
  public static RecordingServer start() {
    try {
      return new RecordingServer(
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0), "http");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Starts an HTTPS server on 127.0.0.1 and a free port.
   *
   * @param tls the server's TLS context (see {@link TestTls})
   * @return the running server
   */
  public static RecordingServer startHttps(SSLContext tls) {
    try {
      HttpsServer https =
          HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      https.setHttpsConfigurator(new HttpsConfigurator(tls));
      return new RecordingServer(https, "https");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the host and port, e.g. {@code 127.0.0.1:54321}.
   *
   * @return host and port
   */
  public String hostPort() {
    return "127.0.0.1:" + server.getAddress().getPort();
  }

  /**
   * Returns the server's URL, e.g. {@code http://127.0.0.1:54321}.
   *
   * @return the URL, without a trailing slash
   */
  public String url() {
    return scheme + "://" + hostPort();
  }

  /**
   * Adds answers to the script, used in order.
   *
   * @param answers the next answers
   * @return this server
   */
  public RecordingServer enqueue(Answer... answers) {
    script.addAll(List.of(answers));
    return this;
  }

  /**
   * Sets the answer used when the script is empty.
   *
   * @param answer the fallback answer
   * @return this server
   */
  public RecordingServer fallback(Answer answer) {
    this.fallback = answer;
    return this;
  }

  /**
   * Returns the next recorded request, waiting up to 5 seconds for it.
   *
   * @return the request
   * @throws AssertionError when none arrives
   */
  public RecordedRequest takeRequest() {
    try {
      RecordedRequest r = requests.poll(5, TimeUnit.SECONDS);
      if (r == null) {
        throw new AssertionError("no request arrived within 5 s");
      }
      return r;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /**
   * Returns how many requests were recorded and not yet taken.
   *
   * @return the count
   */
  public int requestCount() {
    return requests.size();
  }

  /**
   * Returns every recorded request not yet taken, and forgets them.
   *
   * @return the requests in arrival order
   */
  public List<RecordedRequest> drain() {
    List<RecordedRequest> out = new ArrayList<>();
    requests.drainTo(out);
    return out;
  }

  /** Forgets recorded requests and scripted answers, and restores the default fallback. */
  public void reset() {
    script.clear();
    requests.clear();
    fallback = Answer.json(200, "{\"ok\":true}");
  }

  private void handle(HttpExchange exchange) throws IOException {
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readAllBytes();
    }
    Map<String, List<String>> headers = new TreeMap<>();
    exchange
        .getRequestHeaders()
        .forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
    requests.add(
        new RecordedRequest(
            exchange.getRequestMethod(),
            exchange.getRequestURI().getRawPath(),
            exchange.getRequestURI().getRawQuery(),
            headers,
            body));
    Answer answer = script.poll();
    if (answer == null) {
      answer = fallback;
    }
    if (!answer.delay().isZero()) {
      try {
        Thread.sleep(answer.delay().toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while delaying the answer", e);
      }
    }
    if (answer.dropConnection()) {
      // An exception out of a handler makes the JDK server close the connection unanswered.
      throw new IOException("dropping the connection, as scripted");
    }
    byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
    if (answer.contentType() != null) {
      exchange.getResponseHeaders().set("Content-Type", answer.contentType());
    }
    exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** Stops the server at once. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    try {
      executor.awaitTermination(Duration.ofSeconds(5).toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
