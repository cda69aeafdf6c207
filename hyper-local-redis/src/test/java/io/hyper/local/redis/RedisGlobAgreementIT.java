package io.hyper.local.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.local.core.Json;
import io.hyper.local.core.cache.Glob;
import io.hyper.local.port.CachePort;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A query on Redis finds exactly the keys core's {@link Glob} matches, for random keys and globs
 * over an alphabet full of Redis's glob and key-structure characters: the translation never loses a
 * match (the Java re-check removes any extra). The seed is printed, and {@code
 * -Dhyper.redis.seed=N} replays one.
 */
class RedisGlobAgreementIT {
  private static final String ALPHABET = "ab*?[]\\^-:{}%é/";
  private static final int KEYS = 300;
  private static final int GLOBS = 150;
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
  void everyRandomGlobFindsWhatCoresGlobMatches() {
    long seed = Long.getLong("hyper.redis.seed", System.nanoTime());
    System.out.println("RedisGlobAgreementIT seed " + seed);
    Random random = new Random(seed);
    Set<String> keys = new LinkedHashSet<>();
    while (keys.size() < KEYS) {
      keys.add(text(random, 1 + random.nextInt(8), ALPHABET));
    }
    List<String> keyList = new ArrayList<>(keys);
    try (CachePort cache = redis.open()) {
      cache.createStore("globs");
      for (String key : keyList) {
        cache.set("globs", key, Json.object(), Optional.empty());
      }
      int nonEmpty = 0;
      for (int i = 0; i < GLOBS; i++) {
        Glob glob = Glob.of(glob(random, keyList));
        List<String> expected = keyList.stream().filter(glob::matches).toList();
        List<String> found =
            cache.query("globs", glob).value().stream().map(CachePort.Entry::key).toList();
        assertThat(found)
            .as("glob %s (seed %d)", glob, seed)
            .containsExactlyInAnyOrderElementsOf(expected);
        nonEmpty += expected.isEmpty() ? 0 : 1;
      }
      assertThat(nonEmpty).as("globs that matched something").isGreaterThan(GLOBS / 3);
    }
  }

  /** A glob: half the time a key with parts replaced by stars, else random text and stars. */
  private static String glob(Random random, List<String> keys) {
    if (random.nextBoolean()) {
      StringBuilder out = new StringBuilder();
      for (char c : keys.get(random.nextInt(keys.size())).toCharArray()) {
        out.append(random.nextInt(4) == 0 ? "*" : String.valueOf(c));
      }
      return out.toString();
    }
    return text(random, 1 + random.nextInt(6), ALPHABET + "**");
  }

  private static String text(Random random, int length, String alphabet) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return out.toString();
  }
}
