package io.hyper.connect;

import io.hyper.connect.internal.Percent;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed hyper connection string, in one of its two forms:
 *
 * <ul>
 *   <li><b>cloud</b>: {@code cloud://KEY:SECRET@cloud.hyper.io/my-app}. Requests go over {@code
 *       https} to {@code /my-app/<service>/<domain>}, where the domain is the {@code domain}
 *       argument of {@link Hyper#connect(String, String)} ({@code "default"} when not given).
 *   <li><b>self-hosted</b>: {@code http://localhost:6363/test} or {@code
 *       https://KEY:SECRET@hyper.example.com/test}. Requests use the string's own scheme and go to
 *       {@code /<service>/test}: the one path segment is the domain.
 * </ul>
 *
 * <p>Key and secret are optional, but come together. Both are percent-decoded (UTF-8), so a secret
 * containing {@code @}, {@code :} or {@code /} can be written encoded ({@code %40}, {@code %3A},
 * {@code %2F}). Without credentials no {@code Authorization} header is sent.
 *
 * <p>The secret never appears in {@link #toString()} (which prints {@code
 * cloud://key:****@host/app}) nor in any exception message.
 */
public final class ConnectionString {
  private static final Pattern SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*)://(.*)");
  private static final Pattern SHAPE = Pattern.compile("([^/?#]*)([^?#]*)(\\?[^#]*)?(#.*)?");
  private static final Pattern HOST_PORT =
      Pattern.compile("(\\[[0-9A-Fa-f:.]+]|[A-Za-z0-9.-]+)(:\\d+)?");

  private final boolean cloud;
  private final String scheme;
  private final String host;
  private final String path;
  private final String key;
  private final String secret;

  private ConnectionString(
      boolean cloud, String scheme, String host, String path, String key, String secret) {
    this.cloud = cloud;
    this.scheme = scheme;
    this.host = host;
    this.path = path;
    this.key = key;
    this.secret = secret;
  }

  /**
   * Parses a connection string.
   *
   * @param connectionString a {@code cloud://}, {@code http://} or {@code https://} connection
   *     string
   * @return the parsed connection string
   * @throws IllegalArgumentException when the string is null or blank, has no or an unknown scheme,
   *     no host, a bad port, a query or fragment, a key without a secret (or the reverse), a
   *     malformed percent-escape, a {@code /}, {@code ?} or {@code #} before the last {@code @}
   *     (encode them in credentials), no app path (cloud) or not exactly one path segment
   *     (self-hosted); the message says which, and never shows any part of the key or secret
   */
  public static ConnectionString parse(String connectionString) {
    if (connectionString == null || connectionString.isBlank()) {
      throw new IllegalArgumentException(
          "connection string must not be "
              + (connectionString == null ? "null" : "blank")
              + "; expected e.g. cloud://key:secret@cloud.hyper.io/my-app or"
              + " http://localhost:6363/test");
    }
    Matcher sm = SCHEME.matcher(connectionString.strip());
    if (!sm.matches()) {
      throw new IllegalArgumentException(
          "connection string must start with cloud://, http:// or https://");
    }
    String scheme = sm.group(1).toLowerCase(Locale.ROOT);
    boolean cloud = scheme.equals("cloud");
    if (!cloud && !scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException(
          "connection string has unknown scheme '" + scheme + "'; use cloud, http or https");
    }
    // Credentials end at the last '@' of the whole string, not of the authority: a secret with an
    // unencoded '/', '?' or '#' must not spill into the host, path or query text that the
    // messages below quote. Nothing before that '@' is ever quoted.
    String rest = sm.group(2);
    int at = rest.lastIndexOf('@');
    String userInfo = at < 0 ? null : rest.substring(0, at);
    if (userInfo != null
        && (userInfo.indexOf('/') >= 0
            || userInfo.indexOf('?') >= 0
            || userInfo.indexOf('#') >= 0)) {
      throw new IllegalArgumentException(
          "connection string has '/', '?' or '#' before its last '@': percent-encode them in the"
              + " key and secret (%2F, %3F, %23); credentials not shown");
    }
    Matcher m = SHAPE.matcher(rest.substring(at + 1));
    if (!m.matches()) {
      throw new IllegalArgumentException("connection string is malformed; credentials not shown");
    }
    String host = m.group(1);
    if (host.isEmpty()) {
      throw new IllegalArgumentException("connection string has no host: " + scheme + "://");
    }
    Matcher hp = HOST_PORT.matcher(host);
    if (!hp.matches() || !addressable(host)) {
      // Without an '@', a "host" with a ':' may be key:secret written without the host.
      throw new IllegalArgumentException(
          "connection string has an invalid host"
              + (at >= 0 || host.indexOf(':') < 0 ? " '" + host + "'" : "")
              + " (letters, digits, '.' and '-', or [IPv6], then an optional :port)");
    }
    // Without an '@', what reads as host:port may be key:secret with a numeric secret: messages
    // then show the host name only.
    String where = scheme + "://" + (at >= 0 ? host : hp.group(1));
    if (hp.group(2) != null) {
      String port = hp.group(2).substring(1);
      if (port.length() > 5 || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
        // The digits are not quoted: without an '@' they may be a numeric secret.
        throw new IllegalArgumentException(
            "connection string has an invalid port (1 to 65535) after "
                + scheme
                + "://"
                + hp.group(1));
      }
    }
    if (m.group(3) != null || m.group(4) != null) {
      throw new IllegalArgumentException(
          "connection string must not have a query or fragment: " + where + m.group(2));
    }
    String key = null;
    String secret = null;
    if (userInfo != null && !userInfo.isEmpty()) {
      int colon = userInfo.indexOf(':');
      String rawKey = colon < 0 ? userInfo : userInfo.substring(0, colon);
      String rawSecret = colon < 0 ? "" : userInfo.substring(colon + 1);
      if (rawKey.isEmpty()) {
        throw new IllegalArgumentException(
            "connection string has a secret but no key: " + scheme + "://:****@" + host);
      }
      if (rawSecret.isEmpty()) {
        // The key is not quoted: a lone value before '@' may be a secret written without its key.
        throw new IllegalArgumentException(
            "connection string has a key but no secret; write key:secret@" + host);
      }
      try {
        key = Percent.decode(rawKey, "key");
        secret = Percent.decode(rawSecret, "secret");
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "connection string key or secret has a malformed percent-escape (write % as %25);"
                + " credentials not shown");
      }
    }
    String path = pathOf(cloud, m.group(2), where);
    return new ConnectionString(cloud, cloud ? "https" : scheme, host, path, key, secret);
  }

  /** Tells whether java.net can address the host (a DNS name, IPv4 or [IPv6]). */
  private static boolean addressable(String hostPort) {
    try {
      return new URI("http://" + hostPort + "/").getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static String pathOf(boolean cloud, String rawPath, String where) {
    String path = rawPath.endsWith("/") ? rawPath.substring(0, rawPath.length() - 1) : rawPath;
    if (cloud) {
      if (path.isEmpty()) {
        throw new IllegalArgumentException(
            "cloud connection string needs the app as its path, e.g. cloud://key:secret@"
                + where.substring(where.indexOf("://") + 3)
                + "/my-app");
      }
      return path;
    }
    if (path.isEmpty() || path.indexOf('/', 1) >= 0) {
      throw new IllegalArgumentException(
          "self-hosted connection string needs exactly one path segment, the domain (e.g. "
              + where
              + "/test), was '"
              + rawPath
              + "'");
    }
    Percent.decode(path.substring(1), "connection string path");
    return path;
  }

  /**
   * Tells whether this is a cloud connection string ({@code cloud://}).
   *
   * @return {@code true} for the cloud form
   */
  public boolean cloud() {
    return cloud;
  }

  /**
   * Returns the scheme requests use: always {@code https} for cloud, otherwise the string's own
   * scheme ({@code http} or {@code https}).
   *
   * @return the request scheme
   */
  public String scheme() {
    return scheme;
  }

  /**
   * Returns the host and, when written, the port ({@code localhost:6363}).
   *
   * @return host and optional port, exactly as written
   */
  public String host() {
    return host;
  }

  /**
   * Returns the path, without a trailing slash: the app ({@code /my-app}) for cloud, the domain
   * segment ({@code /test}, still percent-encoded as written) for self-hosted.
   *
   * @return the path, starting with {@code /}
   */
  public String path() {
    return path;
  }

  /**
   * Returns the self-hosted domain: the path segment, percent-decoded.
   *
   * @return the domain, or empty for a cloud connection string
   */
  public Optional<String> domain() {
    return cloud ? Optional.empty() : Optional.of(Percent.decode(path.substring(1), "path"));
  }

  /**
   * Returns the app key (the JWT's {@code sub}), percent-decoded.
   *
   * @return the key, or empty when the string has no credentials
   */
  public Optional<String> key() {
    return Optional.ofNullable(key);
  }

  /** The secret, for signing only; deliberately not public. */
  String secret() {
    return secret;
  }

  /**
   * Returns the connection string with its secret masked: {@code cloud://key:****@host/app}.
   *
   * @return a text safe to log
   */
  @Override
  public String toString() {
    String original = cloud ? "cloud" : scheme;
    String credentials = key == null ? "" : Percent.encodeSegment(key) + ":****@";
    return original + "://" + credentials + host + path;
  }

  /**
   * Compares the parsed parts, the secret included.
   *
   * @param other the object to compare with
   * @return {@code true} when both strings address the same place with the same credentials
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof ConnectionString o
        && cloud == o.cloud
        && scheme.equals(o.scheme)
        && host.equals(o.host)
        && path.equals(o.path)
        && java.util.Objects.equals(key, o.key)
        && java.util.Objects.equals(secret, o.secret);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(cloud, scheme, host, path, key);
  }
}
