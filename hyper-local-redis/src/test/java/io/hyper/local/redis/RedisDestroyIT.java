package io.hyper.local.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hyper.local.core.Json;
import io.hyper.local.core.cache.Glob;
import io.hyper.local.port.CachePort;
import io.hyper.local.port.Scoped;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * Destroy is atomic however many keys a store has: a concurrent reader on another instance sees the
 * whole store or none of it, and the keys are all deleted soon after, even when the instance that
 * destroyed it stopped before deleting them.
 */
class RedisDestroyIT {
  private static final int KEYS = 10_000;
  private static TestRedis redis;

  @BeforeAll
  static void connect() {
    redis = new TestRedis();
  }

  @AfterAll
  static void disconnect() {
    redis.close();
  }

  private static ObjectNode value(int n) {
    return Json.object().put("n", n);
  }

  @Test
  void aReaderSeesAllOfAStoreOrNoneAndNoKeyIsLeftBehind() throws Exception {
    try (CachePort writer = redis.open();
        CachePort reader = redis.open()) {
      writer.createStore("big");
      fill(writer, "big", KEYS);
      assertThat(reader.query("big", Glob.ALL).value()).hasSize(KEYS);

      ConcurrentLinkedQueue<String> partial = new ConcurrentLinkedQueue<>();
      AtomicInteger whole = new AtomicInteger();
      AtomicInteger gone = new AtomicInteger();
      AtomicBoolean stop = new AtomicBoolean();
      CountDownLatch started = new CountDownLatch(2);
      Thread queries =
          new Thread(
              () -> {
                started.countDown();
                while (!stop.get()) {
                  Scoped<List<CachePort.Entry>> found = reader.query("big", Glob.of("k*"));
                  if (found.isMissing()) {
                    gone.incrementAndGet();
                  } else if (found.value().size() == KEYS) {
                    whole.incrementAndGet();
                  } else {
                    partial.add("query saw " + found.value().size());
                  }
                }
              });
      Thread gets =
          new Thread(
              () -> {
                started.countDown();
                for (int i = 0; !stop.get(); i = (i + 7919) % KEYS) {
                  Scoped<Optional<ObjectNode>> got = reader.get("big", "k" + i);
                  if (!got.isMissing() && got.value().isEmpty()) {
                    partial.add("get of k" + i + " found the store without the key");
                  }
                }
              });
      queries.start();
      gets.start();
      assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
      await().atMost(Duration.ofSeconds(60)).until(() -> whole.get() >= 1);
      assertThat(writer.destroyStore("big")).isTrue();
      await().atMost(Duration.ofSeconds(60)).until(() -> gone.get() >= 3);
      stop.set(true);
      queries.join(60_000);
      gets.join(60_000);

      assertThat(partial).isEmpty();
      assertThat(reader.stores()).doesNotContain("big");
      await()
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(200))
          .until(() -> redis.keys().isEmpty());
    }
  }

  @Test
  void keysADeadInstanceLeftToDeleteAreDeletedByTheNextOne() {
    try (CachePort first = redis.open()) {
      first.createStore("orphaned");
      fill(first, "orphaned", 500);
    }
    // What a destroy leaves when its instance dies before the reaper ran: the marker gone, the
    // generation listed for reaping, every entry still there.
    KeySpace keys = new KeySpace(redis.prefix());
    String generation = redis.admin().get(keys.marker("orphaned"));
    redis.admin().del(keys.marker("orphaned"));
    redis.admin().srem(keys.registry(), "orphaned");
    redis.admin().sadd(keys.reaping(), keys.entries("orphaned", generation));
    assertThat(redis.keys()).hasSize(501);

    try (CachePort next = redis.open()) {
      assertThat(next.stores()).isEmpty();
      await()
          .atMost(Duration.ofSeconds(30))
          .pollInterval(Duration.ofMillis(100))
          .until(() -> redis.keys().isEmpty());
    }
  }

  /** Writes {@code n} entries {@code k0…} through the port, a few threads at once. */
  private static void fill(CachePort cache, String store, int n) {
    IntStream.range(0, n)
        .parallel()
        .forEach(i -> cache.set(store, "k" + i, value(i), Optional.empty()));
  }
}
