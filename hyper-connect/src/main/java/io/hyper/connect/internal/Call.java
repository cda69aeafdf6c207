package io.hyper.connect.internal;

import io.hyper.connect.HyperException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * A request and the mapping of its answer, built once and sent either way: {@link #send()} on the
 * calling thread, or {@link #sendAsync()} without blocking it.
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
    Reply reply = transport.execute(request);
    try {
      return mapping.apply(reply);
    } catch (RuntimeException | Error e) {
      Closing.quietly(reply.stream());
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
    return transport.submit(request, mapping);
  }
}
