package io.hyper.local.redis;

import io.hyper.local.core.cache.Glob;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The Redis key names of one hyper-local's cache, all under its prefix:
 *
 * <ul>
 *   <li>{@code <prefix>:stores}, a set of the store names (for {@code stores()});
 *   <li>{@code <prefix>:{<store>}}, a store's marker, holding its current generation;
 *   <li>{@code <prefix>:{<store>}:<generation>:<key>}, an entry, its value as JSON text;
 *   <li>{@code <prefix>:reaping}, a set of the entry prefixes of destroyed generations whose keys
 *       are still being deleted.
 * </ul>
 *
 * <p>The store name sits in a hash tag, so a store's marker and entries share one cluster slot and
 * a script may touch them together. It is percent-encoded outside {@code [a-z0-9_~-]}, so no name
 * can contain the {@code }} or {@code :} that would move the tag or blur the boundary; the key is
 * last and taken as it is. A new generation (random, never reused) per created store makes every
 * entry of a destroyed one unreachable at once, whatever is left of it.
 */
final class KeySpace {
  /** What a prefix may be: no glob, hash-tag or separator character, so it needs no escaping. */
  static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

  /** Stars beyond this many are sent to Redis as one, and the glob is applied in Java. */
  private static final int MAX_REDIS_STARS = 8;

  private final String prefix;

  /**
   * The key space under {@code prefix}.
   *
   * @throws IllegalArgumentException when the prefix is not {@link #PREFIX}
   */
  KeySpace(String prefix) {
    if (!PREFIX.matcher(prefix).matches()) {
      throw new IllegalArgumentException(
          "the prefix of a redis: engine URL is 1 to 64 letters, digits, '_', '.' or '-' (was "
              + prefix
              + ")");
    }
    this.prefix = prefix;
  }

  /** The prefix. */
  String prefix() {
    return prefix;
  }

  /** The set of store names. */
  String registry() {
    return prefix + ":stores";
  }

  /** The set of entry prefixes whose keys are still to be deleted. */
  String reaping() {
    return prefix + ":reaping";
  }

  /** The marker of {@code store}, holding its generation. */
  String marker(String store) {
    return prefix + ":{" + encode(store) + "}";
  }

  /** What every entry key of {@code store} in {@code generation} starts with. */
  String entries(String store, String generation) {
    return marker(store) + ":" + generation + ":";
  }

  /** The Redis glob matching every key that starts with {@code entries} (a literal prefix). */
  static String allUnder(String entries) {
    return escape(entries) + "*";
  }

  /**
   * A Redis glob that matches at least every key under {@code entries} whose rest matches {@code
   * glob}: exactly those for a glob with few stars; for one with many, only the literal prefix is
   * sent (Redis's matcher is recursive per star) and the caller filters with {@link Glob#matches},
   * which it does in any case.
   */
  static String match(String entries, Glob glob) {
    String[] pieces = glob.pattern().split("\\*", -1);
    StringBuilder out = new StringBuilder(escape(entries));
    if (pieces.length - 1 > MAX_REDIS_STARS) {
      return out.append(escape(pieces[0])).append('*').toString();
    }
    for (int i = 0; i < pieces.length; i++) {
      if (i > 0 && (out.charAt(out.length() - 1) != '*' || !pieces[i - 1].isEmpty())) {
        out.append('*');
      }
      out.append(escape(pieces[i]));
    }
    return out.toString();
  }

  /** {@code text} with every character Redis's glob gives a meaning escaped by a backslash. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("[]\\*?^-".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  /**
   * A store name with every byte outside {@code [a-z0-9_~-]} as {@code %XX} (of its UTF-8): an
   * injective encoding, and the identity for every name hyper lets a client create.
   */
  static String encode(String store) {
    StringBuilder out = new StringBuilder(store.length());
    for (byte b : store.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '~' || c == '-') {
        out.append(c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        out.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }
}
