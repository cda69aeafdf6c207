package io.hyper.local.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyper.local.HyperLocal;
import io.hyper.local.Service;
import io.hyper.local.TestHttp;
import io.hyper.local.TestHttp.Reply;
import io.hyper.local.core.HyperError;
import io.hyper.local.core.Json;
import io.hyper.local.core.search.IndexDefinition;
import io.hyper.local.core.search.SearchQuery;
import io.hyper.local.engine.EngineUrl;
import io.hyper.local.port.SearchPort;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** A cluster that does not answer is hyper's 503, never a 500 or the driver's words. */
class OpenSearchUnavailableIT {
  private static final String SECRET = "s3cret-pw";

  /** A loopback port nothing listens on (bound, then released). */
  private static int deadPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static String deadUrl() throws IOException {
    return "opensearch://admin:" + SECRET + "@127.0.0.1:" + deadPort() + "?prefix=gone";
  }

  @Test
  void everyPortCallIs503() throws IOException {
    try (SearchPort search = new OpenSearchFactory().open(EngineUrl.parse(deadUrl()), null)) {
      IndexDefinition definition = new IndexDefinition(List.of("title"), List.of());
      List<ThrowingCallable> calls =
          List.of(
              () -> search.create("x", definition),
              () -> search.destroy("x"),
              () -> search.add("x", new SearchPort.Doc("k", Json.object())),
              () -> search.get("x", "k"),
              () -> search.upsert("x", List.of()),
              () -> search.remove("x", "k"),
              () -> search.query("x", new SearchQuery("a", Optional.empty(), Map.of())),
              search::indexes);
      for (ThrowingCallable call : calls) {
        assertThatThrownBy(call)
            .isInstanceOfSatisfying(HyperError.class, e -> assertThat(e.status()).isEqualTo(503))
            .hasMessage("search engine unavailable, retry later");
      }
    }
  }

  @Test
  void theServerAnswers503JsonAndKeepsServing() throws IOException {
    try (HyperLocal hyper = HyperLocal.builder().engine(Service.SEARCH, deadUrl()).start()) {
      TestHttp http = new TestHttp(hyper.url());
      for (Reply reply :
          List.of(
              http.put("/search/movies", "{\"fields\":[\"title\"]}"),
              http.post("/search/movies/_query", "{\"query\":\"x\"}"),
              http.get("/search/movies/k"))) {
        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        assertThat(reply.json())
            .isEqualTo(
                Json.object()
                    .put("ok", false)
                    .put("status", 503)
                    .put("msg", "search engine unavailable, retry later"));
        assertThat(reply.text()).doesNotContain(SECRET).doesNotContain("127.0.0.1");
      }
      assertThat(http.get("/search").status()).isEqualTo(200);
    }
  }
}
