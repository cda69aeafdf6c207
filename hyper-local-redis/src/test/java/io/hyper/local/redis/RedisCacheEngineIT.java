package io.hyper.local.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hyper.local.core.Json;
import io.hyper.local.core.cache.Glob;
import io.hyper.local.port.AddOutcome;
import io.hyper.local.port.CachePort;
import io.hyper.local.port.CachePort.TimedEntry;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;
import tools.jackson.databind.node.ObjectNode;

/**
 * What is special to Redis: two instances on one URL agree, Redis's glob characters in keys are
 * literal, ttls are Redis's own, and prefixes keep hyper-locals apart.
 */
class RedisCacheEngineIT {
  private static TestRedis redis;
  private CachePort one;
  private CachePort two;

  @BeforeAll
  static void connect() {
    redis = new TestRedis();
  }

  @AfterAll
  static void disconnect() {
    redis.close();
  }

  @BeforeEach
  void open() {
    one = redis.open();
    two = redis.open();
  }

  @AfterEach
  void close() {
    one.close();
    two.close();
    redis.clean();
  }

  private static ObjectNode value(int n) {
    return Json.object().put("n", n);
  }

  private static List<String> keys(CachePort cache, String store, String glob) {
    return cache.query(store, Glob.of(glob)).value().stream().map(CachePort.Entry::key).toList();
  }

  @Test
  void twoInstancesOnOneUrlSeeOneCache() {
    assertThat(one.createStore("shared")).isTrue();
    assertThat(two.stores()).containsExactly("shared");
    assertThat(two.createStore("shared")).isFalse();
    one.set("shared", "k", value(1), Optional.empty());
    assertThat(two.get("shared", "k").value()).contains(value(1));
    assertThat(two.add("shared", "k", value(2), Optional.empty())).isEqualTo(AddOutcome.KEY_EXISTS);
    two.set("shared", "k", value(3), Optional.empty());
    assertThat(one.get("shared", "k").value()).contains(value(3));
    two.remove("shared", "k");
    assertThat(one.get("shared", "k").value()).isEmpty();
  }

