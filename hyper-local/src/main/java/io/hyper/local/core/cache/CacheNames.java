package io.hyper.local.core.cache;

import io.hyper.local.core.HyperError;
import java.util.Locale;

/**
 * hyper's rules for cache store names and keys.
 *
 * <p>A store name starts with {@code [a-z0-9]} and continues with {@code [a-z0-9_~-]}; {@code
 * create} lower-cases it first, {@code destroy} and {@code query} check it as given, and key
 * operations do not check it at all (so a mixed-case name simply is not found). A key starts with
 * {@code [a-z]} and continues with {@code [a-z0-9_~$+/-]}.
 */
public final class CacheNames {
  private CacheNames() {}

  /**
   * The name {@code create} stores: {@code raw} lower-cased, then checked.
   *
   * @throws HyperError 422 when the lower-cased name breaks the store name rule
   */
  public static String forCreate(String raw) {
    return checkStore(raw.toLowerCase(Locale.ROOT));
  }

  /**
   * Checks a store name as given, without lower-casing it.
   *
   * @return {@code name}
   * @throws HyperError 422 when it breaks the store name rule
   */
  public static String checkStore(String name) {
    if (name.isEmpty() || !isStoreStart(name.charAt(0))) {
      throw HyperError.unprocessable("name is not valid");
    }
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!isStoreStart(c) && c != '_' && c != '~' && c != '-') {
        throw HyperError.unprocessable("name is not valid");
      }
    }
    return name;
  }

  /**
   * Checks a cache key.
   *
   * @return {@code key}
   * @throws HyperError 422 when it breaks the key rule
   */
  public static String checkKey(String key) {
    if (key.isEmpty() || !isLower(key.charAt(0))) {
      throw HyperError.unprocessable("key is not valid");
    }
    for (int i = 1; i < key.length(); i++) {
      if (!isKeyChar(key.charAt(i))) {
        throw HyperError.unprocessable("key is not valid");
      }
    }
    return key;
  }

  private static boolean isKeyChar(char c) {
    return isStoreStart(c) || "-~_/$+".indexOf(c) >= 0;
  }

  private static boolean isStoreStart(char c) {
    return isLower(c) || (c >= '0' && c <= '9');
  }

  private static boolean isLower(char c) {
    return c >= 'a' && c <= 'z';
  }
}
