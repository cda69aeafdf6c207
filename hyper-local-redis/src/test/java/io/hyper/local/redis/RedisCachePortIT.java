package io.hyper.local.redis;

import io.hyper.local.contract.CachePortContract;
import io.hyper.local.port.CachePort;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/** Redis passes the cache contract unchanged, its ttls on the server's own clock. */
class RedisCachePortIT extends CachePortContract {
  private static TestRedis redis;

  @BeforeAll
  static void connect() {
    redis = new TestRedis();
  }

  @AfterAll
  static void disconnect() {
    redis.close();
  }

  @Override
  protected CachePort open() {
    return redis.open();
  }

  /** Really waits: Redis expires keys on its own clock. */
  @Override
  protected void elapse(Duration time) {
    long end = System.nanoTime() + time.toNanos();
    for (long left = time.toNanos(); left > 0; left = end - System.nanoTime()) {
      LockSupport.parkNanos(left);
    }
  }

  /** Each test starts from an empty key space (the contract's store {@code s} is created anew). */
  @AfterEach
  void clean() {
    redis.clean();
  }
}
