package io.hyper.connect;

import io.hyper.connect.internal.Backoff;
import java.time.Clock;
import java.time.Duration;

/** Builders with the package-private test knobs of {@link Hyper.Builder}. */
public final class TestHypers {
  private TestHypers() {}

  /**
   * Returns a builder whose retries wait 1 to 2 ms instead of hundreds.
   *
   * @return a builder
   */
  public static Hyper.Builder builder() {
    return Hyper.builder().backoff(new Backoff(Duration.ofMillis(2), Duration.ofMillis(4)));
  }

  /**
   * Returns a builder with fast retries and a fixed clock for tokens.
   *
   * @param clock the clock
   * @return a builder
   */
  public static Hyper.Builder builder(Clock clock) {
    return builder().clock(clock);
  }
}
