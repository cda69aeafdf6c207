package io.hyper.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.connect.Hyper;
import io.hyper.local.HyperLocal;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The examples — the README's first command — run against hyper-local and show every action. */
class ExamplesIT {
  private static final List<String> ACTIONS =
      List.of(
          "hyper.info.services",
          "hyper.data.create",
          "hyper.data.add",
          "hyper.data.get",
          "hyper.data.update",
          "hyper.data.list",
          "hyper.data.query",
          "hyper.data.index",
          "hyper.data.bulk",
          "hyper.data.remove",
          "hyper.cache.create",
          "hyper.cache.add",
          "hyper.cache.get",
          "hyper.cache.set",
          "hyper.cache.query",
          "hyper.cache.remove",
          "hyper.search.create",
          "hyper.search.add",
          "hyper.search.get",
          "hyper.search.update",
          "hyper.search.load",
          "hyper.search.query",
          "hyper.search.remove",
          "hyper.storage.create",
          "hyper.storage.upload",
          "hyper.storage.download",
          "hyper.storage.signedUrl",
          "hyper.storage.remove",
          "hyper.queue.create",
          "hyper.queue.enqueue",
          "hyper.queue.queued",
          "hyper.queue.errors",
          "hyper.queue.destroy",
          "hyper.data.addAsync",
          "hyper.data.queryAsync",
          "hyper.data.getAsync");

  @Test
  void everyExampleRunsAndShowsItsResult() {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try (HyperLocal local = HyperLocal.builder().deliveryBackoff(Duration.ofMillis(100)).start()) {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      Examples.run(Hyper.connect(local.connectionString("examples")), true);
    } finally {
      System.setOut(original);
    }
    String output = captured.toString(StandardCharsets.UTF_8);
    for (String action : ACTIONS) {
      assertThat(output)
          .as("output of the examples")
          .containsPattern("(?m)^" + action.replace(".", "\\.") + "\\b.* result --> \\{");
    }
    assertThat(output)
        .contains("signature {\"ok\":true")
        .containsPattern(
            "sent +67108864 bytes, sha-256 ([0-9a-f]{64})\\s+received 67108864 bytes, sha-256 \\1");
  }
}
