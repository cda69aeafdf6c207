package io.hyper.local.http;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The running HTTP side of hyper-local: the JDK's {@code HttpServer}, one {@link Router} holding
 * every module's routes, and an executor sized for concurrent clients.
 */
public final class HttpApp implements AutoCloseable {
  /** Threads serving requests at most; past that the accepting thread serves (back-pressure). */
  static final int MAX_THREADS = 256;

  /** Idle keep-alive connections kept open at most (the JDK's default is 200). */
  static final int MAX_IDLE = 10_000;

  /** How long {@link #close()} waits for requests in flight. */
  static final long GRACE_MILLIS = 10_000;

  static {
    // The JDK server writes a response's headers and its body separately; with Nagle's algorithm
    // on, the body then waits for the client's delayed ACK: about 40 ms per request on Linux
    // (measured: 46 ms against 1 ms per keep-alive GET). The JDK reads this property once, when
    // its server configuration loads, and then sets TCP_NODELAY on every accepted socket.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    // Once 200 connections (the JDK's default) sit idle, the JDK server closes every further one
    // right after answering on it, without "Connection: close": the client reuses it and its next
    // request fails ("header parser received no bytes"), and a POST cannot be retried safely.
    // Idle connections still close after the server's idle interval (30 s).
    if (System.getProperty("sun.net.httpserver.maxIdleConnections") == null) {
      System.setProperty("sun.net.httpserver.maxIdleConnections", Integer.toString(MAX_IDLE));
    }
  }

  private final HttpServer server;
  private final Dispatcher dispatcher;
  private final ThreadPoolExecutor executor;

  private HttpApp(HttpServer server, Dispatcher dispatcher, ThreadPoolExecutor executor) {
    this.server = server;
    this.dispatcher = dispatcher;
    this.executor = executor;
  }

  /**
   * Binds and starts the server.
   *
   * @param address where to listen; port 0 takes any free port
   * @param modules the services to serve, in the order {@code GET /} lists them
   * @param auth app-key auth, or empty for none
   * @throws IOException when the address cannot be bound
   */
  public static HttpApp start(
      InetSocketAddress address, List<ServiceModule> modules, Optional<AppKeyAuth> auth)
      throws IOException {
    Router router = new Router();
    InfoRoutes.register(router, modules.stream().map(ServiceModule::name).toList());
    modules.forEach(module -> module.register(router));
    ThreadPoolExecutor executor =
        new ThreadPoolExecutor(
            0,
            MAX_THREADS,
            30,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            daemonThreads(),
            new ThreadPoolExecutor.CallerRunsPolicy());
    HttpServer server = HttpServer.create(address, 1024);
    Dispatcher dispatcher = new Dispatcher(router, auth);
    server.createContext("/", dispatcher);
    server.setExecutor(executor);
    server.start();
    return new HttpApp(server, dispatcher, executor);
  }

  /** The port the server listens on. */
  public int port() {
    return server.getAddress().getPort();
  }

  /**
   * Lets requests in flight finish (up to 10 s; new ones get 503 meanwhile), then stops.
   *
   * <p>JDK 17's {@code HttpServer.stop(delay)} waits the whole delay even when nothing is in
   * flight, so the wait is ours and {@code stop} gets none.
   */
  @Override
  public void close() {
    try {
      dispatcher.quiesce(GRACE_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    server.stop(0);
    executor.shutdownNow();
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, "hyper-local-http-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
