package io.hyper.connect.data;

import static io.hyper.connect.data.Sort.asc;
import static io.hyper.connect.data.Sort.desc;
import static io.hyper.connect.data.Sort.orderBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@link Sort} and {@link IndexFields}, rendered and compared with JSON literals. */
class SortTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static void assertRenders(Object builder, JsonNode rendered, String json) {
    assertThat(builder.toString()).isEqualTo(json);
    assertThat(rendered).isEqualTo(MAPPER.readTree(json));
  }

  @Test
  void ascAndDescRenderAsSingleKeyObjectsInOrder() {
    Sort sort = orderBy(desc("year"), asc("title", "director.name"));

    assertRenders(
        sort,
        sort.toJson(),
        "[{\"year\":\"DESC\"},{\"title\":\"ASC\"},{\"director.name\":\"ASC\"}]");
    assertThat(sort.fields())
        .containsExactly(
            new Sort.Field("year", Sort.Direction.DESC),
            new Sort.Field("title", Sort.Direction.ASC),
            new Sort.Field("director.name", Sort.Direction.ASC));
  }

  @Test
  void sortsWithTheSameFieldsAreEqual() {
    assertThat(asc("a", "b"))
        .isEqualTo(orderBy(asc("a"), asc("b")))
        .hasSameHashCodeAs(asc("a", "b"));
    assertThat(asc("a", "b")).isNotEqualTo(asc("b", "a")).isNotEqualTo(desc("a", "b"));
  }

  @Test
  void badSortsAreRejectedNamingTheProblem() {
    assertThatThrownBy(() -> asc())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a sort needs at least one field, was none");
    assertThatThrownBy(() -> desc("a", "")).hasMessage("sort field must be a field name, was ''");
    assertThatThrownBy(() -> orderBy(asc("a"), desc("a")))
        .hasMessage("sort field 'a' appears twice");
    assertThatThrownBy(() -> orderBy(asc("a"), null)).hasMessage("sorts must not contain null");
  }

  @Test
  void indexFieldsOfNamesRenderAsNames() {
    IndexFields fields = IndexFields.of("title", "year");

    assertRenders(fields, fields.toJson(), "[\"title\",\"year\"]");
    assertThat(fields.fieldNames()).containsExactly("title", "year");
    assertThat(fields.sort()).isEmpty();
  }

  @Test
  void indexFieldsOfASortRenderWithDirections() {
    IndexFields fields = IndexFields.of(orderBy(desc("year"), asc("title")));

    assertRenders(fields, fields.toJson(), "[{\"year\":\"DESC\"},{\"title\":\"ASC\"}]");
    assertThat(fields.fieldNames()).containsExactly("year", "title");
    assertThat(fields.sort()).contains(orderBy(desc("year"), asc("title")));
  }

  @Test
  void indexFieldsCompareByForm() {
    assertThat(IndexFields.of("a"))
        .isEqualTo(IndexFields.of("a"))
        .hasSameHashCodeAs(IndexFields.of("a"));
    assertThat(IndexFields.of("a")).isNotEqualTo(IndexFields.of(asc("a")));
  }

  @Test
  void badIndexFieldsAreRejectedNamingTheProblem() {
    assertThatThrownBy(() -> IndexFields.of(new String[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an index needs at least one field, was none");
    assertThatThrownBy(() -> IndexFields.of("a", " "))
        .hasMessage("index field must be a field name, was ' '");
    assertThatThrownBy(() -> IndexFields.of("a", "a")).hasMessage("index field 'a' appears twice");
    assertThatThrownBy(() -> IndexFields.of((Sort) null)).hasMessage("sort must not be null");
  }
}
