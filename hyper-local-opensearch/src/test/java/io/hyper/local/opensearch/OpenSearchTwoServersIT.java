package io.hyper.local.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.local.HyperLocal;
import io.hyper.local.Service;
import io.hyper.local.TestHttp;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Two hyper-local servers on one OpenSearch URL answer as one, over HTTP. */
class OpenSearchTwoServersIT {
  @Test
  void whatOneServerWritesTheOtherServesAtOnce() {
    OpenSearchTesting.requireUp();
    String prefix = OpenSearchTesting.freshPrefix();
    String url = OpenSearchTesting.url(prefix);
    try (HyperLocal a = HyperLocal.builder().engine(Service.SEARCH, url).start();
        HyperLocal b = HyperLocal.builder().engine(Service.SEARCH, url).start()) {
      TestHttp one = new TestHttp(a.url());
      TestHttp two = new TestHttp(b.url());
      assertThat(
              one.put("/search/Films", "{\"fields\":[\"title\"],\"storeFields\":[\"year\"]}")
                  .status())
          .isEqualTo(201);
      assertThat(two.put("/search/Films", "{\"fields\":[\"title\"]}").status()).isEqualTo(409);
      assertThat(two.get("/search/films/x").status()).as("names differ by case").isEqualTo(404);
      assertThat(
              one.post(
                      "/search/Films",
                      "{\"key\":\"dune\",\"doc\":{\"title\":\"Dune\",\"year\":1984}}")
                  .status())
          .isEqualTo(201);
      assertThat(
              two.post("/search/Films", "{\"key\":\"dune\",\"doc\":{\"title\":\"Other\"}}")
                  .status())
          .isEqualTo(409);
      JsonNode matches =
          two.post("/search/Films/_query", "{\"query\":\"dune\"}").json().get("matches");
      assertThat(matches).hasSize(1);
      assertThat(matches.get(0).get("id").asString()).isEqualTo("dune");
      assertThat(matches.get(0).get("year").intValue()).isEqualTo(1984);
      assertThat(two.put("/search/Films/dune", "{\"title\":\"Dune Messiah\"}").status())
          .isEqualTo(200);
      assertThat(one.get("/search/Films/dune").json().at("/doc/title").asString())
          .isEqualTo("Dune Messiah");
      assertThat(two.delete("/search/Films").status()).isEqualTo(200);
      for (TestHttp http : List.of(one, two)) {
        assertThat(http.post("/search/Films/_query", "{\"query\":\"dune\"}").status())
            .isEqualTo(404);
      }
    } finally {
      OpenSearchTesting.deleteAll(prefix);
    }
  }
}
