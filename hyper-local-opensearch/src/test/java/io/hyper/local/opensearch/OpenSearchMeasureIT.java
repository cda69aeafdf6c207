package io.hyper.local.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.local.core.Json;
import io.hyper.local.core.search.IndexDefinition;
import io.hyper.local.core.search.SearchQuery;
import io.hyper.local.engine.EngineUrl;
import io.hyper.local.port.SearchPort;
import io.hyper.local.port.SearchPort.Doc;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Reports (does not judge) what a load of 1,000 documents, a query and an add cost on the node;
 * asserts only that the answers are complete.
 */
class OpenSearchMeasureIT {
  @Test
  void loadAndQueryLatency() {
    OpenSearchTesting.requireUp();
    String prefix = OpenSearchTesting.freshPrefix();
    try (SearchPort search =
        new OpenSearchFactory().open(EngineUrl.parse(OpenSearchTesting.url(prefix)), null)) {
      search.create("m", new IndexDefinition(List.of("title", "plot"), List.of("title", "n")));
      List<Doc> docs = new ArrayList<>();
      for (int i = 0; i < 1_000; i++) {
        docs.add(
            new Doc(
                "d" + i,
                Json.object()
                    .put("title", "movie number" + i + (i % 7 == 0 ? " seven" : ""))
                    .put("plot", "a plot about thing" + (i % 50) + " and other things")
                    .put("n", i)));
      }
      long start = System.nanoTime();
      assertThat(search.upsert("m", docs)).isTrue();
      long load = System.nanoTime() - start;
      long[] queries = new long[50];
      for (int i = 0; i < queries.length; i++) {
        long t = System.nanoTime();
        List<SearchPort.Match> matches =
            search
                .query("m", new SearchQuery("seven thing" + i, Optional.empty(), Map.of()))
                .value();
        queries[i] = System.nanoTime() - t;
        assertThat(matches).hasSizeGreaterThanOrEqualTo(143);
      }
      long[] adds = new long[20];
      for (int i = 0; i < adds.length; i++) {
        long t = System.nanoTime();
        search.add("m", new Doc("a" + i, Json.object().put("title", "added" + i)));
        adds[i] = System.nanoTime() - t;
      }
      Arrays.sort(queries);
      Arrays.sort(adds);
      System.out.printf(
          "opensearch: load 1000 docs %d ms; query median %.1f ms, p90 %.1f ms; add (refresh=true)"
              + " median %.1f ms%n",
          load / 1_000_000, queries[25] / 1e6, queries[45] / 1e6, adds[10] / 1e6);
    } finally {
      OpenSearchTesting.deleteAll(prefix);
    }
  }
}
