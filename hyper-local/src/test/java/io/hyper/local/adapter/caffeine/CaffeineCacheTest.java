package io.hyper.local.adapter.caffeine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.hyper.local.Races;
import io.hyper.local.core.HyperError;
import io.hyper.local.core.Json;
import io.hyper.local.core.cache.Glob;
import io.hyper.local.port.CachePort;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class CaffeineCacheTest {
  private final SteppingClock clock = new SteppingClock();
  private final CaffeineCache cache = new CaffeineCache(clock);

  @BeforeEach
  void createStore() {
    cache.createStore("s");
  }

  @AfterEach
  void close() {
    cache.close();
  }

  @Test
  void entryIsLiveUntilItsTtlHasPassedAndAbsentJustAfter() {
    cache.add("s", "k", value(1), Optional.of(Duration.ofSeconds(1)));
    clock.advance(Duration.ofSeconds(1));
    assertThat(cache.get("s", "k")).contains(value(1));
    clock.advance(Duration.ofNanos(1));
    assertThat(cache.get("s", "k")).isEmpty();
  }

  @Test
  void expiredEntryIsAbsentFromQuery() {
    cache.add("s", "short", value(1), Optional.of(Duration.ofMillis(500)));
    cache.add("s", "long", value(2), Optional.of(Duration.ofHours(1)));
    cache.add("s", "forever", value(3), Optional.empty());
    assertThat(keys(cache.query("s", Glob.ALL)))
        .containsExactlyInAnyOrder("short", "long", "forever");
    clock.advance(Duration.ofSeconds(1));
    assertThat(keys(cache.query("s", Glob.ALL))).containsExactlyInAnyOrder("long", "forever");
    clock.advance(Duration.ofDays(3650));
    assertThat(keys(cache.query("s", Glob.ALL))).containsExactly("forever");
  }

  @Test
  void addConflictsWithALiveKeyButNotWithAnExpiredOne() {
    cache.add("s", "k", value(1), Optional.of(Duration.ofSeconds(1)));
    assertThatThrownBy(() -> cache.add("s", "k", value(2), Optional.empty()))
        .isInstanceOfSatisfying(HyperError.class, e -> assertThat(e.status()).isEqualTo(409));
    assertThat(cache.get("s", "k")).contains(value(1));
    clock.advance(Duration.ofSeconds(2));
    cache.add("s", "k", value(3), Optional.empty());
    assertThat(cache.get("s", "k")).contains(value(3));
  }

  @Test
  void setWithoutTtlClearsAnEarlierExpiry() {
    cache.add("s", "k", value(1), Optional.of(Duration.ofSeconds(1)));
    cache.set("s", "k", value(2), Optional.empty());
    clock.advance(Duration.ofDays(1));
    assertThat(cache.get("s", "k")).contains(value(2));
  }

  @Test
  void setWithTtlGivesTheEntryThatTtlFromNow() {
    cache.set("s", "k", value(1), Optional.empty());
    clock.advance(Duration.ofSeconds(10));
    cache.set("s", "k", value(2), Optional.of(Duration.ofSeconds(5)));
    clock.advance(Duration.ofSeconds(4));
    assertThat(cache.get("s", "k")).contains(value(2));
    clock.advance(Duration.ofSeconds(2));
    assertThat(cache.get("s", "k")).isEmpty();
  }

  @Test
  void readsDoNotExtendTheTtl() {
    cache.add("s", "k", value(1), Optional.of(Duration.ofSeconds(2)));
    for (int i = 0; i < 3; i++) {
      clock.advance(Duration.ofMillis(600));
      assertThat(cache.get("s", "k")).isPresent();
    }
    clock.advance(Duration.ofMillis(600));
    assertThat(cache.get("s", "k")).isEmpty();
  }

  @Test
  void zeroOrNegativeTtlExpiresAtOnce() {
    cache.add("s", "zero", value(1), Optional.of(Duration.ZERO));
    cache.add("s", "negative", value(1), Optional.of(Duration.ofHours(-1)));
    clock.advance(Duration.ofNanos(1));
    assertThat(cache.get("s", "zero")).isEmpty();
    assertThat(cache.get("s", "negative")).isEmpty();
    assertThat(cache.query("s", Glob.ALL)).isEmpty();
  }

  @Test
  void hugeTtlNeverOverflowsIntoThePast() {
    cache.add("s", "k", value(1), Optional.of(Duration.ofNanos(Long.MAX_VALUE)));
    clock.advance(Duration.ofDays(365 * 100));
    assertThat(cache.get("s", "k")).contains(value(1));
  }

  @Test
  void expiredEntriesLeaveMemoryOnTheNextWrite() {
    for (int i = 0; i < 100; i++) {
      cache.add("s", "k" + i, value(i), Optional.of(Duration.ofSeconds(1)));
    }
    cache.add("s", "kept", value(0), Optional.empty());
    assertThat(cache.resident("s")).isEqualTo(101);
    clock.advance(Duration.ofSeconds(2));
    cache.set("s", "other", value(0), Optional.empty());
    assertThat(cache.resident("s")).isEqualTo(2);
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

  @Test
  void removeIsIdempotent() {
    cache.set("s", "k", value(1), Optional.empty());
    cache.remove("s", "k");
    cache.remove("s", "k");
    assertThat(cache.get("s", "k")).isEmpty();
  }

  @Test
  void queryKeepsOnlyMatchingKeys() {
    for (String key : new String[] {"movie-1", "movie-2", "album-1", "movie-2-extra"}) {
      cache.set("s", key, value(1), Optional.empty());
    }
    assertThat(keys(cache.query("s", Glob.of("movie-*"))))
        .containsExactlyInAnyOrder("movie-1", "movie-2", "movie-2-extra");
    assertThat(keys(cache.query("s", Glob.of("*-1"))))
        .containsExactlyInAnyOrder("movie-1", "album-1");
    assertThat(cache.query("s", Glob.of("nothing*"))).isEmpty();
  }

  @Test
  void everyKeyOperationOnAMissingStoreIs404() {
    for (Runnable op :
        new Runnable[] {
          () -> cache.add("nope", "k", value(1), Optional.empty()),
          () -> cache.get("nope", "k"),
          () -> cache.set("nope", "k", value(1), Optional.empty()),
          () -> cache.remove("nope", "k"),
          () -> cache.query("nope", Glob.ALL),
          () -> cache.destroyStore("nope"),
        }) {
      assertThatThrownBy(op::run)
          .isInstanceOfSatisfying(HyperError.class, e -> assertThat(e.status()).isEqualTo(404));
    }
  }

  @Test
  void storesAreListedSortedAndDestroyDropsTheEntries() {
    cache.createStore("b");
    cache.createStore("a");
    cache.set("a", "k", value(1), Optional.empty());
    assertThat(cache.stores()).containsExactly("a", "b", "s");
    assertThatThrownBy(() -> cache.createStore("a"))
        .isInstanceOfSatisfying(HyperError.class, e -> assertThat(e.status()).isEqualTo(409));
    cache.destroyStore("a");
    cache.createStore("a");
    assertThat(cache.get("a", "k")).isEmpty();
  }

  @Test
  void concurrentAddsOfOneKeyLetExactlyOneWin() throws Exception {
    List<Integer> statuses =
        Races.run(
            8,
            i -> {
              try {
                cache.add("s", "race", value(i), Optional.empty());
                return 201;
              } catch (HyperError e) {
                return e.status();
              }
            });
    assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 409);
  }

  private static ObjectNode value(int n) {
    return Json.object().put("n", n);
  }

  private static List<String> keys(List<CachePort.Entry> entries) {
    return entries.stream().map(CachePort.Entry::key).toList();
  }
}
