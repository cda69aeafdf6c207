package io.hyper.local.http;

import static io.hyper.local.http.ReplyAssertions.assertError;
import static io.hyper.local.http.ReplyAssertions.assertOk;
import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.local.HyperLocal;
import io.hyper.local.Service;
import io.hyper.local.TestHttp;
import io.hyper.local.opensearch.OpenSearchTesting;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Every route and answer of the search service (§6) over real HTTP, unchanged, with hyper-local's
 * search on OpenSearch: the whole of {@link SearchRoutesIT}, on a server started with {@code
 * engine(Service.SEARCH, "opensearch://…")}.
 */
class OpenSearchRoutesIT extends SearchRoutesIT {
  private static final String PREFIX = OpenSearchTesting.freshPrefix();

  @BeforeAll
  static void start() {
    OpenSearchTesting.requireUp();
    hyper = HyperLocal.builder().engine(Service.SEARCH, OpenSearchTesting.url(PREFIX)).start();
    http = new TestHttp(hyper.url());
  }

  @AfterAll
  static void stop() {
    hyper.close();
    OpenSearchTesting.deleteAll(PREFIX);
  }

  /** A restart keeps the index: in the cluster, not in the data directory. */
  @Test
  @Override
  void restartKeepsTheIndex(@TempDir Path dir) {
    String url = OpenSearchTesting.url(PREFIX);
    try (HyperLocal first = HyperLocal.builder().engine(Service.SEARCH, url).start()) {
      TestHttp client = new TestHttp(first.url());
      assertOk(
          client.put("/search/kept", "{\"fields\":[\"title\"],\"storeFields\":[\"type\"]}"), 201);
      assertOk(
          client.post(
              "/search/kept", "{\"key\":\"dune\",\"doc\":{\"title\":\"Dune\",\"type\":\"movie\"}}"),
          201);
    }
    try (HyperLocal second = HyperLocal.builder().engine(Service.SEARCH, url).start()) {
      TestHttp client = new TestHttp(second.url());
      assertThat(client.get("/search/kept/dune").json().at("/doc/title").asString())
          .isEqualTo("Dune");
      JsonNode match =
          client.post("/search/kept/_query", "{\"query\":\"dune\"}").json().at("/matches/0");
      assertThat(match.get("id").asString()).isEqualTo("dune");
      assertThat(match.get("type").asString()).isEqualTo("movie");
      assertError(client.put("/search/kept", "{\"fields\":[\"title\"]}"), 409);
      assertOk(client.delete("/search/kept"), 200);
    }
  }
}