  @Test
  void aTtlEndsOnBothInstances() {
    one.createStore("shared");
    one.add("shared", "brief", value(1), Optional.of(Duration.ofMillis(500)));
    assertThat(two.get("shared", "brief").value()).contains(value(1));
    await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> one.get("shared", "brief").value().isEmpty());
    assertThat(two.get("shared", "brief").value()).isEmpty();
    assertThat(keys(two, "shared", "*")).isEmpty();
  }

  @Test
  void aStoreDestroyedOnOneIsGoneOnTheOtherAndARecreatedOneIsEmpty() {
    one.createStore("shared");
    one.set("shared", "k", value(1), Optional.empty());
    assertThat(two.get("shared", "k").value()).contains(value(1));
    assertThat(one.destroyStore("shared")).isTrue();
    assertThat(two.get("shared", "k").isMissing()).isTrue();
    assertThat(two.set("shared", "k", value(2), Optional.empty())).isFalse();
    assertThat(two.destroyStore("shared")).isFalse();
    assertThat(one.createStore("shared")).isTrue();
    assertThat(two.get("shared", "k").value()).as("two knew the old generation").isEmpty();
    assertThat(two.set("shared", "k", value(3), Optional.empty())).isTrue();
    assertThat(one.get("shared", "k").value()).contains(value(3));
  }

  @Test
  void redisGlobCharactersInKeysAreLiteral() {
    one.createStore("s");
    String[] hostile = {
      "a*b", "axb", "[x]", "x", "\\", "?", "q", "a:b", "{t}", "{t}:u", "^-", "a-c", "b", "é*ß"
    };
    for (String key : hostile) {
      one.set("s", key, value(key.length()), Optional.empty());
    }
    assertThat(keys(one, "s", "*")).containsExactlyInAnyOrder(hostile);
    assertThat(keys(one, "s", "[x]")).containsExactly("[x]");
    assertThat(keys(one, "s", "?")).containsExactly("?");
    assertThat(keys(one, "s", "\\")).containsExactly("\\");
    assertThat(keys(one, "s", "a*b")).containsExactlyInAnyOrder("a*b", "axb", "a:b");
    assertThat(keys(one, "s", "a:*")).containsExactly("a:b");
    assertThat(keys(one, "s", "{t}*")).containsExactlyInAnyOrder("{t}", "{t}:u");
    assertThat(keys(one, "s", "*]")).containsExactly("[x]");
    assertThat(keys(one, "s", "^-")).containsExactly("^-");
    assertThat(keys(one, "s", "[a-c]")).isEmpty();
    assertThat(keys(one, "s", "é*")).containsExactly("é*ß");
    for (String key : hostile) {
      assertThat(one.get("s", key).value()).as(key).contains(value(key.length()));
    }
  }

  @Test
  void storeNamesWithTagAndSeparatorCharactersStayApart() {
    for (String store : new String[] {"a", "a:b", "a}", "{a}", "a%3Ab"}) {
      assertThat(one.createStore(store)).as(store).isTrue();
      one.set(store, "k", Json.object().put("store", store), Optional.empty());
    }
    assertThat(two.stores()).containsExactly("a", "a%3Ab", "a:b", "a}", "{a}");
    for (String store : two.stores()) {
      assertThat(keys(two, store, "*")).as(store).containsExactly("k");
      assertThat(two.get(store, "k").value().orElseThrow().get("store").asString())
          .isEqualTo(store);
    }
  }

  @Test
  void aGlobWithManyStarsIsStillExact() {
    one.createStore("s");
    one.set("s", "abababababababababab-end", value(1), Optional.empty());
    one.set("s", "abababababababababab-ending", value(2), Optional.empty());
    assertThat(keys(one, "s", "a*b*a*b*a*b*a*b*a*b*a*b*-end"))
        .containsExactly("abababababababababab-end");
  }

  @Test
  void ttlsAreRedissOwnAndSetWithoutOneClearsIt() {
    one.createStore("s");
    one.add("s", "hour", value(1), Optional.of(Duration.ofHours(1)));
    one.set("s", "plain", value(2), Optional.of(Duration.ofMinutes(5)));
    one.set("s", "plain", value(3), Optional.empty());
    one.set("s", "huge", value(4), Optional.of(Duration.ofSeconds(Long.MAX_VALUE)));
    one.set("s", "tiny", value(5), Optional.of(Duration.ofNanos(1)));
    List<TimedEntry> timed = two.queryWithTtl("s", Glob.ALL).value();
    TimedEntry hour = find(timed, "hour");
    assertThat(hour.remaining().orElseThrow())
        .isBetween(Duration.ofMinutes(59), Duration.ofHours(1));
    assertThat(find(timed, "plain").remaining()).isEmpty();
    assertThat(find(timed, "huge").remaining().orElseThrow())
        .isGreaterThan(Duration.ofDays(365L * 290));
    String hourKey =
        redis.keys().stream().filter(k -> k.endsWith(":hour")).findFirst().orElseThrow();
    assertThat(hourKey).startsWith(redis.prefix() + ":{s}:");
    assertThat(redis.admin().pttl(hourKey)).as("Redis's own ttl").isBetween(3_540_000L, 3_600_000L);
    String plainKey =
        redis.keys().stream().filter(k -> k.endsWith(":plain")).findFirst().orElseThrow();
    assertThat(redis.admin().pttl(plainKey)).as("no expiry left").isEqualTo(-1L);
    await().atMost(Duration.ofSeconds(5)).until(() -> two.get("s", "tiny").value().isEmpty());
  }

  @Test
  void zeroTtlOverALiveEntryRemovesItAndAddKeepsIt() {
    one.createStore("s");
    one.set("s", "k", value(1), Optional.empty());
    assertThat(one.add("s", "k", value(2), Optional.of(Duration.ZERO)))
        .isEqualTo(AddOutcome.KEY_EXISTS);
    assertThat(two.get("s", "k").value()).contains(value(1));
    assertThat(one.set("s", "k", value(3), Optional.of(Duration.ofMillis(-5)))).isTrue();
    assertThat(two.get("s", "k").value()).isEmpty();
    assertThat(one.add("s", "fresh", value(4), Optional.of(Duration.ZERO)))
        .isEqualTo(AddOutcome.ADDED);
    assertThat(two.get("s", "fresh").value()).isEmpty();
  }

  @Test
  void anotherPrefixIsAnotherCache() {
    one.createStore("s");
    one.set("s", "k", value(1), Optional.empty());
    try (TestRedis other = new TestRedis();
        CachePort elsewhere = other.open()) {
      assertThat(elsewhere.stores()).isEmpty();
      assertThat(elsewhere.get("s", "k").isMissing()).isTrue();
      assertThat(elsewhere.createStore("s")).isTrue();
      assertThat(elsewhere.get("s", "k").value()).isEmpty();
    }
    assertThat(one.get("s", "k").value()).contains(value(1));
  }

  @Test
  void scriptsTheServerForgotAreSentAgain() {
    one.createStore("s");
    one.set("s", "k", value(1), Optional.empty());
    redis.admin().scriptFlush();
    assertThat(one.get("s", "k").value()).contains(value(1));
    assertThat(two.add("s", "j", value(2), Optional.empty())).isEqualTo(AddOutcome.ADDED);
  }

  @Test
  void closeReleasesEveryConnectionAndThread() {
    one.close();
    two.close();
    CachePort third = redis.open();
    third.createStore("s");
    assertThat(clients()).isPositive();
    third.close();
    await().atMost(Duration.ofSeconds(10)).until(() -> clients() == 0);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                Thread.getAllStackTraces().keySet().stream()
                    .noneMatch(t -> t.getName().equals("hyper-redis-reaper-" + redis.prefix())));
    one = redis.open();
    two = redis.open();
  }

  /** How many connections the engines on this class's prefix hold. */
  private static long clients() {
    String list;
    try (Jedis connection = new Jedis(URI.create(TestRedis.SERVER))) {
      list = connection.clientList();
    }
    return list.lines()
        .filter(l -> l.contains(" name=hyper-local:" + redis.prefix() + " "))
        .count();
  }

  private static TimedEntry find(List<TimedEntry> entries, String key) {
    return entries.stream().filter(e -> e.key().equals(key)).findFirst().orElseThrow();
  }
}
