package io.hyper.local.adapter.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.local.core.Json;
import io.hyper.local.core.data.BulkOp;
import io.hyper.local.core.data.IndexSpec;
import io.hyper.local.core.data.ListOptions;
import io.hyper.local.core.data.QueryOptions;
import io.hyper.local.port.DataPort.IndexOutcome;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

class SqliteDataStoreTest {
  private final SqliteDataStore store = SqliteDataStore.inMemory();

  @AfterEach
  void close() {
    store.close();
  }

  static ObjectNode doc(String json) {
    return (ObjectNode) Json.MAPPER.readTree(json);
  }

  private static QueryOptions query(String body) {
    return QueryOptions.parse(Json.MAPPER.readTree(body));
  }

  private List<String> ids(String db, String queryBody) {
    return store.query(db, query(queryBody)).stream().map(d -> d.get("_id").stringValue()).toList();
  }

  private void movies() {
    store.create("m");
    store.add(
        "m",
        "1",
        doc("{\"_id\":\"1\",\"title\":\"Ghostbusters\",\"year\":1984,\"type\":\"movie\"}"));
    store.add(
        "m", "2", doc("{\"_id\":\"2\",\"title\":\"Alien\",\"year\":1979,\"type\":\"movie\"}"));
    store.add(
        "m", "3", doc("{\"_id\":\"3\",\"title\":\"Dune\",\"year\":\"1985\",\"type\":\"book\"}"));
    store.add(
        "m",
        "4",
        doc("{\"_id\":\"4\",\"title\":\"Heat\",\"year\":1995,\"tags\":[\"crime\",\"la\"]}"));
  }

  @Test
  void createTwiceIsFalseAndDestroyMissingIsFalse() {
    assertThat(store.create("a")).isTrue();
    assertThat(store.create("a")).isFalse();
    assertThat(store.destroy("a")).isTrue();
    assertThat(store.destroy("a")).isFalse();
  }

  @Test
  void databasesAreSeparateAndNamesAreFree() {
    store.create("a'; DROP TABLE x; --");
    store.create("b");
    store.add("a'; DROP TABLE x; --", "1", doc("{\"_id\":\"1\"}"));
    assertThat(store.get("a'; DROP TABLE x; --", "1").value()).isPresent();
    assertThat(store.get("b", "1").value()).isEmpty();
  }

  @Test
  void addRefusesATakenIdAndKeepsTheFirstDocument() {
    store.create("d");
    assertThat(store.add("d", "x", doc("{\"_id\":\"x\",\"v\":1}")))
        .isEqualTo(io.hyper.local.port.AddOutcome.ADDED);
    assertThat(store.add("d", "x", doc("{\"_id\":\"x\",\"v\":2}")))
        .isEqualTo(io.hyper.local.port.AddOutcome.KEY_EXISTS);
    assertThat(store.get("d", "x").value().orElseThrow().get("v").intValue()).isEqualTo(1);
  }

  @Test
  void putReplacesOrCreatesAndRemoveReportsWhetherItDeleted() {
    store.create("d");
    store.put("d", "x", doc("{\"_id\":\"x\",\"a\":1}"));
    store.put("d", "x", doc("{\"_id\":\"x\",\"b\":2}"));
    assertThat(store.get("d", "x").value().orElseThrow()).isEqualTo(doc("{\"_id\":\"x\",\"b\":2}"));
    assertThat(store.remove("d", "x").value()).isTrue();
    assertThat(store.remove("d", "x").value()).isFalse();
  }

  @Test
  void listBoundsAreInclusiveAndStayBoundsWhenDescending() {
    store.create("l");
    for (int i = 1001; i <= 1009; i++) {
      store.add("l", "" + i, doc("{\"_id\":\"" + i + "\"}"));
    }
    ListOptions start =
        new ListOptions(
            OptionalInt.empty(), Optional.of("1004"), Optional.empty(), Optional.empty(), false);
    ListOptions end =
        new ListOptions(
            OptionalInt.empty(), Optional.empty(), Optional.of("1008"), Optional.empty(), false);
    ListOptions both =
        new ListOptions(
            OptionalInt.of(3), Optional.of("1004"), Optional.of("1008"), Optional.empty(), true);
    assertThat(store.list("l", start).value()).hasSize(6);
    assertThat(store.list("l", end).value()).hasSize(8);
    assertThat(store.list("l", both).value().stream().map(d -> d.get("_id").stringValue()))
        .containsExactly("1008", "1007", "1006");
  }

