package io.hyper.local.opensearch;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/**
 * The OpenSearch node the tests run against ({@code HYPER_TEST_OPENSEARCH}, by default the one
 * {@code scripts/engines start opensearch} starts), with a fresh index prefix per use so that test
 * classes, CI runs and other helpers sharing the node never meet.
 */
public final class OpenSearchTesting {
  /** The URL the tests use unless {@code HYPER_TEST_OPENSEARCH} says otherwise. */
  public static final String DEFAULT = "opensearch://127.0.0.1:9200?prefix=hyper-test";

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private OpenSearchTesting() {}

  /** The engine URL without its query. */
  public static String base() {
    String url = System.getenv().getOrDefault("HYPER_TEST_OPENSEARCH", DEFAULT);
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query);
  }

  /** A prefix no one else uses. */
  public static String freshPrefix() {
    return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  /** The engine URL with {@code prefix}. */
  public static String url(String prefix) {
    return base() + "?prefix=" + prefix;
  }

  /** The node's REST base, {@code http://host:port}, for checks and clean-up behind the engine. */
  public static String rest() {
    URI uri = URI.create(base());
    String scheme = uri.getScheme().equals("opensearchs") ? "https" : "http";
    return scheme + "://" + uri.getHost() + ":" + (uri.getPort() < 0 ? 9200 : uri.getPort());
  }

  /** Fails the test, naming the script, when the node does not answer. */
  public static void requireUp() {
    try {
      HttpResponse<String> health = send("GET", "/_cluster/health");
      if (health.statusCode() != 200) {
        fail("OpenSearch at " + rest() + " answered " + health.statusCode());
      }
    } catch (IOException e) {
      fail(
          "no OpenSearch node at "
              + rest()
              + " (start one with: scripts/engines start opensearch, or set"
              + " HYPER_TEST_OPENSEARCH): "
              + e);
    }
  }

  /** Deletes every index under {@code prefix}. */
  public static void deleteAll(String prefix) {
    try {
      send("DELETE", "/" + prefix + ".*");
    } catch (IOException e) {
      // the node is gone: nothing to clean up there
    }
  }

  /** A request straight to the node. */
  public static HttpResponse<String> send(String method, String path) throws IOException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(rest() + path))
            .timeout(Duration.ofSeconds(30))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build();
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}
