package io.hyper.connect.internal;

import io.hyper.connect.HyperIoException;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * Sends {@link Request}s with one {@link HttpClient}: signs them, bounds them in time, retries what
 * the {@link Operation} table allows with {@link Backoff}, and reads each answer into a {@link
 * Reply} ({@link Replies#read}). Shared by every service of every domain derived from one {@code
 * Hyper}.
 *
 * <p>Both forms send with the blocking {@link HttpClient#send}: the sync form on the calling
 * thread, the async form on a thread of the executor (at most {@code maxAsync} at once, the rest
 * queued), never on the caller's. {@code HttpClient.sendAsync} is not used: it hands every answer
 * to {@code CompletableFuture}'s default executor, which on a machine with fewer than three cores
 * starts a new thread per answer, and even on larger machines adds a thread hop per exchange.
 */
public final class Transport implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger("io.hyper.connect");
  private static final String USER_AGENT = "hyper-connect-java";

  /**
   * The transport's limits.
   *
   * @param requestTimeout how long to wait for an answer's headers
   * @param idleTimeout how long a body may make no progress, either way
   * @param maxRetries how often a failed request is retried, where its operation allows
   * @param backoff the delay between retries
   * @param maxAsync how many async calls may be on the network at once
   * @param throwOnError whether a not-ok answer throws instead of becoming a result
   */
  public record Limits(
      Duration requestTimeout,
      Duration idleTimeout,
      int maxRetries,
      Backoff backoff,
      int maxAsync,
      boolean throwOnError) {}

  private volatile HttpClient client;
  private final TokenSigner signer;
  private final JsonCodec codec;
  private final Limits limits;
  private final SendPool pool;
  private volatile AutoCloseable owned;
  private final CallEvents events;

  /**
   * Creates a transport.
   *
   * @param client the client
   * @param signer the token signer, or {@code null} to send no {@code Authorization}
   * @param codec the JSON codec
   * @param limits timeouts, retries and concurrency
   * @param executor runs async calls (each blocks one of its threads while on the network)
   * @param owned what {@link #close()} releases (the client and executor this transport made), or
   *     {@code null}
   * @param events where each call's outcome is reported ({@link Call} reports it)
   */
  public Transport(
      HttpClient client,
      TokenSigner signer,
      JsonCodec codec,
      Limits limits,
      Executor executor,
      AutoCloseable owned,
      CallEvents events) {
    this.client = client;
    this.signer = signer;
    this.codec = codec;
    this.limits = limits;
    this.pool = new SendPool(executor, limits.maxAsync());
    this.owned = owned;
    this.events = events;
  }

  /**
   * Returns where calls report how they ended.
   *
   * @return the events
   */
  public CallEvents events() {
    return events;
  }

  /**
   * Tells whether a not-ok answer throws ({@code Hyper.Builder.throwOnError}).
   *
   * @return {@code true} to throw
   */
  public boolean throwOnError() {
    return limits.throwOnError();
  }

  /**
   * Returns the codec answers are read with.
   *
   * @return the codec
   */
  public JsonCodec codec() {
    return codec;
  }

  /**
   * Sends a request on the calling thread, retrying where its operation allows, and reads the
   * answer.
   *
   * @param request the request
   * @return the answer, when its status is below 500
   * @throws io.hyper.connect.ServerException on a 5xx answer
   * @throws HyperIoException on a network failure or timeout (after the retries) or an interrupt
   * @throws IllegalStateException when the transport is closed
   */
  public Reply execute(Request request) {
    for (int n = 0; ; n++) {
      Attempt attempt = newAttempt(request);
      Throwable failure;
      try {
        return once(request, attempt);
      } catch (IOException e) {
        failure = attempt.aborted() != null ? attempt.aborted() : e;
      } catch (InterruptedException e) {
        if (attempt.aborted() == null) {
          Thread.currentThread().interrupt();
          throw new HyperIoException(request.operation() + ": interrupted", e);
        }
        failure = attempt.aborted();
      }
      long delay = retryDelay(request, n, attempt, failure);
      try {
        Thread.sleep(delay);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw new HyperIoException(request.operation() + ": interrupted", interrupted);
      }
    }
  }

  /**
   * Sends a request without blocking the caller, retrying where its operation allows, and maps the
   * answer. Cancelling the returned future (or completing it in any other way, e.g. {@code
   * orTimeout}) aborts the exchange.
   *
   * @param <R> the result type
   * @param request the request
   * @param mapping turns the answer into the result
   * @return the result; fails with the exceptions {@link #execute} throws, unwrapped
   */
  public <R> CompletableFuture<R> submit(Request request, Function<Reply, R> mapping) {
    AsyncCall<R> call = new AsyncCall<>(this, request, mapping);
    pool.execute(call);
    return call.future();
  }

  Attempt newAttempt(Request request) {
    return new Attempt(request, limits.requestTimeout(), limits.idleTimeout());
  }

  SendPool pool() {
    return pool;
  }

  boolean closed() {
    return client == null;
  }

  /** Sends one attempt and reads its answer. */
  Reply once(Request request, Attempt attempt) throws IOException, InterruptedException {
    HttpClient c = client;
    if (c == null) {
      throw new IllegalStateException(request.operation() + ": this Hyper is closed");
    }
    long start = System.nanoTime();
    return Replies.read(request, attempt.send(c, toHttp(request)), codec, start);
  }

  /**
   * Returns how long to wait before retrying, or throws when the failure is final: when the
   * operation's class does not allow it ({@link SendFailure#allows}), when a one-shot body was
   * already (partly) sent, or after {@code maxRetries}.
   */
  long retryDelay(Request request, int attempt, Attempt exchange, Throwable e) {
    SendFailure kind = SendFailure.of(e, exchange.answerStarted());
    boolean allowed =
        kind.allows(request.operation().retry())
            && !(request.oneShotBody() && exchange.bodyTouched())
            && attempt < limits.maxRetries();
    if (!allowed) {
      LOG.log(Level.DEBUG, () -> request.operation() + " " + target(request) + " failed: " + e);
      String tries = attempt == 0 ? "" : " after " + (attempt + 1) + " attempts";
      throw new HyperIoException(
          request.operation() + ": " + target(request) + " failed" + tries + ": " + describe(e), e);
    }
    long delay = limits.backoff().delayMillis(attempt);
    LOG.log(
        Level.DEBUG,
        () ->
            request.operation()
                + " "
                + target(request)
                + " failed ("
                + describe(e)
                + ", "
                + kind
                + "), retry "
                + (attempt + 1)
                + " of "
                + limits.maxRetries()
                + " in "
                + delay
                + " ms");
    return delay;
  }

  private static String target(Request request) {
    return request.method() + " " + request.uri();
  }

  private HttpRequest.Builder toHttp(Request request) {
    HttpRequest.Builder b = HttpRequest.newBuilder(request.uri()).header("User-Agent", USER_AGENT);
    if ("http".equals(request.uri().getScheme())) {
      b.version(HttpClient.Version.HTTP_1_1);
    }
    request.headers().forEach(b::header);
    if (signer != null) {
      b.header("Authorization", "Bearer " + signer.token());
    }
    return b;
  }

  private String describe(Throwable e) {
    if (e instanceof HttpTimeoutException && !(e instanceof HttpConnectTimeoutException)) {
      String message = e.getMessage();
      if ("request timed out".equals(message)) {
        message =
            "no answer within " + Durations.text(limits.requestTimeout()) + " (requestTimeout)";
      }
      return "HttpTimeoutException: " + message;
    }
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : " " + message);
  }

  /**
   * Closes the transport: calls in flight fail, new calls throw {@link IllegalStateException}, and
   * what it owns is released. Idempotent.
   */
  @Override
  public void close() {
    AutoCloseable release;
    synchronized (this) {
      if (client == null) {
        return;
      }
      client = null;
      // Drop every reference to the client: on Java 17 its selector thread ends only once the
      // client is collected, and a closed Hyper the application still holds must not prevent it.
      release = owned;
      owned = null;
    }
    if (release != null) {
      try {
        release.close();
      } catch (Exception e) {
        LOG.log(Level.DEBUG, () -> "releasing the HTTP client failed: " + e);
      }
    }
  }
}
