package io.hyper.connect.internal;

import java.util.Collection;
import java.util.regex.Pattern;

/**
 * Argument checks run before a request is built. Every failure is an {@link
 * IllegalArgumentException} whose message names the argument and shows the bad value.
 */
public final class Check {
  private static final Pattern CACHE_KEY = Pattern.compile("[a-z][a-z0-9\\-~_/$+]*");
  private static final Pattern DOMAIN = Pattern.compile("[a-z0-9][a-z0-9_~-]*");

  private Check() {}

  /**
   * Requires a non-null argument.
   *
   * @param <T> the argument type
   * @param value the argument
   * @param name the argument's name
   * @return the value
   * @throws IllegalArgumentException when the value is null
   */
  public static <T> T notNull(T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return value;
  }

  /**
   * Requires a non-null, non-blank string (ids, names).
   *
   * @param value the argument
   * @param name the argument's name
   * @return the value
   * @throws IllegalArgumentException when null or blank
   */
  public static String notBlank(String value, String name) {
    notNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank, was \"" + value + "\"");
    }
    return value;
  }

  /**
   * Requires an id that can be sent as one path segment: not null, not blank, and not {@code .} or
   * {@code ..}, which URL resolution (the JDK's, a proxy's, the server's) reads as "this" and
   * "parent" segment and so would address another resource. Used for document ids, search keys and
   * the {@code _id}s of documents that carry one.
   *
   * @param value the id
   * @param name the argument's name, e.g. {@code id} or {@code docs[3]._id}
   * @return the id
   * @throws IllegalArgumentException when null, blank, {@code .} or {@code ..}
   */
  public static String id(String value, String name) {
    notBlank(value, name);
    if (value.equals(".") || value.equals("..")) {
      throw new IllegalArgumentException(
          name
              + " must not be \".\" or \"..\" (a URL path reads them as dot segments), was \""
              + value
              + "\"");
    }
    return value;
  }

  /**
   * Requires a valid domain: the name every service of a connection addresses, and so also a cache
   * store, search index, bucket and queue name. hyper's rule for cache stores and queues (contract
   * §5.2, §8.2), the strictest of the services: a lower-case letter or digit first, then only
   * {@code a-z 0-9 _ ~ -}. hyper would lower-case {@code Movies} on create and then answer 404 for
   * the documents under it, so it is rejected before anything is sent.
   *
   * @param value the domain
   * @param name the argument's name
   * @return the domain
   * @throws IllegalArgumentException when null or not valid
   */
  public static String domain(String value, String name) {
    notNull(value, name);
    if (!DOMAIN.matcher(value).matches()) {
      throw new IllegalArgumentException(
          name
              + " must be a lower-case name: a-z or 0-9 first, then only a-z 0-9 _ ~ -"
              + " (hyper's rule for cache stores and queues), was \""
              + value
              + "\"");
    }
    return value;
  }

  /**
   * Requires a valid cache key (hyper's rule: first character {@code a-z}, then only {@code a-z 0-9
   * - ~ _ / $ +}).
   *
   * @param key the key
   * @return the key
   * @throws IllegalArgumentException when null or not valid
   */
  public static String cacheKey(String key) {
    notNull(key, "key");
    if (!CACHE_KEY.matcher(key).matches()) {
      throw new IllegalArgumentException(
          "key must start with a-z and contain only a-z 0-9 - ~ _ / $ +, was \"" + key + "\"");
    }
    return key;
  }

  /**
   * Requires a number greater than zero.
   *
   * @param value the number
   * @param name the argument's name
   * @return the number
   * @throws IllegalArgumentException when zero or negative
   */
  public static int positive(int value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be > 0, was " + value);
    }
    return value;
  }

  /**
   * Requires a number of zero or more.
   *
   * @param value the number
   * @param name the argument's name
   * @return the number
   * @throws IllegalArgumentException when negative
   */
  public static int notNegative(int value, String name) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must be >= 0, was " + value);
    }
    return value;
  }

  /**
   * Requires a non-empty collection without null or blank elements.
   *
   * @param values the collection
   * @param name the argument's name
   * @throws IllegalArgumentException when null, empty, or holding a null or blank element
   */
  public static void noneBlank(Collection<String> values, String name) {
    notNull(values, name);
    if (values.isEmpty()) {
      throw new IllegalArgumentException(name + " must not be empty");
    }
    int i = 0;
    for (String value : values) {
      notBlank(value, name + "[" + i++ + "]");
    }
  }

  /**
   * Requires {@code confirm == true} for a destructive operation.
   *
   * @param confirm the caller's confirmation
   * @param what what would be destroyed, e.g. {@code "data 'movies'"}
   * @throws IllegalArgumentException when {@code confirm} is false
   */
  public static void confirmed(boolean confirm, String what) {
    if (!confirm) {
      throw new IllegalArgumentException(
          "confirm must be true to destroy " + what + ", was false; nothing was sent");
    }
  }
}
