package io.hyper.local.redis;

import io.hyper.local.core.HyperError;
import java.lang.System.Logger.Level;
import java.util.Locale;
import java.util.function.Supplier;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Turns Redis's failures into what a client may see: 507 when Redis refuses a write for lack of
 * memory ({@code OOM}, under {@code maxmemory} with no eviction), 503 for everything else (down, a
 * dropped connection, a timeout, a replica that is read-only, a server still loading), so the
 * client retries later. Never the driver's text; that is logged, at WARNING, for the operator.
 */
final class RedisFaults {
  /** The message of a 503: the cache engine could not be reached or did not answer. */
  static final String UNAVAILABLE =
      "service unavailable: the cache engine (Redis) did not answer, retry later";

  /** The message of a 507. */
  static final String OUT_OF_MEMORY =
      "insufficient storage: the cache engine (Redis) is out of memory; nothing was changed";

  private static final System.Logger LOG = System.getLogger(RedisFaults.class.getName());

  private final String engine;

  /** Faults of the engine at {@code engine} (a URL with its password masked, for the log). */
  RedisFaults(String engine) {
    this.engine = engine;
  }

  /** Runs {@code call}, answering a Redis failure while {@code doing} as a {@link HyperError}. */
  <T> T run(String doing, Supplier<T> call) {
    try {
      return call.get();
    } catch (JedisException e) {
      throw of(doing, e);
    }
  }

  /** The error a client receives for {@code e}; logs it. */
  HyperError of(String doing, JedisException e) {
    LOG.log(Level.WARNING, "redis failure: " + doing + " on " + engine, e);
    if (!(e instanceof JedisConnectionException) && outOfMemory(e)) {
      return HyperError.insufficientStorage(OUT_OF_MEMORY);
    }
    return new HyperError(503, UNAVAILABLE);
  }

  /**
   * The error for an operation that found its store destroyed and re-created on every one of its
   * tries (another instance churning it): 503, as the next try may well succeed.
   */
  HyperError busy(String doing) {
    LOG.log(Level.WARNING, "redis: gave up on " + doing + ": the store kept being re-created");
    return new HyperError(503, "service unavailable: the cache store kept changing, retry later");
  }

  private static boolean outOfMemory(JedisException e) {
    String text = e.getMessage();
    return text != null && text.toUpperCase(Locale.ROOT).contains("OOM ");
  }
}
