package io.hyper.local.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.hyper.local.core.HyperError;
import io.hyper.local.core.Json;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** Parsing of list, query, index and bulk arguments. */
class ArgumentsTest {
  static JsonNode json(String text) {
    return Json.MAPPER.readTree(text);
  }

  private static int status(Executable call) {
    return catchThrowableOfType(HyperError.class, call::execute).status();
  }

  private static ListOptions list(Map<String, List<String>> query) {
    return ListOptions.parse(name -> query.getOrDefault(name, List.of()));
  }

  @Test
  void listLimitIsANumberOrNumericStringAndZeroMeansNone() {
    assertThat(list(Map.of("limit", List.of("10"))).limit()).isEqualTo(OptionalInt.of(10));
    assertThat(list(Map.of("limit", List.of("1e1"))).limit()).isEqualTo(OptionalInt.of(10));
    assertThat(list(Map.of("limit", List.of("0"))).limit()).isEmpty();
    assertThat(list(Map.of()).limit()).isEmpty();
    for (String bad : List.of("abc", "-1", "2.5", "NaN", "Infinity", "0x10", "1d")) {
      assertThat(status(() -> list(Map.of("limit", List.of(bad))))).as(bad).isEqualTo(422);
    }
    assertThat(status(() -> list(Map.of("limit", List.of("1", "2"))))).isEqualTo(422);
  }

  @Test
  void listKeysAreSplitOnCommasWithoutTrimmingAndMayBeGivenOnce() {
    assertThat(list(Map.of("keys", List.of("a, b"))).keys()).contains(List.of("a", " b"));
    assertThat(status(() -> list(Map.of("keys", List.of("a", "b"))))).isEqualTo(422);
  }

  @Test
  void onlyTrueInAnyCaseIsDescending() {
    assertThat(list(Map.of("descending", List.of("TRUE"))).descending()).isTrue();
    assertThat(list(Map.of("descending", List.of("false"))).descending()).isFalse();
    assertThat(list(Map.of("descending", List.of("1"))).descending()).isFalse();
    assertThat(list(Map.of("startkey", List.of("a"), "endkey", List.of("b"))))
        .isEqualTo(
            new ListOptions(
                OptionalInt.empty(), Optional.of("a"), Optional.of("b"), Optional.empty(), false));
  }

  @Test
  void queryDefaultsAreAllDocumentsLimit25AndNoSkip() {
    QueryOptions query = QueryOptions.parse(json("{}"));
    assertThat(query.limit()).isEqualTo(25);
    assertThat(query.skip()).isZero();
    assertThat(query.fields()).isEmpty();
    assertThat(query.sort()).isEmpty();
    assertThat(QueryOptions.parse(json("{\"limit\":0}")).limit()).isEqualTo(25);
    assertThat(QueryOptions.parse(json("{\"fields\":[]}")).fields()).isEmpty();
    assertThat(QueryOptions.parse(json("{\"limit\":\"7\",\"skip\":\"2\"}")))
        .extracting(QueryOptions::limit, QueryOptions::skip)
        .containsExactly(7, 2);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"selector\":5}",
        "{\"selector\":null}",
        "{\"fields\":\"a\"}",
        "{\"fields\":[\"a\",1]}",
        "{\"fields\":null}",
        "{\"limit\":\"x\"}",
        "{\"limit\":-5}",
        "{\"limit\":1.5}",
        "{\"limit\":true}",
        "{\"skip\":\"-1\"}",
        "{\"use_index\":3}",
        "[]"
      })
  void queryArgumentsOfTheWrongTypeAre422(String body) {
    assertThat(status(() -> QueryOptions.parse(json(body)))).isEqualTo(422);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"sort\":6}",
        "{\"sort\":\"title\"}",
        "{\"sort\":[\"a\",{\"b\":\"ASC\"}]}",
        "{\"sort\":[{\"b\":\"ASC\"},\"a\"]}",
        "{\"sort\":[{\"b\":\"asc\"}]}",
        "{\"sort\":[{\"b\":\"ASC\",\"c\":\"DESC\"}]}",
        "{\"sort\":[{\"b\":1}]}"
      })
  void badSortIs400(String body) {
    assertThat(status(() -> QueryOptions.parse(json(body)))).isEqualTo(400);
  }

  @Test
  void sortHasTwoSpellings() {
    assertThat(QueryOptions.parse(json("{\"sort\":[\"a\",\"b.c\"]}")).sort())
        .containsExactly(new SortField("a", false), new SortField("b.c", false));
    assertThat(QueryOptions.parse(json("{\"sort\":[{\"a\":\"DESC\"},{\"b\":\"ASC\"}]}")).sort())
        .containsExactly(new SortField("a", true), new SortField("b", false));
  }

  @Test
  void indexNeedsANameAndFieldsAndAnObjectPartialFilter() {
    IndexSpec spec =
        IndexSpec.parse(
            json(
                "{\"name\":\"i\",\"fields\":[{\"a\":\"DESC\"}],\"partialFilter\":{\"t\":1},\"type\":\"x\"}"));
    assertThat(spec.fields()).containsExactly(new SortField("a", true));
    assertThat(spec.partialFilter())
        .contains((tools.jackson.databind.node.ObjectNode) json("{\"t\":1}"));
    assertThat(status(() -> IndexSpec.parse(json("{\"fields\":[\"a\"]}")))).isEqualTo(422);
    assertThat(status(() -> IndexSpec.parse(json("{\"name\":5,\"fields\":[\"a\"]}"))))
        .isEqualTo(422);
    assertThat(status(() -> IndexSpec.parse(json("{\"name\":\"i\"}")))).isEqualTo(400);
    assertThat(status(() -> IndexSpec.parse(json("{\"name\":\"i\",\"fields\":[]}"))))
        .isEqualTo(400);
    assertThat(
            status(
                () ->
                    IndexSpec.parse(
                        json("{\"name\":\"i\",\"fields\":[\"a\"],\"partialFilter\":null}"))))
        .isEqualTo(422);
    assertThat(
            status(
                () ->
                    IndexSpec.parse(
                        json(
                            "{\"name\":\"i\",\"fields\":[\"a\"],\"partialFilter\":{\"a\":{\"$mod\":1}}}"))))
        .isEqualTo(400);
  }

  @Test
  void bulkDeletesOnTruthyDeletedAndStripsUpdate() {
    List<BulkOp> ops =
        BulkOp.parse(
            json(
                "[{\"_id\":\"a\",\"_deleted\":\"yes\"},{\"_id\":\"b\",\"_deleted\":0,\"_update\":true},"
                    + "{\"_id\":\"c\",\"_deleted\":false},{\"_id\":\"d\",\"_deleted\":{}}]"));
    assertThat(ops).extracting(BulkOp::delete).containsExactly(true, false, false, true);
    assertThat(ops.get(1).doc()).isEqualTo(json("{\"_id\":\"b\",\"_deleted\":0}"));
    assertThat(ops.get(2).doc()).isEqualTo(json("{\"_id\":\"c\",\"_deleted\":false}"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{}",
        "[1]",
        "[{\"a\":1}]",
        "[{\"_id\":1}]",
        "[{\"_id\":\"\"}]",
        "[{\"_id\":null}]"
      })
  void bulkWithoutStringIdsIs422(String body) {
    assertThat(status(() -> BulkOp.parse(json(body)))).isEqualTo(422);
  }
}
