package io.hyper.connect.internal;

import io.hyper.connect.HyperIoException;
import java.io.IOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;

/**
 * One async call: its attempts run on the {@link SendPool}, its backoff waits on the {@link
 * Scheduler}, so no thread is blocked for it outside the exchange itself.
 *
 * <p>The future handed to the caller is linked back: when it completes by any other hand ({@code
 * cancel}, {@code orTimeout}, {@code completeExceptionally}), the exchange in progress is aborted
 * (its connection closed) and no further attempt starts. A result that arrives after that is closed
 * when it holds a resource (a download's stream).
 *
 * @param <R> the result type
 */
final class AsyncCall<R> implements Runnable {
  private final Transport transport;
  private final Request request;
  private final Function<Reply, R> mapping;
  private final CompletableFuture<R> future = new CompletableFuture<>();
  private volatile Attempt current;
  private volatile boolean over;
  private volatile boolean abandoned;
  private int attempts;

  AsyncCall(Transport transport, Request request, Function<Reply, R> mapping) {
    this.transport = transport;
    this.request = request;
    this.mapping = mapping;
    future.whenComplete(
        (value, error) -> {
          if (!over) {
            abandon();
          }
        });
  }

  /**
   * Returns the caller's future.
   *
   * @return the future
   */
  CompletableFuture<R> future() {
    return future;
  }

  private void abandon() {
    abandoned = true;
    Attempt a = current;
    if (a != null) {
      a.abort(new CancellationException(request.operation() + ": abandoned by the caller"));
    }
  }

  /** Runs one attempt; on a retryable failure, schedules the next one. */
  @Override
  public void run() {
    if (abandoned) {
      return;
    }
    Attempt attempt = transport.newAttempt(request);
    current = attempt;
    if (abandoned) {
      return;
    }
    Reply reply;
    try {
      reply = transport.once(request, attempt);
    } catch (IOException | InterruptedException e) {
      if (!abandoned) {
        retryOrFail(attempt, attempt.aborted() != null ? attempt.aborted() : e);
      }
      return;
    } catch (RuntimeException | Error e) {
      finish(e);
      return;
    }
    R value;
    try {
      value = mapping.apply(reply);
    } catch (RuntimeException | Error e) {
      Closing.quietly(reply.stream());
      finish(e);
      return;
    }
    over = true;
    if (!future.complete(value)) {
      Closing.quietly(value);
    }
  }

  private void retryOrFail(Attempt attempt, Throwable failure) {
    long delayMillis;
    try {
      delayMillis = transport.retryDelay(request, attempts, attempt, failure);
    } catch (HyperIoException e) {
      finish(e);
      return;
    }
    attempts++;
    Scheduler.schedule(() -> transport.pool().execute(this), delayMillis * 1_000_000L);
  }

  /**
   * Fails the call because the executor would not run it.
   *
   * @param e the executor's refusal
   */
  void reject(RejectedExecutionException e) {
    finish(
        transport.closed()
            ? new IllegalStateException(request.operation() + ": this Hyper is closed", e)
            : new HyperIoException(
                request.operation() + ": the executor rejected the call: " + e.getMessage(), e));
  }

  private void finish(Throwable error) {
    over = true;
    future.completeExceptionally(error);
  }
}
