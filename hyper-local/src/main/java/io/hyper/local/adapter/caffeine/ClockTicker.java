package io.hyper.local.adapter.caffeine;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Instant;

/**
 * Caffeine's time source read from a {@link Clock}, so that expiry follows the server's clock (a
 * fixed or stepped one in tests).
 */
final class ClockTicker implements Ticker {
  private final Clock clock;

  ClockTicker(Clock clock) {
    this.clock = clock;
  }

  /** Nanoseconds since the epoch; fits a {@code long} until the year 2262. */
  @Override
  public long read() {
    Instant now = clock.instant();
    return now.getEpochSecond() * 1_000_000_000L + now.getNano();
  }
}
