package io.hyper.connect.internal;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The one timer thread of the SDK, shared by every {@code Hyper} in the JVM (daemon, started on
 * first use): it runs the watchdogs of {@link Attempt} and hands delayed retries back to their
 * pool. Its tasks only look at a clock and flip flags; none blocks.
 */
final class Scheduler {
  private static final ScheduledThreadPoolExecutor TIMER = create();

  private Scheduler() {}

  private static ScheduledThreadPoolExecutor create() {
    ScheduledThreadPoolExecutor timer =
        new ScheduledThreadPoolExecutor(
            1,
            r -> {
              Thread t = new Thread(r, "hyper-connect-timer");
              t.setDaemon(true);
              return t;
            });
    // A watchdog is cancelled when its exchange ends, most long before they are due: drop them
    // from the queue at once instead of keeping each exchange reachable until its deadline.
    timer.setRemoveOnCancelPolicy(true);
    return timer;
  }

  /**
   * Runs a task once after a delay.
   *
   * @param task the task; it must not block
   * @param delayNanos the delay in nanoseconds
   * @return the scheduled task, to cancel
   */
  static ScheduledFuture<?> schedule(Runnable task, long delayNanos) {
    return TIMER.schedule(task, delayNanos, TimeUnit.NANOSECONDS);
  }
}
