package io.hyper.local.http;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * How the HTTP layer of hyper-local protects itself: timeouts, concurrency, memory, and which
 * browsers and host names it answers.
 *
 * @param readTimeout the longest a connection may send nothing while the server waits for it: for
 *     the headers of its next request, or for more of a request body. The connection is closed then
 *     (a request half read is answered 408 or 400 first when possible).
 * @param maxConcurrentRequests requests handled at the same time; one more is answered 503 at once
 * @param bodyMemory bytes of request bodies held in memory at the same time (JSON bodies are read
 *     whole before they are parsed); a request that would go past it is answered 503
 * @param maxConnections open connections at most; past it the server stops accepting until one
 *     closes (idle keep-alive connections count)
 * @param corsOrigins the origins ({@code https://app.example}) a browser page may call from, or
 *     {@code *} for any; empty means CORS is off and cross-origin browser requests are refused
 * @param allowedHosts host names accepted in the {@code Host} header besides loopback names ({@code
 *     localhost}, {@code 127.0.0.1}, {@code [::1]}) when the server listens on a loopback address;
 *     lower case, no port
 */
public record HttpOptions(
    Duration readTimeout,
    int maxConcurrentRequests,
    long bodyMemory,
    int maxConnections,
    Set<String> corsOrigins,
    Set<String> allowedHosts) {

  /** The default {@link #readTimeout()}: 30 s. */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

  /**
   * The default {@link #maxConcurrentRequests()}: 256, what the JDK server's pool had and what
   * hyper-connect's default {@code asyncConcurrency} sends at once.
   */
  public static final int DEFAULT_MAX_CONCURRENT_REQUESTS = 256;

  /** The default {@link #maxConnections()}: 10,000. */
  public static final int DEFAULT_MAX_CONNECTIONS = 10_000;

  /** Checks every component and copies the sets. */
  public HttpOptions {
    Objects.requireNonNull(readTimeout, "readTimeout");
    if (readTimeout.isNegative() || readTimeout.isZero()) {
      throw new IllegalArgumentException("readTimeout must be positive, was " + readTimeout);
    }
    if (maxConcurrentRequests < 1) {
      throw new IllegalArgumentException(
          "maxConcurrentRequests must be >= 1, was " + maxConcurrentRequests);
    }
    if (bodyMemory < 1) {
      throw new IllegalArgumentException("bodyMemory must be >= 1, was " + bodyMemory);
    }
    if (maxConnections < 1) {
      throw new IllegalArgumentException("maxConnections must be >= 1, was " + maxConnections);
    }
    corsOrigins = Set.copyOf(corsOrigins);
    allowedHosts = lowerCase(allowedHosts);
  }

  /**
   * The defaults: 30 s read timeout, 256 concurrent requests, an eighth of the maximum heap for
   * request bodies (at least 16 MiB), 10,000 connections, CORS off, loopback host names only.
   */
  public static HttpOptions defaults() {
    return new HttpOptions(
        DEFAULT_READ_TIMEOUT,
        DEFAULT_MAX_CONCURRENT_REQUESTS,
        defaultBodyMemory(),
        DEFAULT_MAX_CONNECTIONS,
        Set.of(),
        Set.of());
  }

  /** An eighth of the maximum heap, at least 16 MiB. */
  public static long defaultBodyMemory() {
    return Math.max(16L * 1024 * 1024, Runtime.getRuntime().maxMemory() / 8);
  }

  private static Set<String> lowerCase(Set<String> hosts) {
    Set<String> lower = new TreeSet<>();
    for (String host : hosts) {
      lower.add(host.toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(lower);
  }
}
