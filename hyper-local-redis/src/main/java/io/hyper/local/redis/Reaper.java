package io.hyper.local.redis;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * Deletes the entries of destroyed store generations in the background: {@code SCAN MATCH} over
 * each entry prefix listed in the reaping set, {@code UNLINK} (freed by Redis off its main thread)
 * page by page, then the prefix leaves the set. Destroy itself is already complete when this runs:
 * the generation's entries are unreachable, and no write can add to it (every write checks the
 * marker's generation in its script), so one full scan leaves nothing behind.
 *
 * <p>The set lives in Redis, so work an instance did not finish (it stopped, Redis went away) is
 * picked up by the next sweep of any instance on the same prefix: at open and every minute. Several
 * instances reaping one prefix at once only repeat each other's {@code UNLINK}s.
 */
final class Reaper implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(Reaper.class.getName());
  private static final int PAGE = 1000;
  private static final long SWEEP_SECONDS = 60;

  private final UnifiedJedis redis;
  private final KeySpace keys;
  private final ScheduledExecutorService thread;

  /** A reaper of {@code keys}' destroyed generations; sweeps at once and then every minute. */
  Reaper(UnifiedJedis redis, KeySpace keys) {
    this.redis = redis;
    this.keys = keys;
    this.thread =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "hyper-redis-reaper-" + keys.prefix());
              t.setDaemon(true);
              return t;
            });
    thread.scheduleWithFixedDelay(this::sweep, 0, SWEEP_SECONDS, TimeUnit.SECONDS);
  }

  /** Deletes the keys under {@code entries} soon, on the reaper's thread. */
  void reap(String entries) {
    try {
      thread.execute(() -> reapQuietly(entries));
    } catch (RejectedExecutionException e) {
      // closed: the next instance's sweep deletes them
    }
  }

  private void sweep() {
    List<String> pending;
    try {
      pending = List.copyOf(redis.smembers(keys.reaping()));
    } catch (JedisException e) {
      LOG.log(Level.DEBUG, "redis reaper: cannot list destroyed stores now; retrying later", e);
      return;
    }
    pending.forEach(this::reapQuietly);
  }

  private void reapQuietly(String entries) {
    try {
      reapNow(entries);
    } catch (JedisException e) {
      LOG.log(Level.DEBUG, "redis reaper: deletion interrupted; the next sweep resumes it", e);
    }
  }

  private void reapNow(String entries) {
    ScanParams params = new ScanParams().match(KeySpace.allUnder(entries)).count(PAGE);
    String cursor = ScanParams.SCAN_POINTER_START;
    do {
      if (Thread.currentThread().isInterrupted()) {
        return;
      }
      ScanResult<String> page = redis.scan(cursor, params);
      if (!page.getResult().isEmpty()) {
        redis.unlink(page.getResult().toArray(String[]::new));
      }
      cursor = page.getCursor();
    } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
    redis.srem(keys.reaping(), entries);
  }

  /** Stops reaping; what is left stays listed in Redis for the next sweep. */
  @Override
  public void close() {
    thread.shutdownNow();
    try {
      thread.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
