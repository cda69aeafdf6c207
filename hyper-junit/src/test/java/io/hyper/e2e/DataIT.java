package io.hyper.e2e;

import static io.hyper.e2e.Outcomes.assertNotOk;
import static io.hyper.e2e.Outcomes.assertOk;
import static io.hyper.e2e.Outcomes.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.hyper.connect.BadRequestException;
import io.hyper.connect.BulkItem;
import io.hyper.connect.ConflictException;
import io.hyper.connect.DocResult;
import io.hyper.connect.DocsResult;
import io.hyper.connect.Hyper;
import io.hyper.connect.IdResult;
import io.hyper.connect.NotFoundException;
import io.hyper.connect.data.DataService;
import io.hyper.connect.data.ListOptions;
import io.hyper.connect.data.QueryOptions;
import io.hyper.connect.data.Selectors;
import io.hyper.connect.data.SortField;
import io.hyper.junit.HyperTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The data service, every action in both forms: shapes, payloads, errors, bulk and indexes ({@link
 * DataReadIT} reads back with list options and types, {@link DataQueryIT} queries).
 */
@HyperTest
class DataIT {

  @ParameterizedTest
  @EnumSource(Mode.class)
  void addGetUpdateRemoveAnswerHypersStatusesAndPayloads(Mode mode, Hyper hyper) {
    DataService data = hyper.data();
    Map<String, Object> dune = Map.of("_id", "movie-1", "title", "Dune", "year", 2021);

    assertThat(assertOk(mode.call(() -> data.add(dune), () -> data.async().add(dune)), 201).id())
        .isEqualTo("movie-1");
    assertThat(
            assertOk(mode.call(() -> data.get("movie-1"), () -> data.async().get("movie-1")), 200)
                .doc())
        .isEqualTo(dune);

    Map<String, Object> replaced = Map.of("title", "Dune: Part One");
    assertThat(
            assertOk(
                    mode.call(
                        () -> data.update("movie-1", replaced),
                        () -> data.async().update("movie-1", replaced)),
                    200)
                .id())
        .isEqualTo("movie-1");
    // update replaces the whole document: year is gone.
    assertThat(data.get("movie-1").doc())
        .isEqualTo(Map.of("_id", "movie-1", "title", "Dune: Part One"));

    assertThat(
            assertOk(
                    mode.call(() -> data.remove("movie-1"), () -> data.async().remove("movie-1")),
                    200)
                .id())
        .isEqualTo("movie-1");
    assertNotOk(data.get("movie-1"), 404, NotFoundException.class);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void addWithoutAnIdGetsAGeneratedOneThatGetFinds(Mode mode, Hyper hyper) {
    DataService data = hyper.data();
    Map<String, Object> doc = Map.of("title", "Alien");

    String id = mode.call(() -> data.add(doc), () -> data.async().add(doc)).id();

    assertThat(id).isNotBlank();
    assertThat(data.get(id).doc()).containsEntry("_id", id).containsEntry("title", "Alien");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void idsWithSlashesSpacesAndUnicodeRoundTrip(Mode mode, Hyper hyper) {
    DataService data = hyper.data();
    for (String id : List.of("a/b", "with space", "é+ü?#&=%", "movie:1")) {
      Map<String, Object> doc = Map.of("_id", id, "n", 1);
      assertThat(mode.call(() -> data.add(doc), () -> data.async().add(doc)).id()).isEqualTo(id);
      assertThat(mode.call(() -> data.get(id), () -> data.async().get(id)).doc())
          .as(id)
          .isEqualTo(doc);
      assertOk(
          mode.call(
              () -> data.update(id, Map.of("n", 2)), () -> data.async().update(id, Map.of("n", 2))),
          200);
      assertThat(data.get(id).doc()).as(id).containsEntry("n", 2);
      assertThat(mode.call(() -> data.remove(id), () -> data.async().remove(id)).id())
          .isEqualTo(id);
    }
    assertThat(data.list().docs()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void documentValuesRoundTripExactly(Mode mode, Hyper hyper) {
    DataService data = hyper.data();
    Map<String, Object> nested = new LinkedHashMap<>();
    nested.put("nothing", null);
    nested.put("list", List.of(1, "two", 3.5, true, List.of(), Map.of()));
    Map<String, Object> doc =
        Map.of(
            "_id",
            "values",
            "big",
            9007199254740993L,
            "fraction",
            0.1,
            "negative",
            -42,
            "text",
            "naïve café 🎬 \"quoted\" \\ back\nslash",
            "nested",
            nested);

    mode.call(() -> data.add(doc), () -> data.async().add(doc)).orThrow();

    assertThat(mode.call(() -> data.get("values"), () -> data.async().get("values")).doc())
        .isEqualTo(doc);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aRemovedIdCanBeAddedAgain(Mode mode, Hyper hyper) {
    DataService data = hyper.data();
    data.add(Map.of("_id", "again", "v", 1)).orThrow();
    data.remove("again").orThrow();
    Map<String, Object> doc = Map.of("_id", "again", "v", 2);

    assertOk(mode.call(() -> data.add(doc), () -> data.async().add(doc)), 201);
    assertThat(data.get("again").doc()).isEqualTo(doc);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void rawSelectorsAsMapsAndJsonTextAreAccepted(Mode mode, Hyper hyper) {
    DataService data = hyper.data();
    data.bulk(List.of(Map.of("_id", "a", "year", 1979), Map.of("_id", "b", "year", 2021)));
    Map<String, Object> map = Map.of("year", Map.of("$gt", 2000));
    var parsed = Selectors.parse("{\"year\":{\"$lt\":2000}}");

    assertThat(mode.call(() -> data.query(map), () -> data.async().query(map)).docs())
        .extracting(d -> d.get("_id"))
        .containsExactly("b");
    assertThat(mode.call(() -> data.query(parsed), () -> data.async().query(parsed)).docs())
        .extracting(d -> d.get("_id"))
        .containsExactly("a");
  }

  @Test
  void manyConcurrentAsyncCallsOnOneClientAllSucceed(Hyper hyper) {
    DataService data = hyper.data();
    List<CompletableFuture<IdResult>> adds =
        IntStream.range(0, 200)
            .mapToObj(i -> data.async().add(Map.of("_id", "c" + (1000 + i))))
            .toList();

    assertThat(adds).allSatisfy(f -> assertThat(f.join().status()).isEqualTo(201));
    assertThat(data.list().docs()).hasSize(200);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void updateOfAMissingDocumentCreatesIt(Mode mode, Hyper hyper) {
    DataService data = hyper.data();
    Map<String, Object> doc = Map.of("title", "Heat");

    assertOk(
        mode.call(() -> data.update("new-1", doc), () -> data.async().update("new-1", doc)), 200);

    assertThat(data.get("new-1").doc()).isEqualTo(Map.of("_id", "new-1", "title", "Heat"));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void getAndRemoveOfAMissingDocumentAreNotOk404(Mode mode, Hyper hyper) {
    DataService data = hyper.data();

    DocResult get = mode.call(() -> data.get("nope"), () -> data.async().get("nope"));
    IdResult remove = mode.call(() -> data.remove("nope"), () -> data.async().remove("nope"));

    assertNotOk(get, 404, NotFoundException.class);
    assertNotOk(remove, 404, NotFoundException.class);
    // The payload of a not-ok result is not a silent null: reading it throws too.
    assertThatThrownBy(get::doc).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(remove::id).isInstanceOf(NotFoundException.class);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void addOfAnExistingIdIsNotOk409AndKeepsTheFirst(Mode mode, Hyper hyper) {
    DataService data = hyper.data();
    data.add(Map.of("_id", "movie-1", "title", "first"));
    Map<String, Object> second = Map.of("_id", "movie-1", "title", "second");

    assertNotOk(
        mode.call(() -> data.add(second), () -> data.async().add(second)),
        409,
        ConflictException.class);
    assertThat(data.get("movie-1").doc()).containsEntry("title", "first");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void createOfAnExistingDatabaseIsNotOk409(Mode mode, Hyper hyper) {
    DataService data = hyper.data();

    assertNotOk(mode.call(data::create, data.async()::create), 409, ConflictException.class);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void destroyRemovesTheDatabaseAndCreateMakesItAnew(Mode mode, Hyper hyper) {
    DataService data = hyper.data();
    data.add(Map.of("_id", "a"));

    assertOk(mode.call(() -> data.destroy(true), () -> data.async().destroy(true)), 200);
    assertNotOk(data.list(), 404, NotFoundException.class);
    assertNotOk(
        mode.call(() -> data.destroy(true), () -> data.async().destroy(true)),
        404,
        NotFoundException.class);

    assertOk(mode.call(data::create, data.async()::create), 201);
    assertThat(data.list().docs()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void bulkUpsertsAndDeletesInOneRequestWithOneResultPerDocument(Mode mode, Hyper hyper) {
    DataService data = hyper.data();
    data.add(Map.of("_id", "a", "n", 1));
    data.add(Map.of("_id", "gone", "n", 0));
    List<Map<String, Object>> docs =
        List.of(
            Map.of("_id", "a", "n", 2),
            Map.of("_id", "b", "n", 3),
            Map.of("_id", "gone", "_deleted", true));

    var result = assertOk(mode.call(() -> data.bulk(docs), () -> data.async().bulk(docs)), 201);

    assertThat(result.results())
        .extracting(BulkItem::ok, BulkItem::id)
        .containsExactly(
            tuple(true, Optional.of("a")),
            tuple(true, Optional.of("b")),
            tuple(true, Optional.of("gone")));
    assertThat(data.list().docs())
        .containsExactly(Map.of("_id", "a", "n", 2), Map.of("_id", "b", "n", 3));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void anUnsupportedMangoOperatorIsNotOk400(Mode mode, Hyper hyper) {
    DataService data = hyper.data();
    data.add(Map.of("_id", "a", "n", 4));
    var selector = Selectors.parse("{\"n\":{\"$mod\":[2,0]}}");

    assertNotOk(
        mode.call(() -> data.query(selector), () -> data.async().query(selector)),
        400,
        BadRequestException.class);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void invalidArgumentsAreRejectedBeforeSending(Mode mode, Hyper hyper) {
    DataService data = hyper.data();

    assertRejected(() -> mode.call(() -> data.get(" "), () -> data.async().get(" ")), "id");
    assertRejected(() -> mode.call(() -> data.add(null), () -> data.async().add(null)), "doc");
    assertRejected(
        () -> mode.call(() -> data.bulk(List.of()), () -> data.async().bulk(List.of())), "docs");
    assertRejected(
        () -> mode.call(() -> data.destroy(false), () -> data.async().destroy(false)), "confirm");
    assertRejected(
        () -> mode.call(() -> data.index("", "title"), () -> data.async().index("", "title")),
        "name");
    assertRejected(() -> ListOptions.builder().limit(-1).build(), "limit must be > 0, was -1");
    assertRejected(() -> QueryOptions.builder().skip(-1).build(), "skip");
    Map<String, Object> numericId = Map.of("_id", 5);
    List<Map<String, Object>> withoutIds = List.of(Map.of("title", "no id"));
    assertRejected(
        () -> mode.call(() -> data.add(numericId), () -> data.async().add(numericId)), "_id");
    assertRejected(
        () -> mode.call(() -> data.bulk(withoutIds), () -> data.async().bulk(withoutIds)), "_id");
    // A sort the server would answer 400 cannot be built: a blank field is refused here.
    assertRejected(() -> SortField.of(" "), "field");
    // Nothing was sent: the database is still there and empty.
    assertThat(data.list().docs()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void anIndexIsCreatedOnceAndAQueryUsesIt(Mode mode, Hyper hyper) {
    DataService data = hyper.data();
    data.bulk(
        List.of(
            Map.of("_id", "a", "type", "movie", "year", 1979),
            Map.of("_id", "b", "type", "movie", "year", 2021),
            Map.of("_id", "c", "type", "book", "year", 1965)));
    List<SortField> byYear = List.of(SortField.desc("year"));

    assertOk(
        mode.call(
            () -> data.index("idx-year", byYear, Selectors.eq("type", "movie")),
            () -> data.async().index("idx-year", byYear, Selectors.eq("type", "movie"))),
        201);
    // The same definition again is fine; the same name with other fields conflicts.
    assertOk(
        mode.call(
            () -> data.index("idx-year", byYear, Selectors.eq("type", "movie")),
            () -> data.async().index("idx-year", byYear, Selectors.eq("type", "movie"))),
        201);
    assertNotOk(
        mode.call(
            () -> data.index("idx-year", "type"), () -> data.async().index("idx-year", "type")),
        409,
        ConflictException.class);

    QueryOptions options =
        QueryOptions.builder().sort(SortField.desc("year")).useIndex("idx-year").build();
    var movies = Selectors.eq("type", "movie");
    DocsResult result =
        assertOk(
            mode.call(() -> data.query(movies, options), () -> data.async().query(movies, options)),
            200);
    assertThat(result.docs()).extracting(d -> d.get("_id")).containsExactly("b", "a");
  }
}
