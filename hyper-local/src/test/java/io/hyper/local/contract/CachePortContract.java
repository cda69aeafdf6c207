package io.hyper.local.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.local.Races;
import io.hyper.local.core.Json;
import io.hyper.local.core.cache.Glob;
import io.hyper.local.port.AddOutcome;
import io.hyper.local.port.CachePort;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * What every {@link CachePort} does: stores, outcomes instead of errors, ttls that end an entry
 * everywhere at once, and glob queries. Times are coarse (hundreds of milliseconds) so that an
 * engine with its own clock can pass by {@linkplain #elapse really waiting}.
 */
public abstract class CachePortContract {
  /** The engine under test, with an empty store {@code s}. */
  protected CachePort cache;

  /** Opens an empty engine of the adapter under test. */
  protected abstract CachePort open();

  /** Lets {@code time} pass for the engine's ttls (a test clock steps; a server's is waited on). */
  protected abstract void elapse(Duration time);

  @BeforeEach
  void openCache() {
    cache = open();
    assertThat(cache.createStore("s")).isTrue();
  }

  @AfterEach
  void closeCache() {
    cache.close();
  }

  /** A value of {@code n}. */
  protected static ObjectNode value(int n) {
    return Json.object().put("n", n);
  }

  private Optional<ObjectNode> get(String key) {
    return cache.get("s", key).value();
  }

  private List<String> keys(Glob pattern) {
    return cache.query("s", pattern).value().stream().map(CachePort.Entry::key).toList();
  }

  @Test
  void anEntryLivesUntilItsTtlAndIsThenAbsentFromEveryRead() {
    cache.add("s", "short", value(1), Optional.of(Duration.ofMillis(300)));
    cache.add("s", "long", value(2), Optional.of(Duration.ofHours(1)));
    cache.add("s", "forever", value(3), Optional.empty());
    assertThat(get("short")).contains(value(1));
    assertThat(keys(Glob.ALL)).containsExactlyInAnyOrder("short", "long", "forever");
    elapse(Duration.ofMillis(800));
    assertThat(get("short")).isEmpty();
    assertThat(keys(Glob.ALL)).containsExactlyInAnyOrder("long", "forever");
    assertThat(cache.add("s", "short", value(4), Optional.empty()))
        .as("an expired key is free")
        .isEqualTo(AddOutcome.ADDED);
  }

  @Test
  void addKeepsALiveKeyAndSaysSo() {
    assertThat(cache.add("s", "k", value(1), Optional.empty())).isEqualTo(AddOutcome.ADDED);
    assertThat(cache.add("s", "k", value(2), Optional.empty())).isEqualTo(AddOutcome.KEY_EXISTS);
    assertThat(get("k")).contains(value(1));
  }

  @Test
  void setWithoutTtlClearsAnEarlierExpiryAndWithOneStartsItFromNow() {
    cache.add("s", "cleared", value(1), Optional.of(Duration.ofMillis(300)));
    assertThat(cache.set("s", "cleared", value(2), Optional.empty())).isTrue();
    cache.set("s", "started", value(1), Optional.empty());
    assertThat(cache.set("s", "started", value(2), Optional.of(Duration.ofMillis(300)))).isTrue();
    elapse(Duration.ofMillis(800));
    assertThat(get("cleared")).contains(value(2));
    assertThat(get("started")).isEmpty();
  }

  @Test
  void zeroOrNegativeTtlExpiresAtOnce() {
    cache.add("s", "zero", value(1), Optional.of(Duration.ZERO));
    cache.add("s", "negative", value(1), Optional.of(Duration.ofHours(-1)));
    elapse(Duration.ofMillis(5));
    assertThat(get("zero")).isEmpty();
    assertThat(get("negative")).isEmpty();
    assertThat(keys(Glob.ALL)).isEmpty();
  }

  @Test
  void removeIsIdempotent() {
    cache.set("s", "k", value(1), Optional.empty());
    assertThat(cache.remove("s", "k")).isTrue();
    assertThat(cache.remove("s", "k")).isTrue();
    assertThat(get("k")).isEmpty();
  }

  @Test
  void queryKeepsOnlyMatchingKeysWithTheirValues() {
    for (String key : new String[] {"movie-1", "movie-2", "album-1", "movie-2-extra", "é-1"}) {
      cache.set("s", key, value(key.length()), Optional.empty());
    }
    assertThat(keys(Glob.of("movie-*")))
        .containsExactlyInAnyOrder("movie-1", "movie-2", "movie-2-extra");
    assertThat(keys(Glob.of("*-1"))).containsExactlyInAnyOrder("movie-1", "album-1", "é-1");
    assertThat(keys(Glob.of("nothing*"))).isEmpty();
    assertThat(cache.query("s", Glob.of("movie-1")).value())
        .containsExactly(new CachePort.Entry("movie-1", value(7)));
  }

  @Test
  void everyCallOnAMissingStoreSaysSoAndChangesNothing() {
    assertThat(cache.add("nope", "k", value(1), Optional.empty()))
        .isEqualTo(AddOutcome.NO_CONTAINER);
    assertThat(cache.get("nope", "k").isMissing()).isTrue();
    assertThat(cache.set("nope", "k", value(1), Optional.empty())).isFalse();
    assertThat(cache.remove("nope", "k")).isFalse();
    assertThat(cache.query("nope", Glob.ALL).isMissing()).isTrue();
    assertThat(cache.destroyStore("nope")).isFalse();
    assertThat(cache.stores()).containsExactly("s");
  }

  @Test
  void storesAreListedSortedAndDestroyDropsTheEntries() {
    assertThat(cache.createStore("b")).isTrue();
    assertThat(cache.createStore("a")).isTrue();
    assertThat(cache.createStore("a")).isFalse();
    cache.set("a", "k", value(1), Optional.empty());
    assertThat(cache.stores()).containsExactly("a", "b", "s");
    assertThat(cache.destroyStore("a")).isTrue();
    assertThat(cache.createStore("a")).isTrue();
    assertThat(cache.get("a", "k").value()).isEmpty();
  }

  @Test
  void concurrentAddsOfOneKeyLetExactlyOneWin() throws Exception {
    List<AddOutcome> outcomes =
        Races.run(8, i -> cache.add("s", "race", value(i), Optional.empty()));
    assertThat(outcomes)
        .containsOnlyOnce(AddOutcome.ADDED)
        .containsOnly(AddOutcome.ADDED, AddOutcome.KEY_EXISTS);
  }
}
