package io.hyper.local.http;

import java.net.InetAddress;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keeps web pages away from a developer's data: CORS only for configured origins, and, on a
 * loopback address, only requests addressed to a loopback name (against DNS rebinding).
 *
 * <p>A page on another origin can still <em>send</em> a simple request (a form {@code POST}) even
 * when it cannot read the answer, so a request whose {@code Origin} is neither this server's own
 * nor an allowed one is refused with 403 before it reaches a route.
 */
final class BrowserGuard {
  private static final String ALLOWED_METHODS = "GET,HEAD,PUT,PATCH,POST,DELETE";
  private static final String DEFAULT_HEADERS = "Authorization,Content-Type,X-HYPER-LEGACY-GET";
  private static final Pattern IPV4_LOOPBACK =
      Pattern.compile("127(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
  private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9a-f:.]+");

  private final Set<String> origins;
  private final boolean anyOrigin;
  private final boolean checkHost;
  private final Set<String> hosts;

  /**
   * A guard for a server.
   *
   * @param options the allowed origins and extra host names
   * @param bound the address the server listens on; the {@code Host} check applies to loopback
   */
  BrowserGuard(HttpOptions options, InetAddress bound) {
    this.anyOrigin = options.corsOrigins().contains("*");
    this.origins = options.corsOrigins();
    this.checkHost = bound.isLoopbackAddress();
    this.hosts = options.allowedHosts();
  }

  /**
   * Why this request must not be served, or empty when it may: a {@code Host} that is not a name of
   * this machine (on loopback), or an {@code Origin} that is not allowed.
   */
  Optional<String> refusal(Optional<String> host, Optional<String> origin) {
    if (checkHost && host.isPresent() && !hostAllowed(host.get())) {
      return Optional.of("host not allowed: this server answers only requests sent to localhost");
    }
    if (origin.isPresent() && !originAllowed(origin.get(), host)) {
      return Optional.of("origin not allowed: start hyper-local with --cors-origin to allow it");
    }
    return Optional.empty();
  }

  /**
   * The CORS headers for an answer to a request from {@code origin}: none unless it is an allowed
   * cross origin.
   */
  Map<String, String> corsHeaders(Optional<String> origin, Optional<String> requestedHeaders) {
    if (origin.isEmpty() || !(anyOrigin || origins.contains(origin.get()))) {
      return Map.of();
    }
    return Map.of(
        "Access-Control-Allow-Origin",
        anyOrigin ? "*" : origin.get(),
        "Vary",
        "Origin",
        "Access-Control-Allow-Methods",
        ALLOWED_METHODS,
        "Access-Control-Allow-Headers",
        requestedHeaders.orElse(DEFAULT_HEADERS),
        "Access-Control-Max-Age",
        "600");
  }

  private boolean originAllowed(String origin, Optional<String> host) {
    if (anyOrigin || origins.contains(origin)) {
      return true;
    }
    // A page this server serves itself (its own origin) is not cross-origin.
    return host.isPresent()
        && (origin.equalsIgnoreCase("http://" + host.get())
            || origin.equalsIgnoreCase("https://" + host.get()));
  }

  /**
   * Whether {@code host} (a {@code Host} header: name or address, maybe a port) is this machine.
   */
  boolean hostAllowed(String host) {
    String name = hostName(host).toLowerCase(Locale.ROOT);
    if (name.equals("localhost") || name.endsWith(".localhost") || hosts.contains(name)) {
      return true;
    }
    return isLoopbackLiteral(name);
  }

  /** The name part of a {@code Host} header: {@code [::1]:80} → {@code ::1}, {@code a:80} → a. */
  private static String hostName(String host) {
    String trimmed = host.trim();
    if (trimmed.startsWith("[")) {
      int close = trimmed.indexOf(']');
      return close < 0 ? trimmed : trimmed.substring(1, close);
    }
    int colon = trimmed.lastIndexOf(':');
    return colon < 0 ? trimmed : trimmed.substring(0, colon);
  }

  /** True for {@code 127.x.y.z} and {@code ::1}, written as literals (no name is resolved). */
  private static boolean isLoopbackLiteral(String name) {
    if (IPV4_LOOPBACK.matcher(name).matches()) {
      return true;
    }
    if (name.contains(":") && IPV6_LITERAL.matcher(name).matches()) {
      try {
        // Only hex digits, colons and dots: parsed as a literal, never looked up.
        return URI.create("http://[" + name + "]/").getHost() != null
            && InetAddress.getByName(name).isLoopbackAddress();
      } catch (IllegalArgumentException | java.net.UnknownHostException e) {
        return false;
      }
    }
    return false;
  }
}
