package io.hyper.connect.internal;

import io.hyper.connect.HyperIoException;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

/**
 * Sends {@link Request}s with the one shared {@link HttpClient}: signs them, retries connection
 * failures of idempotent requests with {@link Backoff}, and reads each answer into a {@link Reply}
 * ({@link Replies#read}). The sync form sends on the calling thread; the async form never blocks.
 */
public final class Transport {
  private static final System.Logger LOG = System.getLogger("io.hyper.connect");
  private static final String USER_AGENT = "hyper-connect-java";

  private final HttpClient client;
  private final TokenSigner signer;
  private final JsonCodec codec;
  private final Duration requestTimeout;
  private final int maxRetries;
  private final Backoff backoff;
  private final Executor executor;
  private final CallEvents events;

  /**
   * Creates a transport that reports calls to nobody.
   *
   * @param client the shared client
   * @param signer the token signer, or {@code null} to send no {@code Authorization}
   * @param codec the JSON codec
   * @param requestTimeout the time to wait for an answer's headers
   * @param maxRetries how often a failed idempotent request is retried
   * @param backoff the delay between retries
   * @param executor runs async retries after their delay ({@code null}: the common pool)
   */
  public Transport(
      HttpClient client,
      TokenSigner signer,
      JsonCodec codec,
      Duration requestTimeout,
      int maxRetries,
      Backoff backoff,
      Executor executor) {
    this(client, signer, codec, requestTimeout, maxRetries, backoff, executor, CallEvents.NONE);
  }

  /**
   * Creates a transport.
   *
   * @param client the shared client
   * @param signer the token signer, or {@code null} to send no {@code Authorization}
   * @param codec the JSON codec
   * @param requestTimeout the time to wait for an answer's headers
   * @param maxRetries how often a failed idempotent request is retried
   * @param backoff the delay between retries
   * @param executor runs async retries after their delay ({@code null}: the common pool)
   * @param events where each call's outcome is reported ({@link Call} reports it)
   */
  public Transport(
      HttpClient client,
      TokenSigner signer,
      JsonCodec codec,
      Duration requestTimeout,
      int maxRetries,
      Backoff backoff,
      Executor executor,
      CallEvents events) {
    this.client = client;
    this.signer = signer;
    this.codec = codec;
    this.requestTimeout = requestTimeout;
    this.maxRetries = maxRetries;
    this.backoff = backoff;
    this.executor = executor == null ? ForkJoinPool.commonPool() : executor;
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
   * Returns the codec answers are read with.
   *
   * @return the codec
   */
  public JsonCodec codec() {
    return codec;
  }

  /**
   * Sends a request on the calling thread, retrying where allowed, and reads the answer.
   *
   * @param request the request
   * @return the answer, when its status is below 500
   * @throws io.hyper.connect.ServerException on a 5xx answer
   * @throws HyperIoException on a network failure (after the retries) or an interrupt
   */
  public Reply execute(Request request) {
    for (int attempt = 0; ; attempt++) {
      long start = System.nanoTime();
      try {
        HttpResponse<RawBody> response =
            client.send(toHttp(request), RawBody.handler(request.stream()));
        return Replies.read(request, response, codec, start);
      } catch (IOException e) {
        long delay = retryDelay(request, attempt, e);
        try {
          Thread.sleep(delay);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw new HyperIoException(request.operation() + ": interrupted", interrupted);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new HyperIoException(request.operation() + ": interrupted", e);
      }
    }
  }

  /**
   * Sends a request without blocking, retrying where allowed.
   *
   * @param request the request
   * @return the answer; fails with the exceptions {@link #execute} throws
   */
  public CompletableFuture<Reply> executeAsync(Request request) {
    return attemptAsync(request, 0);
  }

  private CompletableFuture<Reply> attemptAsync(Request request, int attempt) {
    long start = System.nanoTime();
    return client
        .sendAsync(toHttp(request), RawBody.handler(request.stream()))
        .handle(
            (response, error) -> {
              if (error == null) {
                return CompletableFuture.completedFuture(
                    Replies.read(request, response, codec, start));
              }
              Throwable cause = unwrap(error);
              if (!(cause instanceof IOException io)) {
                return CompletableFuture.<Reply>failedFuture(cause);
              }
              long delay = retryDelay(request, attempt, io);
              Executor later =
                  CompletableFuture.delayedExecutor(delay, TimeUnit.MILLISECONDS, executor);
              return CompletableFuture.supplyAsync(() -> request, later)
                  .thenCompose(r -> attemptAsync(r, attempt + 1));
            })
        .thenCompose(f -> f);
  }

  /** Returns how long to wait before retrying, or throws when the failure is final. */
  private long retryDelay(Request request, int attempt, IOException e) {
    if (!request.idempotent() || attempt >= maxRetries) {
      LOG.log(
          Level.DEBUG,
          () ->
              request.operation() + " " + request.method() + " " + request.uri() + " failed: " + e);
      String tries = attempt == 0 ? "" : " after " + (attempt + 1) + " attempts";
      throw new HyperIoException(
          request.operation()
              + ": "
              + request.method()
              + " "
              + request.uri()
              + " failed"
              + tries
              + ": "
              + describe(e),
          e);
    }
    long delay = backoff.delayMillis(attempt);
    LOG.log(
        Level.DEBUG,
        () ->
            request.operation()
                + " "
                + request.method()
                + " "
                + request.uri()
                + " failed ("
                + describe(e)
                + "), retry "
                + (attempt + 1)
                + " of "
                + maxRetries
                + " in "
                + delay
                + " ms");
    return delay;
  }

  private HttpRequest toHttp(Request request) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(request.uri())
            .method(
                request.method(),
                request.body() == null ? HttpRequest.BodyPublishers.noBody() : request.body())
            .header("User-Agent", USER_AGENT);
    if (request.timed()) {
      b.timeout(requestTimeout);
    }
    if ("http".equals(request.uri().getScheme())) {
      b.version(HttpClient.Version.HTTP_1_1);
    }
    request.headers().forEach(b::header);
    if (signer != null) {
      b.header("Authorization", "Bearer " + signer.token());
    }
    return b.build();
  }

  private static Throwable unwrap(Throwable error) {
    Throwable t = error;
    while (t instanceof CompletionException && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  private static String describe(IOException e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : " " + message);
  }
}
