package io.hyper.local.redis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisNoScriptException;

/**
 * One Lua script, run by its SHA-1 ({@code EVALSHA}) and sent whole only when the server does not
 * know it yet (first use, a restart, {@code SCRIPT FLUSH}).
 *
 * <p>The store scripts share a guard: {@code KEYS[1]} is the store's marker and {@code ARGV[1]} the
 * generation the caller believes current; when the marker holds another one (or none), the script
 * changes nothing and answers {@code {0, current}}, so the caller can retry with the current
 * generation or report the store missing. Otherwise it answers {@code {1, ...}}.
 */
final class Script {
  /** The guard every store script starts with. */
  private static final String GUARD =
      "local g = redis.call('GET', KEYS[1])\n" + "if g ~= ARGV[1] then return {0, g} end\n";

  /** Creates a store: {@code KEYS = marker, registry}, {@code ARGV = generation, name}. */
  static final Script CREATE =
      new Script(
          "if redis.call('SET', KEYS[1], ARGV[1], 'NX') then\n"
              + "  redis.call('SADD', KEYS[2], ARGV[2])\n"
              + "  return 1\n"
              + "end\n"
              + "return 0\n");

  /**
   * Destroys a store at once: {@code KEYS = marker, registry, reaping}, {@code ARGV = name, entry
   * key prefix without the generation}. Answers the destroyed generation, or nil.
   */
  static final Script DESTROY =
      new Script(
          "local g = redis.call('GET', KEYS[1])\n"
              + "if not g then return false end\n"
              + "redis.call('DEL', KEYS[1])\n"
              + "redis.call('SREM', KEYS[2], ARGV[1])\n"
              + "redis.call('SADD', KEYS[3], ARGV[2] .. g .. ':')\n"
              + "return g\n");

  /**
   * Writes an entry: {@code KEYS = marker, entry}, {@code ARGV = generation, json, ttl ms ("" for
   * none, "0" for already expired), "nx" to keep a live entry}. Answers {@code {1, 1}} when stored
   * (or, expired at once, when it would have been) and {@code {1, 0}} when a live entry kept its
   * place.
   */
  static final Script WRITE =
      new Script(
          GUARD
              + "if ARGV[3] == '0' then\n"
              + "  if ARGV[4] == 'nx' then return {1, 1 - redis.call('EXISTS', KEYS[2])} end\n"
              + "  redis.call('DEL', KEYS[2])\n"
              + "  return {1, 1}\n"
              + "end\n"
              + "local args = {'SET', KEYS[2], ARGV[2]}\n"
              + "if ARGV[3] ~= '' then table.insert(args, 'PX') table.insert(args, ARGV[3]) end\n"
              + "if ARGV[4] == 'nx' then table.insert(args, 'NX') end\n"
              + "if redis.call(unpack(args)) then return {1, 1} end\n"
              + "return {1, 0}\n");

  /** Reads an entry: {@code KEYS = marker, entry}, {@code ARGV = generation}: {@code {1, json}}. */
  static final Script READ = new Script(GUARD + "return {1, redis.call('GET', KEYS[2])}\n");

  /** Removes an entry: {@code KEYS = marker, entry}, {@code ARGV = generation}. */
  static final Script REMOVE = new Script(GUARD + "redis.call('DEL', KEYS[2])\nreturn {1, 1}\n");

  /**
   * Reads many entries: {@code KEYS = marker, entries...}, {@code ARGV = generation, "ttl" to add
   * each one's PTTL}: {@code {1, json1, pttl1, json2, pttl2, ...}} ({@code -1} without ttl; an
   * absent entry is nil).
   */
  static final Script READ_MANY =
      new Script(
          GUARD
              + "local out = {1}\n"
              + "for i = 2, #KEYS do\n"
              + "  out[#out + 1] = redis.call('GET', KEYS[i])\n"
              + "  out[#out + 1] = ARGV[2] == 'ttl' and redis.call('PTTL', KEYS[i]) or -1\n"
              + "end\n"
              + "return out\n");

  private final String text;
  private final String sha;

  private Script(String text) {
    this.text = text;
    this.sha = sha1(text);
  }

  /** Runs the script; loads it first when the server has not seen it. */
  Object run(UnifiedJedis redis, List<String> keys, List<String> args) {
    try {
      return redis.evalsha(sha, keys, args);
    } catch (JedisNoScriptException e) {
      return redis.eval(text, keys, args);
    }
  }

  private static String sha1(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-1", e);
    }
  }
}
