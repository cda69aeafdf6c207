package io.hyper.local.s3;

import io.hyper.local.engine.EngineUrl;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The S3 server the tests run against: {@code HYPER_TEST_S3}, by default the S3Proxy that {@code
 * scripts/engines start s3} runs. Each test class takes a random key prefix of its own and deletes
 * it afterwards, since CI and other runs share the server.
 */
final class TestS3 {
  /** The URL {@code scripts/engines.d/s3.sh} starts S3Proxy for. */
  static final String DEFAULT =
      "s3://hyper:hyper-s3proxy-secret@hyper-test?endpoint=http://127.0.0.1:9000"
          + "&region=us-east-1&pathStyle=true";

  private TestS3() {}

  /** The server's URL as configured, without a prefix. */
  static String baseUrl() {
    String url = System.getenv("HYPER_TEST_S3");
    return url == null || url.isBlank() ? DEFAULT : url;
  }

  /** A new random prefix, {@code it-<class>-<random>}. */
  static String newPrefix(Class<?> owner) {
    return "it-" + owner.getSimpleName() + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /**
   * The server's URL with {@code prefix} as its key prefix (and {@code extra} parameters, {@code
   * &partSize=5} say), after checking the server is up.
   *
   * @throws AssertionError when nothing listens at the endpoint, saying how to start it
   */
  static String url(String prefix, String extra) {
    String base = baseUrl();
    int query = base.indexOf('?');
    String url =
        query < 0
            ? base + "/" + prefix + (extra.isEmpty() ? "" : "?" + extra.substring(1))
            : base.substring(0, query) + "/" + prefix + base.substring(query) + extra;
    requireUp(S3Location.parse(EngineUrl.parse(url)));
    return url;
  }

  /** {@link #url(String)} with its endpoint replaced by {@code http://127.0.0.1:port}. */
  static String urlVia(String prefix, int port) {
    return url(prefix).replaceFirst("endpoint=[^&]*", "endpoint=http://127.0.0.1:" + port);
  }

  /** The configured endpoint's port (the S3 server the tests use runs on loopback). */
  static int port() {
    return S3Location.parse(EngineUrl.parse(baseUrl())).endpoint().orElseThrow().getPort();
  }

  /** {@link #url(String, String)} without extra parameters. */
  static String url(String prefix) {
    return url(prefix, "");
  }

  /** The parsed location of {@link #url(String)}. */
  static S3Location location(String prefix) {
    return S3Location.parse(EngineUrl.parse(url(prefix)));
  }

  /** An SDK client for the tests' own looks at the S3 bucket. */
  static S3Client admin() {
    return S3Clients.client(location("admin"));
  }

  /** Every key under {@code prefix} of the S3 bucket. */
  static List<String> keys(S3Client s3, String prefix) {
    List<String> keys = new ArrayList<>();
    s3.listObjectsV2Paginator(b -> b.bucket(bucket()).prefix(prefix))
        .contents()
        .forEach(o -> keys.add(o.key()));
    return keys;
  }

  /** Deletes every key under {@code prefix}. */
  static void deleteAll(String prefix) {
    try (S3Client s3 = admin()) {
      for (String key : keys(s3, prefix + "/")) {
        s3.deleteObject(b -> b.bucket(bucket()).key(key));
      }
    }
  }

  /** The S3 bucket of the configured URL. */
  static String bucket() {
    return S3Location.parse(EngineUrl.parse(baseUrl())).bucket();
  }

  private static void requireUp(S3Location location) {
    URI endpoint = location.endpoint().orElse(null);
    if (endpoint == null) {
      return; // AWS itself: nothing local to probe
    }
    int port =
        endpoint.getPort() > 0
            ? endpoint.getPort()
            : "https".equals(endpoint.getScheme()) ? 443 : 80;
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(endpoint.getHost(), port), 2000);
    } catch (IOException e) {
      throw new AssertionError(
          "no S3 server at "
              + endpoint
              + " (HYPER_TEST_S3); start one with: scripts/engines start s3",
          e);
    }
  }
}
