package io.hyper.connect.internal;

import java.util.Collection;
import java.util.regex.Pattern;

/**
 * Argument checks run before a request is built. Every failure is an {@link
 * IllegalArgumentException} whose message names the argument and shows the bad value.
 */
public final class Check {
  private static final Pattern CACHE_KEY = Pattern.compile("[a-z][a-z0-9\\-~_/$+]*");

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
