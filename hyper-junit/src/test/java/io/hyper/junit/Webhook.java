package io.hyper.junit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.hyper.connect.queue.SignatureVerifier;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A queue target for the scale-out tests: it checks every delivery's signature, records which job
 * it carried ({@code {"n": …}}) and which hyper-local process sent it, and answers 200 — at once,
 * or once the test lets it ({@link #hold}).
 */
final class Webhook implements AutoCloseable {
  private static final Pattern N = Pattern.compile("\"n\"\\s*:\\s*(\\d+)");

  /** One delivery: the job's number and the sending process, if it could be told. */
  record Arrival(int n, Optional<Long> sender) {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final SignatureVerifier verifier;
  private final Supplier<List<Long>> senders;
  private final List<Arrival> arrivals = new CopyOnWriteArrayList<>();
  private final Map<Integer, AtomicInteger> counts = new ConcurrentHashMap<>();
  private final AtomicInteger badSignatures = new AtomicInteger();
  private final AtomicInteger inFlight = new AtomicInteger();
  private volatile Semaphore gate;

  /**
   * @param secret the queue's secret
   * @param senders the pids of the processes that may deliver
   */
  Webhook(String secret, Supplier<List<Long>> senders) {
    this.verifier = SignatureVerifier.of(secret);
    this.senders = senders;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(executor);
    server.createContext("/jobs", this::handle);
    server.start();
  }

  /** The target URL to create the queue with. */
  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/jobs";
  }

  /** From now on, answers wait for a permit of {@code gate}. */
  void hold(Semaphore gate) {
    this.gate = gate;
  }

  /** Answers at once again, and lets every held answer go. */
  void open() {
    Semaphore held = gate;
    gate = null;
    if (held != null) {
      held.release(10_000);
    }
  }

  List<Arrival> arrivals() {
    return List.copyOf(arrivals);
  }

  /** How many times each job arrived. */
  Map<Integer, Integer> counts() {
    Map<Integer, Integer> copy = new java.util.TreeMap<>();
    counts.forEach((n, c) -> copy.put(n, c.get()));
    return copy;
  }

  int badSignatures() {
    return badSignatures.get();
  }

  /** Deliveries received and not answered yet. */
  int inFlight() {
    return inFlight.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    inFlight.incrementAndGet();
    try (exchange;
        InputStream in = exchange.getRequestBody()) {
      Optional<Long> sender =
          Senders.owner(
              exchange.getRemoteAddress().getPort(),
              exchange.getLocalAddress().getPort(),
              senders.get());
      byte[] body = in.readAllBytes();
      String signature = exchange.getRequestHeaders().getFirst(SignatureVerifier.HEADER);
      if (signature == null || !verifier.verify(signature, body).ok()) {
        badSignatures.incrementAndGet();
      }
      Matcher m = N.matcher(new String(body, StandardCharsets.UTF_8));
      int n = m.find() ? Integer.parseInt(m.group(1)) : -1;
      arrivals.add(new Arrival(n, sender));
      counts.computeIfAbsent(n, k -> new AtomicInteger()).incrementAndGet();
      Semaphore held = gate;
      if (held != null) {
        held.tryAcquire(60, TimeUnit.SECONDS);
      }
      exchange.sendResponseHeaders(200, -1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      inFlight.decrementAndGet();
    }
  }

  @Override
  public void close() {
    open();
    server.stop(0);
    executor.shutdownNow();
  }
}
