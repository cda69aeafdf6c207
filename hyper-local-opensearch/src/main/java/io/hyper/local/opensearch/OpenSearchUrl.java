package io.hyper.local.opensearch;

import io.hyper.local.engine.EngineUrl;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an {@code opensearch://} or {@code opensearchs://} engine URL says: where the cluster is,
 * who to log in as, and the prefix of this deployment's index names.
 *
 * <p>The grammar is {@code opensearch[s]://[user:password@]host[:port][?prefix=name]}: {@code
 * opensearchs} speaks HTTPS (trusting the JVM's trust store), the port defaults to 9200, and the
 * prefix (default {@code hyper}) is 1 to 64 of {@code a-z 0-9 _ -}, starting with a letter or
 * digit. Instances given the same host and prefix share their indexes; another prefix on the same
 * cluster is another, separate set. No path and no other parameter is accepted, so that a typo is
 * refused rather than ignored.
 *
 * @param https true for {@code opensearchs}
 * @param host the host name or address
 * @param port the HTTP port
 * @param user the user for HTTP basic authentication, if any
 * @param password that user's password (never in a message or {@link #toString()})
 * @param prefix the prefix of every index name
 */
record OpenSearchUrl(
    boolean https,
    String host,
    int port,
    Optional<String> user,
    Optional<String> password,
    String prefix) {
  /** The port when the URL gives none. */
  static final int DEFAULT_PORT = 9200;

  /** The prefix when the URL gives none. */
  static final String DEFAULT_PREFIX = "hyper";

  private static final Pattern PREFIX = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

  /**
   * Reads an engine URL.
   *
   * @throws IllegalArgumentException naming what is wrong, never the password
   */
  static OpenSearchUrl parse(EngineUrl url) {
    String scheme = url.scheme();
    if (url.isBare()) {
      throw bad(scheme, "needs a host: " + scheme + "://host:9200?prefix=hyper");
    }
    URI uri = url.uri();
    if (uri.getRawAuthority() == null || uri.getHost() == null) {
      throw bad(scheme, "needs a host: " + scheme + "://host:9200?prefix=hyper");
    }
    if (uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/")) {
      throw bad(scheme, "takes no path (the cluster is the host; indexes are named by prefix)");
    }
    if (uri.getRawFragment() != null) {
      throw bad(scheme, "takes no #fragment");
    }
    Optional<String> user = Optional.empty();
    Optional<String> password = Optional.empty();
    String userInfo = uri.getRawUserInfo();
    if (userInfo != null) {
      int colon = userInfo.indexOf(':');
      if (colon < 0) {
        throw bad(scheme, "gives a user without a password; write user:password@host");
      }
      user = Optional.of(decode(userInfo.substring(0, colon)));
      password = Optional.of(decode(userInfo.substring(colon + 1)));
      if (user.get().isEmpty()) {
        throw bad(scheme, "gives a password without a user; write user:password@host");
      }
    }
    String prefix = DEFAULT_PREFIX;
    for (Map.Entry<String, String> parameter : parameters(scheme, uri).entrySet()) {
      if (!parameter.getKey().equals("prefix")) {
        throw bad(scheme, "has an unknown parameter " + parameter.getKey() + " (known: prefix)");
      }
      prefix = parameter.getValue();
      if (!PREFIX.matcher(prefix).matches()) {
        throw bad(
            scheme,
            "has prefix="
                + prefix
                + ": a prefix is 1 to 64 of a-z 0-9 _ -, starting with a letter or digit");
      }
    }
    int port = uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort();
    return new OpenSearchUrl(
        scheme.equals(OpenSearchFactory.TLS_SCHEME), uri.getHost(), port, user, password, prefix);
  }

  private static Map<String, String> parameters(String scheme, URI uri) {
    Map<String, String> parameters = new LinkedHashMap<>();
    String query = uri.getRawQuery();
    if (query == null || query.isEmpty()) {
      return parameters;
    }
    for (String pair : query.split("&", -1)) {
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      if (equals < 0) {
        throw bad(scheme, "has a parameter without a value: " + name);
      }
      if (parameters.put(name, decode(pair.substring(equals + 1))) != null) {
        throw bad(scheme, "gives " + name + " twice");
      }
    }
    return parameters;
  }

  private static String decode(String text) {
    return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private static IllegalArgumentException bad(String scheme, String what) {
    return new IllegalArgumentException("the " + scheme + ": search engine URL " + what);
  }

  /** The base URL of the cluster, without credentials: {@code http://host:9200}. */
  String endpoint() {
    String bracketed = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    return (https ? "https" : "http") + "://" + bracketed + ":" + port;
  }

  /** The URL without the password. */
  @Override
  public String toString() {
    return (https ? OpenSearchFactory.TLS_SCHEME : OpenSearchFactory.SCHEME)
        + "://"
        + user.map(u -> u + ":****@").orElse("")
        + host
        + ":"
        + port
        + "?prefix="
        + prefix;
  }
}
