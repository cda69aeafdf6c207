package io.hyper.local.redis;

import io.hyper.local.LocalConfig;
import io.hyper.local.engine.EngineUrl;
import io.hyper.local.port.CachePort;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * The real Redis the ITs run against ({@code HYPER_TEST_REDIS}, default {@code
 * redis://127.0.0.1:6379}, as {@code scripts/engines start redis} starts it), and one random key
 * prefix per test class, so classes and other users of the server never see each other's keys.
 */
final class TestRedis implements AutoCloseable {
  /** Where the server is. */
  static final String SERVER =
      System.getenv().getOrDefault("HYPER_TEST_REDIS", "redis://127.0.0.1:6379");

  /** What the factory is opened with; the engine uses none of it (Redis keeps its own time). */
  static final LocalConfig CONFIG =
      new LocalConfig(
          Optional.empty(),
          Clock.systemUTC(),
          new byte[32],
          Optional.empty(),
          1,
          Duration.ofSeconds(1),
          Duration.ofSeconds(1),
          Duration.ofSeconds(10));

  private final String prefix = "hyper-it-" + UUID.randomUUID().toString().substring(0, 8);
  private final RedisClient admin;

  /**
   * Connects, failing (not skipping) with how to start the server when it is not there.
   *
   * @throws IllegalStateException when Redis does not answer
   */
  TestRedis() {
    admin = RedisCacheFactory.client(RedisUrl.parse(EngineUrl.parse(SERVER)));
    try {
      admin.ping();
    } catch (JedisException e) {
      admin.close();
      throw new IllegalStateException(
          "Redis is not reachable at " + SERVER + ": run scripts/engines start redis", e);
    }
  }

  /** This class's prefix. */
  String prefix() {
    return prefix;
  }

  /** The engine URL with this class's prefix and {@code more} parameters ({@code &a=b}). */
  String url(String more) {
    return SERVER + (SERVER.contains("?") ? "&" : "?") + "prefix=" + prefix + more;
  }

  /** A fresh engine on this class's prefix, through the factory as hyper-local opens it. */
  CachePort open() {
    return new RedisCacheFactory().open(EngineUrl.parse(url("")), CONFIG);
  }

  /** A client for looking under the hood. */
  RedisClient admin() {
    return admin;
  }

  /** Every key under this class's prefix, counted with SCAN. */
  List<String> keys() {
    List<String> all = new ArrayList<>();
    ScanParams params = new ScanParams().match(KeySpace.escape(prefix) + ":*").count(1000);
    String cursor = ScanParams.SCAN_POINTER_START;
    do {
      ScanResult<String> page = admin.scan(cursor, params);
      all.addAll(page.getResult());
      cursor = page.getCursor();
    } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
    return all;
  }

  /** Deletes every key under this class's prefix. */
  void clean() {
    List<String> keys = keys();
    for (int from = 0; from < keys.size(); from += 1000) {
      admin.unlink(keys.subList(from, Math.min(keys.size(), from + 1000)).toArray(String[]::new));
    }
  }

  /** Cleans up and disconnects. */
  @Override
  public void close() {
    try {
      clean();
    } finally {
      admin.close();
    }
  }
}
