package io.hyper.connect.internal;

import io.hyper.connect.HyperException;
import io.hyper.connect.HyperServiceException;
import io.hyper.connect.Result;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * A request and the mapping of its answer, built once and sent either way: {@link #send()} on the
 * calling thread, or {@link #sendAsync()} without blocking it. Either way the outcome is reported
 * once, after the retries, to the transport's {@link CallEvents}.
 *
 * @param <R> the result type
 * @param transport the transport that sends
 * @param request the request
 * @param mapping turns the reply into the result
 */
public record Call<R>(Transport transport, Request request, Function<Reply, R> mapping) {

  /**
   * Sends the request on the calling thread and maps the answer.
   *
   * @return the result
   * @throws HyperException on a 5xx answer, a network failure or an unreadable answer
   */
  public R send() {
    long start = System.nanoTime();
    Reply reply;
    try {
      reply = transport.execute(request);
    } catch (RuntimeException e) {
      transport.events().error(request.operation(), e, start);
      throw e;
    }
    try {
      return reported(start).apply(reply);
    } catch (RuntimeException | Error e) {
      Closing.quietly(reply.stream());
      if (e instanceof RuntimeException && !notOk(e)) {
        transport.events().error(request.operation(), e, start);
      }
      throw e;
    }
  }

  /**
   * Sends the request without blocking. The future fails with the same exception the sync form
   * throws (not wrapped in a {@link CompletionException}; {@code join()} wraps it as usual).
   * Cancelling it, or completing it any other way first ({@code orTimeout}, {@code
   * completeOnTimeout}), aborts the exchange and closes its connection.
   *
   * @return the result
   */
  public CompletableFuture<R> sendAsync() {
    long start = System.nanoTime();
    CompletableFuture<R> future = transport.submit(request, reported(start));
    // A side branch: the caller gets the transport's own future, so cancelling it still aborts.
    future.whenComplete(
        (value, error) -> {
          if (error != null && !notOk(unwrap(error))) {
            transport.events().error(request.operation(), unwrap(error), start);
          }
        });
    return future;
  }

  /**
   * The mapping, reporting the answer's status once it became a result; with {@code throwOnError} a
   * not-ok result then throws its typed exception (already reported as completed, not again as an
   * error).
   */
  private Function<Reply, R> reported(long start) {
    return reply -> {
      R result = mapping.apply(reply);
      transport.events().complete(request.operation(), reply.status(), start);
      if (transport.throwOnError() && result instanceof Result r && !r.ok()) {
        Failures.check(r);
      }
      return result;
    };
  }

  /** A not-ok answer thrown for {@code throwOnError}: its outcome was reported as completed. */
  private static boolean notOk(Throwable e) {
    return e instanceof HyperServiceException h && h.status() < 500;
  }

  private static Throwable unwrap(Throwable error) {
    Throwable cause = error;
    while (cause instanceof CompletionException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }
}
