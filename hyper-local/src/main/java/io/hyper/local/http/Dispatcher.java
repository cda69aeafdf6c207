package io.hyper.local.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.hyper.local.core.HyperError;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one {@link HttpHandler} of hyper-local: CORS, route lookup, app-key auth, the call, and
 * writing the answer — every error as {@code {ok:false,status,msg}}, never a stack trace.
 */
final class Dispatcher implements HttpHandler {
  /** How much of an unread request body is read and dropped so that an early answer arrives. */
  static final long DRAIN_CAP = 16L * 1024 * 1024;

  private static final System.Logger LOG = System.getLogger(Dispatcher.class.getName());

  private final Router router;
  private final Optional<AppKeyAuth> auth;
  private final AtomicInteger inFlight = new AtomicInteger();
  private volatile boolean closing;

  Dispatcher(Router router, Optional<AppKeyAuth> auth) {
    this.router = router;
    this.auth = auth;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    inFlight.incrementAndGet();
    try (exchange) {
      Response response = closing ? Response.error(503, "shutting down") : answer(exchange);
      drain(exchange.getRequestBody());
      write(exchange, response);
    } finally {
      inFlight.decrementAndGet();
    }
  }

  /**
   * Refuses new requests with 503 and waits, up to {@code timeoutMillis}, for those in flight.
   *
   * @return true when none is left
   */
  boolean quiesce(long timeoutMillis) throws InterruptedException {
    closing = true;
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
    while (inFlight.get() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    return inFlight.get() == 0;
  }

  private Response answer(HttpExchange exchange) {
    String method = exchange.getRequestMethod();
    try {
      if (method.equals("OPTIONS")) {
        return Response.stream(204, "text/plain", out -> {});
      }
      Optional<Router.Match> match = router.match(method, exchange.getRequestURI().getRawPath());
      boolean open = match.isPresent() && match.get().open();
      // As hyper's auth middleware, the check runs before routing: an unknown route is 401 too.
      if (!open && auth.isPresent() && !auth.get().permits(header(exchange, "Authorization"))) {
        return Response.error(401, "not authorized");
      }
      if (match.isEmpty()) {
        return Response.error(404, "not found!");
      }
      Request request = new Request(exchange, match.get().params());
      return match.get().handler().handle(request);
    } catch (HyperError e) {
      return Response.error(e.status(), e.msg());
    } catch (IOException e) {
      LOG.log(
          Level.DEBUG,
          () -> "request body failed: " + method + " " + exchange.getRequestURI().getRawPath(),
          e);
      return Response.error(400, "request body could not be read: " + e.getMessage());
    } catch (RuntimeException e) {
      LOG.log(
          Level.ERROR, () -> "failed: " + method + " " + exchange.getRequestURI().getRawPath(), e);
      return Response.error(500, "internal error");
    }
  }

  private static Optional<String> header(HttpExchange exchange, String name) {
    return Optional.ofNullable(exchange.getRequestHeaders().getFirst(name));
  }

  private static void write(HttpExchange exchange, Response response) throws IOException {
    Headers headers = exchange.getResponseHeaders();
    cors(exchange.getRequestHeaders(), headers);
    response.headers().forEach(headers::set);
    int status = response.status();
    boolean noBody = status == 204 || status == 304 || exchange.getRequestMethod().equals("HEAD");
    if (noBody) {
      headers.remove("Content-Type");
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    long length = response.length().orElse(-1);
    // 0 means chunked to the JDK server; an empty fixed-length body is sent as "no body" (-1).
    exchange.sendResponseHeaders(status, length == 0 ? -1 : length < 0 ? 0 : length);
    if (length != 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        response.body().writeTo(out);
      }
    }
  }

  /** hyper's CORS: reflect the origin, allow credentials, allow what the browser asks for. */
  private static void cors(Headers request, Headers response) {
    String origin = request.getFirst("Origin");
    response.set("Access-Control-Allow-Origin", origin == null ? "*" : origin);
    if (origin != null) {
      response.set("Access-Control-Allow-Credentials", "true");
      response.set("Vary", "Origin");
    }
    response.set("Access-Control-Allow-Methods", "GET,HEAD,PUT,PATCH,POST,DELETE");
    String asked = request.getFirst("Access-Control-Request-Headers");
    response.set(
        "Access-Control-Allow-Headers",
        asked == null ? "Authorization,Content-Type,X-HYPER-LEGACY-GET" : asked);
  }

  /**
   * Reads what the route left of the body (up to {@link #DRAIN_CAP}) so the client gets the answer.
   */
  private static void drain(InputStream body) {
    byte[] buffer = new byte[16 * 1024];
    long left = DRAIN_CAP;
    try {
      for (int n;
          left > 0 && (n = body.read(buffer, 0, (int) Math.min(buffer.length, left))) != -1; ) {
        left -= n;
      }
    } catch (IOException e) {
      // The client went away; nothing is owed to it.
    }
  }
}
