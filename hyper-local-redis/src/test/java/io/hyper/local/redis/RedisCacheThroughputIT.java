package io.hyper.local.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.local.core.Json;
import io.hyper.local.port.CachePort;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * Set and get through the port for a few seconds, on one thread and on eight, and prints the
 * operations per second after a second of warming up (a measurement for the report, not a bound).
 * What it asserts is that every get found exactly what its thread had set. {@code
 * -Dhyper.redis.seconds=N} runs longer.
 */
class RedisCacheThroughputIT {
  private static final Duration RUN = Duration.ofSeconds(Long.getLong("hyper.redis.seconds", 2));
  private static TestRedis redis;

  @BeforeAll
  static void connect() {
    redis = new TestRedis();
  }

  @AfterAll
  static void disconnect() {
    redis.close();
  }

  @Test
  void setAndGetThroughThePort() throws Exception {
    try (CachePort cache = redis.open()) {
      cache.createStore("bench");
      long[] warm = run(cache, 99, System.nanoTime() + Duration.ofSeconds(1).toNanos());
      assertThat(warm[1]).as("wrong answers while warming up").isZero();
      for (int threads : new int[] {1, 8}) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long end = System.nanoTime() + RUN.toNanos();
        List<Future<long[]>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          int thread = t;
          results.add(pool.submit(() -> run(cache, thread, end)));
        }
        long ops = 0;
        long wrong = 0;
        for (Future<long[]> f : results) {
          long[] r = f.get();
          ops += r[0];
          wrong += r[1];
        }
        pool.shutdown();
        System.out.printf(
            "redis cache, %d thread(s): %,d set+get ops in %s = %,.0f ops/s%n",
            threads, ops, RUN, ops / (RUN.toNanos() / 1e9));
        assertThat(wrong).isZero();
        assertThat(ops).isPositive();
      }
    }
  }

  /** Sets and gets keys of its own until {@code end}: {operations, wrong answers}. */
  private static long[] run(CachePort cache, int thread, long end) {
    long ops = 0;
    long wrong = 0;
    for (int i = 0; System.nanoTime() < end; i++) {
      String key = "t" + thread + "-" + (i % 1000);
      ObjectNode value = Json.object().put("i", i).put("title", "a value of some forty bytes");
      cache.set("bench", key, value, Optional.empty());
      if (!cache.get("bench", key).value().equals(Optional.of(value))) {
        wrong++;
      }
      ops += 2;
    }
    return new long[] {ops, wrong};
  }
}
