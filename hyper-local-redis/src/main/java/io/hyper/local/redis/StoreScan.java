package io.hyper.local.redis;

import io.hyper.local.core.cache.Glob;
import io.hyper.local.port.CachePort.TimedEntry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * One query of a store's entries: {@code SCAN MATCH} over the prefix of one generation with the
 * translated glob, the exact glob applied in Java to what comes back (Redis matches bytes, and a
 * glob with many stars is only narrowed by its literal start), the values read in batches by {@link
 * Script#READ_MANY}, which checks the generation each time, and a last check of the marker when the
 * scan is complete. The answer is therefore never part of a destroyed store: every read happened
 * while the generation was live, and it still was after the last page, so no reaper had touched it.
 */
final class StoreScan {
  /** Keys asked for per {@code SCAN} page. */
  private static final int PAGE = 1000;

  /** Keys read per script call (Lua's {@code unpack} and the reply stay small). */
  private static final int BATCH = 500;

  private final UnifiedJedis redis;
  private final KeySpace keys;
  private final String store;
  private final Glob pattern;
  private final boolean withTtl;

  StoreScan(UnifiedJedis redis, KeySpace keys, String store, Glob pattern, boolean withTtl) {
    this.redis = redis;
    this.keys = keys;
    this.store = store;
    this.pattern = pattern;
    this.withTtl = withTtl;
  }

  /**
   * The live matching entries of {@code generation}.
   *
   * @return empty when the store no longer has that generation (destroyed, maybe re-created)
   */
  Optional<List<TimedEntry>> run(String generation) {
    String entries = keys.entries(store, generation);
    ScanParams params = new ScanParams().match(KeySpace.match(entries, pattern)).count(PAGE);
    Map<String, TimedEntry> found = new LinkedHashMap<>();
    String cursor = ScanParams.SCAN_POINTER_START;
    do {
      ScanResult<String> page = redis.scan(cursor, params);
      List<String> matching = new ArrayList<>();
      for (String redisKey : page.getResult()) {
        String key = redisKey.substring(entries.length());
        if (pattern.matches(key) && !found.containsKey(key)) {
          matching.add(redisKey);
        }
      }
      for (int from = 0; from < matching.size(); from += BATCH) {
        List<String> batch = matching.subList(from, Math.min(matching.size(), from + BATCH));
        if (!read(generation, entries, batch, found)) {
          return Optional.empty();
        }
      }
      cursor = page.getCursor();
    } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
    if (!generation.equals(redis.get(keys.marker(store)))) {
      return Optional.empty();
    }
    return Optional.of(List.copyOf(found.values()));
  }

  private boolean read(
      String generation, String entries, List<String> batch, Map<String, TimedEntry> found) {
    List<String> scriptKeys = new ArrayList<>(batch.size() + 1);
    scriptKeys.add(keys.marker(store));
    scriptKeys.addAll(batch);
    List<?> reply =
        (List<?>)
            Script.READ_MANY.run(redis, scriptKeys, List.of(generation, withTtl ? "ttl" : ""));
    if (!Long.valueOf(1).equals(reply.get(0))) {
      return false;
    }
    for (int i = 0; i < batch.size(); i++) {
      Object json = reply.get(1 + 2 * i);
      if (json instanceof String text) {
        long pttl = (Long) reply.get(2 + 2 * i);
        String key = batch.get(i).substring(entries.length());
        Optional<Duration> remaining =
            pttl < 0 ? Optional.empty() : Optional.of(Duration.ofMillis(pttl));
        found.put(key, new TimedEntry(key, RedisCache.parse(text), remaining));
      }
    }
    return true;
  }
}
