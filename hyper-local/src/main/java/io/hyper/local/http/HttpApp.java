package io.hyper.local.http;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import org.eclipse.jetty.http.HttpCompliance;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The running HTTP side of hyper-local: Jetty's HTTP/1.1 server (its core API, no servlets), one
 * {@link Router} holding every module's routes, and the {@link Dispatcher} that admits and answers
 * requests.
 *
 * <p>Jetty reads request lines and headers without holding a thread (its selector parses what has
 * arrived, and a connection that has sent nothing costs a socket, not a thread), so slow clients
 * cannot starve it; it enforces the size limits and idle timeouts, and {@link JsonErrorHandler}
 * answers every message it cannot parse in hyper's JSON.
 */
public final class HttpApp implements AutoCloseable {
  /** The request line and the headers together, at most: 64 KiB (414 or 431 past it). */
  static final int MAX_HEADER_BYTES = 64 * 1024;

  /** How long {@link #close()} waits for requests in flight. */
  static final long GRACE_MILLIS = 10_000;

  /** Threads beyond the request limit: Jetty's acceptor and selector, parsing, and 503 answers. */
  private static final int SPARE_THREADS = 32;

  /**
   * Jetty's logger in {@code java.util.logging}, where Jetty's SLF4J output lands when the only
   * provider is slf4j-jdk14 (as in hyper-local.jar): kept at WARNING, unless configured, so that a
   * start prints no Jetty banner. Held here because the JDK keeps loggers only weakly.
   */
  private static final java.util.logging.Logger JETTY_LOG =
      java.util.logging.Logger.getLogger("org.eclipse.jetty");

  static {
    if (JETTY_LOG.getLevel() == null) {
      JETTY_LOG.setLevel(java.util.logging.Level.WARNING);
    }
  }

  private final Server server;
  private final ServerConnector connector;
  private final Dispatcher dispatcher;

  private HttpApp(Server server, ServerConnector connector, Dispatcher dispatcher) {
    this.server = server;
    this.connector = connector;
    this.dispatcher = dispatcher;
  }

  /**
   * Binds and starts the server with the {@linkplain HttpOptions#defaults() default options}.
   *
   * @param address where to listen; port 0 takes any free port
   * @param modules the services to serve, in the order {@code GET /} lists them
   * @param auth app-key auth, or empty for none
   * @throws IOException when the address cannot be bound
   */
  public static HttpApp start(
      InetSocketAddress address, List<ServiceModule> modules, Optional<AppKeyAuth> auth)
      throws IOException {
    return start(address, modules, auth, HttpOptions.defaults());
  }

  /**
   * Binds and starts the server.
   *
   * @param address where to listen; port 0 takes any free port
   * @param modules the services to serve, in the order {@code GET /} lists them
   * @param auth app-key auth, or empty for none
   * @param options timeouts, limits and browser rules
   * @throws IOException when the address cannot be bound
   */
  public static HttpApp start(
      InetSocketAddress address,
      List<ServiceModule> modules,
      Optional<AppKeyAuth> auth,
      HttpOptions options)
      throws IOException {
    return start(address, modules, List.of(), auth, options);
  }

  /**
   * Binds and starts the server, with routes beyond hyper's services (hyper vision's pages and
   * read-only API), which {@code GET /} does not list.
   *
   * @param address where to listen; port 0 takes any free port
   * @param modules the services to serve, in the order {@code GET /} lists them
   * @param extraRoutes each adds its routes to the router
   * @param auth app-key auth, or empty for none
   * @param options timeouts, limits and browser rules
   * @throws IOException when the address cannot be bound
   */
  public static HttpApp start(
      InetSocketAddress address,
      List<ServiceModule> modules,
      List<java.util.function.Consumer<Router>> extraRoutes,
      Optional<AppKeyAuth> auth,
      HttpOptions options)
      throws IOException {
    Router router = new Router();
    InfoRoutes.register(router, modules.stream().map(ServiceModule::name).toList());
    modules.forEach(module -> module.register(router));
    extraRoutes.forEach(routes -> routes.accept(router));

    int threads = options.maxConcurrentRequests() + SPARE_THREADS;
    // Requests are admitted by the dispatcher's permits (503 past them), so the pool's queue only
    // holds short tasks (parsing, 503 answers), at most about one per connection, and connections
    // are capped. Jetty warns against a bounded queue: a rejected internal task can lose events.
    QueuedThreadPool pool = new QueuedThreadPool(threads, 4);
    pool.setName("hyper-local-http");
    pool.setDaemon(true);
    Server server = new Server(pool);

    HttpConfiguration http = new HttpConfiguration();
    http.setRequestHeaderSize(MAX_HEADER_BYTES);
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    http.setHttpCompliance(HttpCompliance.RFC9110);
    // The router decodes paths itself, one segment at a time, so %2F stays inside its segment (§11
    // Q14) and storage checks ".." against real segments; Jetty must not refuse or normalise them.
    http.setUriCompliance(UriCompliance.UNSAFE);

    ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
    connector.setHost(address.getAddress().getHostAddress());
    connector.setPort(address.getPort());
    connector.setIdleTimeout(options.readTimeout().toMillis());
    connector.setAcceptQueueSize(1024);
    connector.setAcceptedTcpNoDelay(true);
    server.addConnector(connector);
    server.addBean(new NetworkConnectionLimit(options.maxConnections(), connector));

    Dispatcher dispatcher =
        new Dispatcher(router, auth, new BrowserGuard(options, address.getAddress()), options);
    server.setHandler(dispatcher);
    server.setErrorHandler(new JsonErrorHandler());
    server.setStopTimeout(0);
    try {
      server.start();
    } catch (Exception e) {
      stopQuietly(server);
      throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
    }
    return new HttpApp(server, connector, dispatcher);
  }

  /** The port the server listens on. */
  public int port() {
    return connector.getLocalPort();
  }

  /** Bytes of request bodies held in memory right now, by every request together. */
  long bodyMemoryInUse() {
    return dispatcher.bodyMemoryInUse();
  }

  /** Lets requests in flight finish (up to 10 s; new ones get 503 meanwhile), then stops. */
  @Override
  public void close() {
    try {
      dispatcher.quiesce(GRACE_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    stopQuietly(server);
  }

  private static void stopQuietly(Server server) {
    try {
      server.stop();
    } catch (Exception e) {
      System.getLogger(HttpApp.class.getName())
          .log(System.Logger.Level.DEBUG, "stopping the HTTP server failed", e);
    }
  }
}
