package io.hyper.connect.testing;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * How a test calls the SDK: every behaviour test takes a {@code Mode} parameter and runs once per
 * mode, with one body. {@link #call} runs the sync form or the async form of the same action; in
 * async mode a failed future's cause is rethrown as is, so a test asserting {@code
 * NotFoundException} passes in both modes only when the future carries that very type.
 */
public enum Mode {
  /** The sync form: {@code add(doc)}. */
  SYNC,
  /** The async form: {@code addAsync(doc)}, awaited. */
  ASYNC;

  /**
   * Runs the action in this mode.
   *
   * @param <R> the result type
   * @param sync the sync form
   * @param async the async form
   * @return the result
   */
  public <R> R call(Supplier<R> sync, Supplier<CompletableFuture<R>> async) {
    if (this == SYNC) {
      return sync.get();
    }
    CompletableFuture<R> future = async.get();
    try {
      return future.get(10, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new AssertionError("the future failed with a checked exception", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    } catch (TimeoutException e) {
      throw new AssertionError("the future did not complete within 10 s", e);
    }
  }
}