  @Test
  void listKeysSelectByIdInIdOrderAndIgnoreMissingOnes() {
    store.create("l");
    for (String id : List.of("c", "a", "b")) {
      store.add("l", id, doc("{\"_id\":\"" + id + "\"}"));
    }
    ListOptions keys =
        new ListOptions(
            OptionalInt.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(List.of("c", "zz", "a")),
            false);
    assertThat(store.list("l", keys).value().stream().map(d -> d.get("_id").stringValue()))
        .containsExactly("a", "c");
  }

  @Test
  void rangeComparisonsAreTypeStrict() {
    movies();
    assertThat(ids("m", "{\"selector\":{\"year\":{\"$gt\":1980}}}")).containsExactly("1", "4");
    assertThat(ids("m", "{\"selector\":{\"year\":{\"$gt\":\"1980\"}}}")).containsExactly("3");
  }

  @Test
  void equalityMatchesArrayElements() {
    movies();
    assertThat(ids("m", "{\"selector\":{\"tags\":\"crime\"}}")).containsExactly("4");
    assertThat(ids("m", "{\"selector\":{\"tags\":{\"$ne\":\"crime\"}}}"))
        .containsExactly("1", "2", "3");
  }

  @Test
  void regexIsEvaluatedInJavaTogetherWithSqlParts() {
    movies();
    assertThat(ids("m", "{\"selector\":{\"type\":\"movie\",\"title\":{\"$regex\":\"^G\"}}}"))
        .containsExactly("1");
  }

  @Test
  void sortFieldsLimitAndSkipApplyInOrder() {
    movies();
    List<ObjectNode> docs =
        store.query(
            "m",
            query(
                "{\"selector\":{\"type\":\"movie\"},\"fields\":[\"title\"],"
                    + "\"sort\":[{\"title\":\"DESC\"}],\"limit\":1,\"skip\":1}"));
    assertThat(docs).containsExactly(doc("{\"title\":\"Alien\"}"));
    assertThat(ids("m", "{\"sort\":[\"title\"]}")).containsExactly("2", "3", "1", "4");
  }

  @Test
  void sortWithAResidualSelectorPagesAfterFiltering() {
    movies();
    assertThat(
            ids(
                "m",
                "{\"selector\":{\"title\":{\"$regex\":\"[ua]\"}},\"sort\":[\"title\"],\"skip\":1,"
                    + "\"limit\":2}"))
        .containsExactly("1", "4");
  }

  @Test
  void indexRedefinitionIsUnchangedOrConflict() {
    movies();
    IndexSpec title =
        IndexSpec.parse(Json.MAPPER.readTree("{\"name\":\"t\",\"fields\":[\"title\"]}"));
    IndexSpec other =
        IndexSpec.parse(Json.MAPPER.readTree("{\"name\":\"t\",\"fields\":[\"year\"]}"));
    assertThat(store.index("m", title).value()).isEqualTo(IndexOutcome.CREATED);
    assertThat(store.index("m", title).value()).isEqualTo(IndexOutcome.UNCHANGED);
    assertThat(store.index("m", other).value()).isEqualTo(IndexOutcome.CONFLICT);
  }

  @Test
  void equalityAndRangeQueriesUseTheIndexInTheQueryPlan() {
    movies();
    store.index(
        "m",
        IndexSpec.parse(Json.MAPPER.readTree("{\"name\":\"by-title\",\"fields\":[\"title\"]}")));
    store.index(
        "m", IndexSpec.parse(Json.MAPPER.readTree("{\"name\":\"by-year\",\"fields\":[\"year\"]}")));
    List<String> equality = store.explain("m", query("{\"selector\":{\"title\":\"Alien\"}}"));
    assertThat(equality)
        .as("the value index finds the value, the type index finds arrays")
        .contains("MULTI-INDEX OR")
        .anyMatch(step -> step.startsWith("SEARCH docs_1 USING INDEX docs_1_ix1 "))
        .anyMatch(step -> step.startsWith("SEARCH docs_1 USING INDEX docs_1_type_"))
        .noneMatch(step -> step.startsWith("SCAN docs_1"));
    List<String> range = store.explain("m", query("{\"selector\":{\"year\":{\"$gte\":1984}}}"));
    assertThat(range)
        .anyMatch(step -> step.startsWith("SEARCH docs_1 USING INDEX docs_1_ix2 "))
        .noneMatch(step -> step.startsWith("SCAN docs_1"));
    List<String> unindexed = store.explain("m", query("{\"selector\":{\"type\":\"movie\"}}"));
    assertThat(unindexed).anyMatch(step -> step.startsWith("SCAN docs_1"));
    assertThat(ids("m", "{\"selector\":{\"title\":\"Alien\"}}")).containsExactly("2");
  }

