package io.hyper.local.opensearch;

import io.hyper.local.contract.SearchPortContract;
import io.hyper.local.engine.EngineUrl;
import io.hyper.local.port.SearchPort;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/** The search port contract on a real OpenSearch node; each test on a prefix of its own. */
class OpenSearchSearchPortIT extends SearchPortContract {
  private final List<String> prefixes = new ArrayList<>();

  @BeforeAll
  static void nodeIsUp() {
    OpenSearchTesting.requireUp();
  }

  @Override
  protected SearchPort open() {
    String prefix = OpenSearchTesting.freshPrefix();
    prefixes.add(prefix);
    return new OpenSearchFactory().open(EngineUrl.parse(OpenSearchTesting.url(prefix)), null);
  }

  @AfterEach
  void deleteIndexes() {
    prefixes.forEach(OpenSearchTesting::deleteAll);
  }
}
