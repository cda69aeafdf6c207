package io.hyper.connect.internal;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs async calls on an executor, at most {@code max} at a time; the others wait in order in a
 * queue of their own (the executor's threads block in {@code HttpClient.send}, so a bounded number
 * of them is busy at once). A call rejected by the executor fails.
 */
final class SendPool {
  private final Executor executor;
  private final int max;
  private final AtomicInteger running = new AtomicInteger();
  private final ConcurrentLinkedQueue<AsyncCall<?>> waiting = new ConcurrentLinkedQueue<>();

  SendPool(Executor executor, int max) {
    this.executor = executor;
    this.max = max;
  }

  /**
   * Runs a call as soon as fewer than {@code max} run.
   *
   * @param call the call
   */
  void execute(AsyncCall<?> call) {
    waiting.add(call);
    drain();
  }

  // A finishing call decrements before it looks at the queue, and a new call is queued before it
  // looks at the counter, so one of the two always starts a queued call: none is stranded.
  private void drain() {
    while (!waiting.isEmpty()) {
      int r = running.get();
      if (r >= max) {
        return;
      }
      if (!running.compareAndSet(r, r + 1)) {
        continue;
      }
      AsyncCall<?> next = waiting.poll();
      if (next == null) {
        running.decrementAndGet();
        continue;
      }
      try {
        executor.execute(() -> runThenDrain(next));
      } catch (RejectedExecutionException e) {
        running.decrementAndGet();
        next.reject(e);
      }
    }
  }

  // A thread that finishes a call takes the next waiting one itself, keeping its permit: no
  // hand-off to another thread while calls are queued.
  private void runThenDrain(AsyncCall<?> call) {
    try {
      for (AsyncCall<?> next = call; next != null; next = waiting.poll()) {
        next.run();
      }
    } finally {
      running.decrementAndGet();
      drain();
    }
  }
}