  @Test
  void aTranslatablePartialFilterMakesAPartialIndexThatMatchingQueriesUse() {
    movies();
    store.index(
        "m",
        IndexSpec.parse(
            Json.MAPPER.readTree(
                "{\"name\":\"typed\",\"fields\":[\"year\"],"
                    + "\"partialFilter\":{\"type\":{\"$exists\":true}}}")));
    String typed = "{\"selector\":{\"type\":{\"$exists\":true},\"year\":{\"$lt\":1990}}}";
    assertThat(store.explain("m", query(typed)))
        .as("only documents with a type are in the index, so it can stand in for the table")
        .anyMatch(step -> step.endsWith("docs_1 USING INDEX docs_1_ix1"));
    assertThat(ids("m", typed)).containsExactly("1", "2");
    assertThat(store.explain("m", query("{\"selector\":{\"year\":{\"$lt\":1990}}}")))
        .noneMatch(step -> step.contains("USING INDEX docs_1_ix1"));
    assertThat(ids("m", "{\"selector\":{\"year\":{\"$lt\":1990}}}")).containsExactly("1", "2");
  }

  @Test
  void oddFieldNamesAreQuotedOrLeftToJava() {
    store.create("o");
    store.add("o", "1", doc("{\"_id\":\"1\",\"it's\":1,\"a b\":\"x\",\"q\\\"x\":2,\"[0]\":true}"));
    store.add("o", "2", doc("{\"_id\":\"2\",\"it's\":2,\"a b\":\"y\",\"q\\\"x\":1,\"[0]\":false}"));
    assertThat(ids("o", "{\"selector\":{\"it's\":{\"$gt\":1}}}")).containsExactly("2");
    assertThat(ids("o", "{\"selector\":{\"a b\":\"x\"}}")).containsExactly("1");
    assertThat(ids("o", "{\"selector\":{\"[0]\":true}}")).containsExactly("1");
    assertThat(ids("o", "{\"selector\":{\"q\\\"x\":2}}")).containsExactly("1");
    assertThat(ids("o", "{\"sort\":[\"q\\\"x\"]}")).containsExactly("2", "1");
    assertThat(ids("o", "{\"sort\":[{\"it's\":\"DESC\"}]}")).containsExactly("2", "1");
    IndexSpec quoted =
        IndexSpec.parse(Json.MAPPER.readTree("{\"name\":\"q\",\"fields\":[\"it's\"]}"));
    IndexSpec javaOnly =
        IndexSpec.parse(Json.MAPPER.readTree("{\"name\":\"j\",\"fields\":[\"q\\\"x\"]}"));
    assertThat(store.index("o", quoted).value()).isEqualTo(IndexOutcome.CREATED);
    assertThat(store.index("o", javaOnly).value()).isEqualTo(IndexOutcome.CREATED);
    assertThat(store.explain("o", query("{\"selector\":{\"it's\":2}}")))
        .anyMatch(step -> step.contains("USING INDEX docs_1_ix1"));
    assertThat(ids("o", "{\"selector\":{\"it's\":2}}")).containsExactly("2");
  }

  @Test
  void bulkIsOneTransaction() {
    store.create("b");
    store.add("b", "gone", doc("{\"_id\":\"gone\"}"));
    store.bulk(
        "b",
        BulkOp.parse(
            Json.MAPPER.readTree(
                "[{\"_id\":\"1\",\"_update\":true,\"v\":1},{\"_id\":\"gone\",\"_deleted\":true},"
                    + "{\"_id\":\"missing\",\"_deleted\":1}]")));
    assertThat(store.get("b", "1").value().orElseThrow()).isEqualTo(doc("{\"_id\":\"1\",\"v\":1}"));
    assertThat(store.get("b", "gone").value()).isEmpty();
  }

  @Test
  void documentsSurviveCloseAndReopenFromTheSameFile(@TempDir Path dir) {
    Path file = dir.resolve("data.db");
    try (SqliteDataStore first = SqliteDataStore.open(file)) {
      first.create("p");
      first.add("p", "1", doc("{\"_id\":\"1\",\"title\":\"kept\"}"));
      first.index(
          "p", IndexSpec.parse(Json.MAPPER.readTree("{\"name\":\"t\",\"fields\":[\"title\"]}")));
    }
    try (SqliteDataStore second = SqliteDataStore.open(file)) {
      assertThat(second.create("p")).isFalse();
      assertThat(second.get("p", "1").value().orElseThrow().get("title").stringValue())
          .isEqualTo("kept");
      assertThat(
              String.join("\n", second.explain("p", query("{\"selector\":{\"title\":\"kept\"}}"))))
          .contains("USING INDEX");
    }
  }
}
