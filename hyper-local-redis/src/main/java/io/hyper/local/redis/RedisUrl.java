package io.hyper.local.redis;

import io.hyper.local.engine.EngineUrl;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A cache engine URL, read: {@code redis://[user:password@]host[:port][/db][?prefix=…&timeout=…
 * &pool=…]}, or {@code rediss://…} for TLS.
 *
 * <ul>
 *   <li>{@code user} and {@code password} are percent-decoded; {@code :password@} alone is the
 *       {@code default} user's password (Redis before ACLs);
 *   <li>{@code port} defaults to 6379, {@code db} (the logical database, 0 to 15 on a default
 *       server) to 0;
 *   <li>{@code prefix} is the keyspace of this hyper-local, 1 to 64 of {@code [A-Za-z0-9_.-]};
 *       defaults to {@code hyper}; every instance given the same URL shares it;
 *   <li>{@code timeout} bounds connecting and each command, in milliseconds, 1 to 600000; defaults
 *       to 5000; past it the request is answered 503;
 *   <li>{@code pool} is the most connections held, 1 to 1000; defaults to 16.
 * </ul>
 *
 * <p>{@link #toString()} masks the password, as {@link EngineUrl} does.
 */
record RedisUrl(
    String host,
    int port,
    int database,
    Optional<String> user,
    Optional<String> password,
    boolean tls,
    String prefix,
    int timeoutMillis,
    int pool,
    String shown) {
  private static final Set<String> PARAMETERS = Set.of("prefix", "timeout", "pool");

  /**
   * Reads {@code url}.
   *
   * @throws IllegalArgumentException for a URL without a host or with a bad part; the message never
   *     holds the password
   */
  static RedisUrl parse(EngineUrl url) {
    if (url.isBare()) {
      throw refused(url, "names a host: redis://host:6379");
    }
    URI uri = url.uri();
    if (uri.getHost() == null) {
      throw refused(url, "names a host: redis://[user:password@]host:6379[/db]");
    }
    if (uri.getRawFragment() != null) {
      throw refused(url, "has no #fragment");
    }
    int database = 0;
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    if (!path.isEmpty() && !path.equals("/")) {
      database = number(url, "database", path.substring(1), 0, Integer.MAX_VALUE);
    }
    Optional<String> user = Optional.empty();
    Optional<String> password = Optional.empty();
    String userInfo = uri.getRawUserInfo();
    if (userInfo != null) {
      int colon = userInfo.indexOf(':');
      String name = decode(url, colon < 0 ? userInfo : userInfo.substring(0, colon));
      user = name.isEmpty() ? Optional.empty() : Optional.of(name);
      if (colon >= 0) {
        password = Optional.of(decode(url, userInfo.substring(colon + 1)));
      }
    }
    Map<String, String> params = params(url, uri.getRawQuery());
    String prefix = params.getOrDefault("prefix", "hyper");
    if (!KeySpace.PREFIX.matcher(prefix).matches()) {
      throw refused(url, "takes a prefix of 1 to 64 letters, digits, '_', '.' or '-'");
    }
    String host = uri.getHost();
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1); // an IPv6 literal, as Jedis wants it
    }
    return new RedisUrl(
        host,
        uri.getPort() < 0 ? 6379 : uri.getPort(),
        database,
        user,
        password,
        url.scheme().equals("rediss"),
        prefix,
        number(url, "timeout", params.getOrDefault("timeout", "5000"), 1, 600_000),
        number(url, "pool", params.getOrDefault("pool", "16"), 1, 1000),
        url.toString());
  }

  /** The URL with its password masked. */
  @Override
  public String toString() {
    return shown;
  }

  private static Map<String, String> params(EngineUrl url, String raw) {
    Map<String, String> params = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return params;
    }
    for (String pair : raw.split("&", -1)) {
      int eq = pair.indexOf('=');
      String key = decode(url, eq < 0 ? pair : pair.substring(0, eq));
      if (!PARAMETERS.contains(key)) {
        throw refused(url, "takes the parameters prefix, timeout and pool (not '" + key + "')");
      }
      if (params.put(key, eq < 0 ? "" : decode(url, pair.substring(eq + 1))) != null) {
        throw refused(url, "names " + key + " once");
      }
    }
    return params;
  }

  private static int number(EngineUrl url, String name, String text, int min, int max) {
    try {
      int value = Integer.parseInt(text);
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw refused(
        url,
        "takes a "
            + name
            + " from "
            + min
            + (max == Integer.MAX_VALUE ? " up" : " to " + max)
            + " (was '"
            + text
            + "')");
  }

  private static IllegalArgumentException refused(EngineUrl url, String rule) {
    return new IllegalArgumentException("a " + url.scheme() + ": engine URL " + rule + ": " + url);
  }

  /**
   * Percent-decodes; a {@code +} stays a plus (it is not a space outside form data). A bad escape
   * is refused without the decoder's message, which would quote the text (a password, say).
   */
  private static String decode(EngineUrl url, String text) {
    try {
      return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw refused(url, "has a bad %-escape in its user, password or parameters");
    }
  }
}
