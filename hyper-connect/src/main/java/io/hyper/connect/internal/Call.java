package io.hyper.connect.internal;

import io.hyper.connect.HyperException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * A request and the mapping of its answer, built once and sent either way: {@link #send()} on the
 * calling thread, or {@link #sendAsync()} without blocking. Either way the outcome is reported once
 * to the transport's {@link CallEvents}.
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
    try {
      Reply reply = transport.execute(request);
      R result = mapping.apply(reply);
      transport.events().complete(request.operation(), reply.status(), start);
      return result;
    } catch (RuntimeException e) {
      transport.events().error(request.operation(), e, start);
      throw e;
    }
  }

  /**
   * Sends the request without blocking. The future fails with the same exception the sync form
   * throws (not wrapped in a {@link CompletionException}; {@code join()} wraps it as usual).
   *
   * @return the result
   */
  public CompletableFuture<R> sendAsync() {
    CompletableFuture<R> result = new CompletableFuture<>();
    long start = System.nanoTime();
    transport
        .executeAsync(request)
        .thenApply(
            reply -> {
              R mapped = mapping.apply(reply);
              transport.events().complete(request.operation(), reply.status(), start);
              return mapped;
            })
        .whenComplete(
            (value, error) -> {
              if (error == null) {
                result.complete(value);
              } else {
                Throwable cause = error;
                while (cause instanceof CompletionException && cause.getCause() != null) {
                  cause = cause.getCause();
                }
                transport.events().error(request.operation(), cause, start);
                result.completeExceptionally(cause);
              }
            });
    return result;
  }
}
