package io.hyper.connect.testing;

import io.hyper.connect.Hyper;
import io.hyper.connect.TestHypers;

/**
 * The connection-string forms every wire test runs against: self-hosted (whose path names the
 * domain, so a {@code domain} argument is ignored), cloud with the default domain, and cloud with a
 * custom domain. All carry credentials, so every request must carry a verifiable token.
 */
public enum Target {
  /** {@code http://app-key:...@127.0.0.1:port/test}, connected with domain "ignored". */
  SELF_HOSTED(false, "ignored", "/%s/test"),
  /** {@code cloud://app-key:...@127.0.0.1:port/my-app}, default domain. */
  CLOUD(true, null, "/my-app/%s/default"),
  /** {@code cloud://app-key:...@127.0.0.1:port/my-app}, domain "orders". */
  CLOUD_DOMAIN(true, "orders", "/my-app/%s/orders");

  /** The app key of every target. */
  public static final String KEY = "app-key";

  /** The app secret (32+ bytes, as HS256 verifiers require), written %-encoded in the strings. */
  public static final String SECRET = "s3cret@with:odd/chars-0123456789abcdef";

  private static final String ENCODED_SECRET = "s3cret%40with%3Aodd%2Fchars-0123456789abcdef";

  private final boolean cloud;
  private final String domain;
  private final String pathFormat;

  Target(boolean cloud, String domain, String pathFormat) {
    this.cloud = cloud;
    this.domain = domain;
    this.pathFormat = pathFormat;
  }

  /**
   * Returns the server this target talks to: HTTPS for cloud, HTTP otherwise.
   *
   * @param servers the servers
   * @return the server
   */
  public RecordingServer server(WireServers servers) {
    return cloud ? servers.https() : servers.http();
  }

  /**
   * Connects to the target's server.
   *
   * @param servers the servers
   * @return the connection
   */
  public Hyper connect(WireServers servers) {
    String cs =
        cloud
            ? "cloud://" + KEY + ":" + ENCODED_SECRET + "@" + servers.https().hostPort() + "/my-app"
            : servers.http().url().replace("://", "://" + KEY + ":" + ENCODED_SECRET + "@")
                + "/test";
    Hyper.Builder b = TestHypers.builder().connectionString(cs).sslContext(TestTls.client());
    if (domain != null) {
      b.domain(domain);
    }
    return b.build();
  }

  /**
   * Returns the expected base path of a service.
   *
   * @param service {@code data}, {@code cache}, ...
   * @return e.g. {@code /data/test} or {@code /my-app/data/orders}
   */
  public String base(String service) {
    return String.format(pathFormat, service);
  }
}
