package io.hyper.connect.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link SearchQueryOptions}: validation in {@code build()}, immutability, copies. */
class SearchQueryOptionsTest {

  @Test
  void noneHasNothingSet() {
    assertThat(SearchQueryOptions.none().fields()).isEmpty();
    assertThat(SearchQueryOptions.none().filter()).isEmpty();
  }

  @Test
  void optionsCopyWhatTheyAreGiven() {
    List<String> fields = new ArrayList<>(List.of("title"));
    Map<String, Object> filter = new HashMap<>(Map.of("type", "movie"));
    SearchQueryOptions options = SearchQueryOptions.builder().fields(fields).filter(filter).build();

    fields.add("type");
    filter.put("year", 1984);

    assertThat(options.fields()).contains(List.of("title"));
    assertThat(options.filter()).contains(Map.of("type", "movie"));
    assertThatThrownBy(() -> options.fields().orElseThrow().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void toBuilderDerivesChangedOptionsAndLeavesTheOriginal() {
    SearchQueryOptions base = SearchQueryOptions.builder().fields("title").build();
    SearchQueryOptions filtered = base.toBuilder().filter(Map.of("type", "movie")).build();

    assertThat(base.filter()).isEmpty();
    assertThat(filtered)
        .isEqualTo(
            SearchQueryOptions.builder().fields("title").filter(Map.of("type", "movie")).build())
        .isNotEqualTo(base);
  }

  @Test
  void emptyOrBlankOptionsAreRejectedNamingThem() {
    assertThatThrownBy(() -> SearchQueryOptions.builder().fields(List.of()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fields must not be empty");
    assertThatThrownBy(() -> SearchQueryOptions.builder().fields("a", "").build())
        .hasMessage("fields[1] must not be blank, was \"\"");
    assertThatThrownBy(() -> SearchQueryOptions.builder().filter(Map.of()).build())
        .hasMessage("filter must not be empty");
    assertThatThrownBy(() -> SearchQueryOptions.builder().filter(Map.of(" ", 1)).build())
        .hasMessage("filter keys[0] must not be blank, was \" \"");
  }
}
