package io.hyper.local.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.local.HyperLocal;
import io.hyper.local.Service;
import io.hyper.local.TestHttp;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.ScanParams;

/**
 * hyper's cache routes answer exactly as on the embedded engine when the cache is on Redis: the
 * whole {@link CacheRoutesIT}, run on {@code HyperLocal.builder().engine(Service.CACHE,
 * "redis://…")} (ttl expiry, globs, 404/409/422 answers and their texts).
 */
class RedisCacheRoutesIT extends CacheRoutesIT {
  private static final String SERVER =
      System.getenv().getOrDefault("HYPER_TEST_REDIS", "redis://127.0.0.1:6379");
  private static final String PREFIX = "hyper-it-" + UUID.randomUUID().toString().substring(0, 8);

  /** Hides {@link CacheRoutesIT}'s: the same routes, on Redis under a prefix of this run's. */
  @BeforeAll
  static void start() {
    try {
      hyper = HyperLocal.builder().engine(Service.CACHE, SERVER + "?prefix=" + PREFIX).start();
    } catch (IllegalStateException e) {
      throw new IllegalStateException(
          "Redis is not reachable at " + SERVER + ": run scripts/engines start redis", e);
    }
    http = new TestHttp(hyper.url());
  }

  /** Hides {@link CacheRoutesIT}'s: stops the server and deletes this run's keys. */
  @AfterAll
  static void stop() {
    hyper.close();
    try (RedisClient admin = RedisClient.create(java.net.URI.create(SERVER))) {
      ScanParams params = new ScanParams().match(PREFIX + ":*").count(1000);
      String cursor = ScanParams.SCAN_POINTER_START;
      do {
        var page = admin.scan(cursor, params);
        if (!page.getResult().isEmpty()) {
          admin.unlink(page.getResult().toArray(String[]::new));
        }
        cursor = page.getCursor();
      } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
    }
  }

  @Test
  void theCacheReallyRunsOnRedis() {
    assertThat(http.put("/cache/on-redis", "").status()).isEqualTo(201);
    try (RedisClient admin = RedisClient.create(java.net.URI.create(SERVER))) {
      assertThat(admin.sismember(PREFIX + ":stores", "on-redis")).isTrue();
    }
  }
}
