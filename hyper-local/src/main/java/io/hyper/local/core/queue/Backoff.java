package io.hyper.local.core.queue;

import java.time.Duration;
import java.util.Objects;

/**
 * When a failed delivery is tried again (§11 Q8): {@code first} after the first failure, doubling
 * after each further one, capped at one hour.
 *
 * @param attempts deliveries tried per job in all, at least 1
 * @param first the wait before the first retry
 */
public record Backoff(int attempts, Duration first) {
  private static final Duration CAP = Duration.ofHours(1);

  /** Checks both components. */
  public Backoff {
    Objects.requireNonNull(first, "first");
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be >= 1, was " + attempts);
    }
    if (first.isNegative()) {
      throw new IllegalArgumentException("first must not be negative, was " + first);
    }
  }

  /** True when a job that has been tried {@code tried} times gets another attempt. */
  public boolean retries(int tried) {
    return tried < attempts;
  }

  /** The wait after the {@code tried}-th failed attempt: {@code first * 2^(tried-1)}, capped. */
  public Duration delayAfter(int tried) {
    int doublings = Math.min(Math.max(tried - 1, 0), 30);
    Duration delay = first.multipliedBy(1L << doublings);
    return delay.compareTo(CAP) > 0 ? CAP : delay;
  }
}
