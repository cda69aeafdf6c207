package io.hyper.connect.internal;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with jitter: the n-th retry waits a random time between half and all of
 * {@code min(max, base * 2^n)}.
 *
 * @param base the delay before the first retry
 * @param max the longest delay
 */
public record Backoff(Duration base, Duration max) {

  /** The default: 250 ms, doubling, at most 8 s. */
  public static final Backoff DEFAULT = new Backoff(Duration.ofMillis(250), Duration.ofSeconds(8));

  /**
   * Returns the delay before a retry.
   *
   * @param retry 0 for the first retry, 1 for the second, ...
   * @return the delay in milliseconds
   */
  public long delayMillis(int retry) {
    long ceiling = Math.min(max.toMillis(), base.toMillis() << Math.min(retry, 20));
    return ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1);
  }
}
