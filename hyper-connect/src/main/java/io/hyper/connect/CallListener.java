package io.hyper.connect;

import java.time.Duration;

/**
 * Hears how each SDK call ended: for metrics, tracing or logs of your own. Set one with {@link
 * Hyper.Builder#callListener(CallListener)}.
 *
 * <p>Every call, sync or async, ends in exactly one of the two methods, once (not once per retry),
 * with the time from sending to the result:
 *
 * <ul>
 *   <li>{@link #onComplete} when hyper answered below 500, whether the result is ok or not (a 404
 *       is a result, as everywhere in the SDK);
 *   <li>{@link #onError} when the call threw or its future failed: a 5xx ({@link ServerException},
 *       whose {@code status()} says which), a network failure ({@link HyperIoException}), an
 *       unreadable answer, or an async call's future cancelled or timed out first ({@link
 *       java.util.concurrent.CancellationException}, {@link
 *       java.util.concurrent.TimeoutException}).
 * </ul>
 *
 * <p>A listener is called on the thread that finishes the call (the caller's for sync calls, a
 * thread of the SDK's executor for async ones, or the thread that cancelled the future), so it must
 * be thread-safe and quick. An exception it throws is logged and ignored: it never changes the
 * result.
 *
 * <pre>{@code
 * Hyper hyper = Hyper.builder()
 *     .connectionString(cs)
 *     .callListener((service, operation, status, duration) ->
 *         log.info("{}.{} -> {} in {}", service, operation, status, duration))
 *     .build();
 * }</pre>
 */
@FunctionalInterface
public interface CallListener {

  /**
   * Called when hyper answered a call with a status below 500.
   *
   * @param service the service, e.g. {@code "data"}
   * @param operation the operation within it, e.g. {@code "get"}
   * @param status the HTTP status of the answer
   * @param duration the time from sending the request to the result
   */
  void onComplete(String service, String operation, int status, Duration duration);

  /**
   * Called when a call failed with an exception instead of a result. Does nothing by default.
   *
   * @param service the service, e.g. {@code "data"}
   * @param operation the operation within it, e.g. {@code "add"}
   * @param error what the call threw (or its future failed with)
   * @param duration the time from sending the request to the failure
   */
  default void onError(String service, String operation, Throwable error, Duration duration) {}
}
