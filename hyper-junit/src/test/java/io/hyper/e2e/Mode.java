package io.hyper.e2e;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * How a test calls the SDK: each behaviour test is a
 * {@code @ParameterizedTest @EnumSource(Mode.class)} and runs once per form with one body. {@link
 * #call} runs {@code x.add(..)} or {@code x.async().add(..)} awaited; a failed future's cause is
 * rethrown as is, so an assertion on {@code NotFoundException} (or {@code
 * IllegalArgumentException}) holds in both forms only when the future carries that very type.
 */
enum Mode {
  /** The sync form: {@code add(doc)}. */
  SYNC,
  /** The async form: {@code addAsync(doc)}, awaited with {@code join()}. */
  ASYNC;

  /** Bound on one awaited async call, so a lost future fails the test instead of hanging it. */
  private static final long TIMEOUT_SECONDS = 120;

  /**
   * Runs one action in this form.
   *
   * @param sync the sync form of the action
   * @param async the async form of the same action
   * @return the action's result
   */
  <R> R call(Supplier<R> sync, Supplier<CompletableFuture<R>> async) {
    if (this == SYNC) {
      return sync.get();
    }
    try {
      return async.get().orTimeout(TIMEOUT_SECONDS, TimeUnit.SECONDS).join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new AssertionError("the future failed with a checked exception", e.getCause());
    }
  }
}
