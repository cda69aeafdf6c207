package io.hyper.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A queue target inside the test: an HTTP server on 127.0.0.1 that records every delivery (its raw
 * body and headers) and answers with a fixed status, optionally holding each answer until {@link
 * #release()}.
 */
final class QueueTarget implements AutoCloseable {
  /** One POST the target received. */
  record Delivery(Optional<String> signature, String contentType, byte[] body) {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final int status;
  private final CountDownLatch gate;
  private final BlockingQueue<Delivery> deliveries = new LinkedBlockingQueue<>();

  private QueueTarget(int status, boolean held) {
    this.status = status;
    this.gate = new CountDownLatch(held ? 1 : 0);
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(executor);
    server.createContext("/jobs", this::handle);
    server.start();
  }

  /** A target answering every delivery with {@code status}. */
  static QueueTarget answering(int status) {
    return new QueueTarget(status, false);
  }

  /** A target that answers 200, but only once {@link #release()} is called. */
  static QueueTarget held() {
    return new QueueTarget(200, true);
  }

  /** The URL to give {@code queue().create(..)}. */
  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/jobs";
  }

  /** Lets held answers go. */
  void release() {
    gate.countDown();
  }

  /**
   * The next delivery, waiting at most {@code timeout} (a bounded wait, not a sleep).
   *
   * @throws AssertionError when none arrives in time
   */
  Delivery next(Duration timeout) throws InterruptedException {
    Delivery delivery = deliveries.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    if (delivery == null) {
      throw new AssertionError("no delivery within " + timeout);
    }
    return delivery;
  }

  /** How many deliveries arrived so far and were not taken with {@link #next}. */
  int pending() {
    return deliveries.size();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange;
        InputStream body = exchange.getRequestBody()) {
      deliveries.add(
          new Delivery(
              Optional.ofNullable(exchange.getRequestHeaders().getFirst("X-HYPER-SIGNATURE")),
              exchange.getRequestHeaders().getFirst("Content-Type"),
              body.readAllBytes()));
      gate.await(30, TimeUnit.SECONDS);
      exchange.sendResponseHeaders(status, -1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    release();
    server.stop(0);
    executor.shutdownNow();
  }
}
