package io.hyper.local.adapter.lucene;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyper.local.contract.SearchPortContract;
import io.hyper.local.core.HyperError;
import io.hyper.local.core.search.SearchQuery;
import io.hyper.local.port.SearchPort;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Lucene in memory passes the search contract; what is Lucene's own is tested here. */
class LuceneSearchTest extends SearchPortContract {
  @Override
  protected SearchPort open() {
    return LuceneSearch.inMemory();
  }

  @Test
  void tooManyTermsForLucenesClauseLimitAre422() {
    String text = IntStream.range(0, 600).mapToObj(i -> "t" + i).collect(Collectors.joining(" "));
    assertThatThrownBy(
            () -> search.query("movies", new SearchQuery(text, Optional.empty(), Map.of())))
        .isInstanceOfSatisfying(
            HyperError.class,
            e -> org.assertj.core.api.Assertions.assertThat(e.status()).isEqualTo(422));
  }
}
