package io.hyper.local.http;

import io.hyper.local.core.HyperError;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.util.Callback;

/**
 * The one Jetty handler of hyper-local: admission (a bounded number of requests at once, 503 past
 * it), the browser checks, route lookup, app-key auth, the call, and writing the answer — every
 * error as {@code {ok:false,status,msg}}, never a stack trace, {@link Error}s included.
 */
final class Dispatcher extends Handler.Abstract {
  /** How much of an unread request body is read and dropped so that an early answer arrives. */
  static final long DRAIN_CAP = 16L * 1024 * 1024;

  private static final System.Logger LOG = System.getLogger(Dispatcher.class.getName());

  /** Built before it is needed: after an {@link OutOfMemoryError} even a small answer may fail. */
  private static final Response OUT_OF_MEMORY =
      Response.error(503, "server is out of memory, retry later");

  private static final Response BUSY =
      Response.error(503, "server busy: too many requests at once, retry later");

  private final Router router;
  private final Optional<AppKeyAuth> auth;
  private final BrowserGuard guard;
  private final Semaphore permits;
  private final BodyBudget budget;
  private final AtomicInteger inFlight = new AtomicInteger();
  private volatile boolean closing;

  Dispatcher(Router router, Optional<AppKeyAuth> auth, BrowserGuard guard, HttpOptions options) {
    super(InvocationType.BLOCKING);
    this.router = router;
    this.auth = auth;
    this.guard = guard;
    this.permits = new Semaphore(options.maxConcurrentRequests());
    this.budget = new BodyBudget(options.bodyMemory());
  }

  /** Answers one request on the calling (pool) thread; always handles it. */
  @Override
  public boolean handle(
      org.eclipse.jetty.server.Request exchange,
      org.eclipse.jetty.server.Response out,
      Callback callback) {
    inFlight.incrementAndGet();
    boolean permitted = false;
    try (BodyBudget.Lease memory = budget.lease()) {
      Response response;
      if (closing) {
        response = Response.error(503, "shutting down");
      } else if (permits.tryAcquire()) {
        permitted = true;
        response = answer(exchange, memory);
        drain(exchange);
      } else {
        // Not drained: a refused request must not hold a thread on a slow client's body. Jetty
        // reads what has already arrived and closes the connection if more is on its way.
        response = BUSY;
      }
      write(exchange, out, response, callback);
    } catch (Throwable t) {
      // Writing failed (the client went away, or an Error while streaming): the answer is cut off,
      // and failing the callback makes Jetty abort the connection rather than end it cleanly.
      callback.failed(t);
    } finally {
      if (permitted) {
        permits.release();
      }
      inFlight.decrementAndGet();
    }
    return true;
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

  /** Bytes of request bodies held in memory right now (for tests and diagnostics). */
  long bodyMemoryInUse() {
    return budget.used();
  }

  private Response answer(org.eclipse.jetty.server.Request exchange, BodyBudget.Lease memory) {
    String method = exchange.getMethod();
    String path = exchange.getHttpURI().getPath();
    try {
      Optional<String> refusal = guard.refusal(host(exchange), header(exchange, "Origin"));
      if (refusal.isPresent()) {
        return Response.error(403, refusal.get());
      }
      if (method.equals("OPTIONS")) {
        return Response.stream(204, "text/plain", out -> {});
      }
      if (path == null || !path.startsWith("/")) {
        return Response.error(400, "request target must be a path");
      }
      // HEAD is GET without the body, on every GET route.
      Optional<Router.Match> match = router.match(method.equals("HEAD") ? "GET" : method, path);
      boolean open = match.isPresent() && match.get().open();
      // As hyper's auth middleware, the check runs before routing: an unknown route is 401 too.
      if (!open && auth.isPresent() && !auth.get().permits(header(exchange, "Authorization"))) {
        return Response.error(401, "not authorized");
      }
      if (match.isEmpty()) {
        return Response.error(404, "not found!");
      }
      Request request = new Request(exchange, match.get().params(), memory);
      return match.get().handler().handle(request);
    } catch (HyperError e) {
      return Response.error(e.status(), e.msg());
    } catch (BodyReadException e) {
      LOG.log(Level.DEBUG, () -> "request body failed: " + method + " " + path, e);
      return Response.error(400, "request body could not be read");
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.ERROR, () -> "failed: " + method + " " + path, e);
      return Response.error(500, "internal error");
    } catch (OutOfMemoryError e) {
      LOG.log(Level.ERROR, () -> "out of memory: " + method + " " + path, e);
      return OUT_OF_MEMORY;
    } catch (Error e) {
      // A StackOverflowError, say: the request failed, the server goes on.
      LOG.log(Level.ERROR, () -> "failed: " + method + " " + path, e);
      return Response.error(503, "server could not handle this request, retry later");
    }
  }

  /** The {@code Host} the client addressed, from the header or an absolute request target. */
  private static Optional<String> host(org.eclipse.jetty.server.Request exchange) {
    return header(exchange, "Host").or(() -> Optional.ofNullable(exchange.getHttpURI().getHost()));
  }

  private static Optional<String> header(org.eclipse.jetty.server.Request exchange, String name) {
    return Optional.ofNullable(exchange.getHeaders().get(name));
  }

  private void write(
      org.eclipse.jetty.server.Request exchange,
      org.eclipse.jetty.server.Response out,
      Response response,
      Callback callback)
      throws IOException {
    HttpFields.Mutable headers = out.getHeaders();
    guard
        .corsHeaders(header(exchange, "Origin"), header(exchange, "Access-Control-Request-Headers"))
        .forEach(headers::put);
    response.headers().forEach(headers::put);
    int status = response.status();
    out.setStatus(status);
    if (status == 204 || status == 304) {
      headers.remove(HttpHeader.CONTENT_TYPE);
      response.body().discard();
      out.write(true, null, callback);
      return;
    }
    long length = response.length().orElse(-1);
    if (length >= 0) {
      headers.put(HttpHeader.CONTENT_LENGTH, length);
    }
    if (length == 0 || exchange.getMethod().equals("HEAD")) {
      response.body().discard();
      out.write(true, null, callback);
      return;
    }
    Optional<byte[]> bytes = response.bytes();
    if (bytes.isPresent()) {
      out.write(true, ByteBuffer.wrap(bytes.get()), callback);
      return;
    }
    OutputStream stream = Content.Sink.asOutputStream(out);
    response.body().writeTo(stream);
    // Only a body written in full is ended; on a failure the caller aborts the connection.
    stream.close();
    callback.succeeded();
  }

  /**
   * Reads what the route left of the body (up to {@link #DRAIN_CAP}) so the client gets the answer.
   */
  private static void drain(org.eclipse.jetty.server.Request exchange) {
    byte[] buffer = new byte[16 * 1024];
    long left = DRAIN_CAP;
    // Not closed: closing would fail the request's content rather than end it.
    InputStream body = org.eclipse.jetty.server.Request.asInputStream(exchange);
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
