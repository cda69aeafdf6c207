package io.hyper.local.adapter.caffeine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hyper.local.contract.CachePortContract;
import io.hyper.local.port.CachePort;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Caffeine passes the cache contract on a stepping clock, to the nanosecond. */
class CaffeineCacheTest extends CachePortContract {
  private final SteppingClock clock = new SteppingClock();

  @Override
  protected CachePort open() {
    return new CaffeineCache(clock);
  }

  @Override
  protected void elapse(Duration time) {
    clock.advance(time);
  }

  private CaffeineCache caffeine() {
    return (CaffeineCache) cache;
  }

  @Test
  void entryIsLiveUntilItsTtlHasPassedAndAbsentJustAfter() {
    cache.add("s", "k", value(1), Optional.of(Duration.ofSeconds(1)));
    clock.advance(Duration.ofSeconds(1));
    assertThat(cache.get("s", "k").value()).contains(value(1));
    clock.advance(Duration.ofNanos(1));
    assertThat(cache.get("s", "k").value()).isEmpty();
  }

  @Test
  void readsDoNotExtendTheTtl() {
    cache.add("s", "k", value(1), Optional.of(Duration.ofSeconds(2)));
    for (int i = 0; i < 3; i++) {
      clock.advance(Duration.ofMillis(600));
      assertThat(cache.get("s", "k").value()).isPresent();
    }
    clock.advance(Duration.ofMillis(600));
    assertThat(cache.get("s", "k").value()).isEmpty();
  }

  @Test
  void hugeTtlNeverOverflowsIntoThePast() {
    cache.add("s", "k", value(1), Optional.of(Duration.ofNanos(Long.MAX_VALUE)));
    clock.advance(Duration.ofDays(365 * 100));
    assertThat(cache.get("s", "k").value()).contains(value(1));
  }

  @Test
  void expiredEntriesLeaveMemoryOnTheNextWrite() {
    for (int i = 0; i < 100; i++) {
      cache.add("s", "k" + i, value(i), Optional.of(Duration.ofSeconds(1)));
    }
    cache.add("s", "kept", value(0), Optional.empty());
    assertThat(caffeine().resident("s")).isEqualTo(101);
    clock.advance(Duration.ofSeconds(2));
    cache.set("s", "other", value(0), Optional.empty());
    assertThat(caffeine().resident("s")).isEqualTo(2);
  }

  @Test
  void expiredEntriesLeaveMemoryWithoutAnyFurtherAccess() {
    try (CaffeineCache real = new CaffeineCache(Clock.systemUTC())) {
      real.createStore("s");
      for (int i = 0; i < 100; i++) {
        real.add("s", "k" + i, value(i), Optional.of(Duration.ofMillis(100)));
      }
      real.add("s", "kept", value(0), Optional.empty());
      await()
          .atMost(Duration.ofSeconds(10))
          .pollInterval(Duration.ofMillis(100))
          .until(() -> real.resident("s") == 1);
    }
  }
}
