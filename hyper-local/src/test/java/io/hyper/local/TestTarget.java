package io.hyper.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A queue target for tests: a JDK HTTP server on 127.0.0.1 that records every delivery and answers
 * as told. {@link #hang()} makes it hold each request until {@link #release()}.
 */
public final class TestTarget implements AutoCloseable {
  /** One request the target received. */
  public record Received(String method, String contentType, String signature, byte[] body) {
    /** The body as UTF-8 text. */
    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /** What the target answers: a status and a body. */
  public record Answer(int status, String body) {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private volatile CountDownLatch held = new CountDownLatch(0);
  private volatile Function<Received, Answer> answer = r -> new Answer(200, "{\"ok\":true}");

  private TestTarget() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  /** Starts a target that answers 200 until told otherwise. */
  public static TestTarget start() throws IOException {
    return new TestTarget();
  }

  /** Answers every request with {@code status} and {@code body}. */
  public TestTarget answering(int status, String body) {
    return answering(r -> new Answer(status, body));
  }

  /** Answers each request as {@code answer} decides. */
  public TestTarget answering(Function<Received, Answer> answer) {
    this.answer = answer;
    return this;
  }

  /** Holds every request without answering until {@link #release()} or {@link #close()}. */
  public TestTarget hang() {
    held = new CountDownLatch(1);
    return this;
  }

  /** Stops holding requests: held ones and new ones get the current answer. */
  public TestTarget release() {
    held.countDown();
    return this;
  }

  /** The target's URL. */
  public URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/jobs");
  }

  /** Every request received so far, in order. */
  public List<Received> received() {
    return List.copyOf(received);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Received r =
          new Received(
              exchange.getRequestMethod(),
              exchange.getRequestHeaders().getFirst("Content-Type"),
              exchange.getRequestHeaders().getFirst("X-HYPER-SIGNATURE"),
              exchange.getRequestBody().readAllBytes());
      received.add(r);
      held.await();
      Answer a = answer.apply(r);
      byte[] body = a.body().getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(a.status(), body.length == 0 ? -1 : body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Releases held requests and stops the server. */
  @Override
  public void close() {
    held.countDown();
    server.stop(0);
    executor.shutdownNow();
  }
}
