package io.hyper.e2e;

import static io.hyper.e2e.Outcomes.assertNotOk;
import static io.hyper.e2e.Outcomes.assertOk;
import static io.hyper.e2e.Outcomes.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.connect.BadRequestException;
import io.hyper.connect.BulkItem;
import io.hyper.connect.ConflictException;
import io.hyper.connect.DocsResult;
import io.hyper.connect.Hyper;
import io.hyper.connect.NotFoundException;
import io.hyper.connect.TypeRef;
import io.hyper.connect.data.DataService;
import io.hyper.connect.data.ListOptions;
import io.hyper.connect.data.QueryOptions;
import io.hyper.connect.data.Selectors;
import io.hyper.connect.data.SortField;
import io.hyper.junit.HyperTest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The data service, every action in both forms: shapes, errors, typed documents, list options. */
@HyperTest
class DataIT {

  @ParameterizedTest
  @EnumSource(Mode.class)
  void addGetUpdateRemoveAnswerHypersStatusesAndPayloads(Mode mode, Hyper hyper) {
    DataService data = hyper.data();
    Map<String, Object> dune = Map.of("_id", "movie-1", "title", "Dune", "year", 2021);

    assertThat(assertOk(mode.call(() -> data.add(dune), () -> data.addAsync(dune)), 201).id())
        .isEqualTo("movie-1");
    assertThat(
            assertOk(mode.call(() -> data.get("movie-1"), () -> data.getAsync("movie-1")), 200)
                .doc())
        .isEqualTo(dune);

    Map<String, Object> replaced = Map.of("title", "Dune: Part One");
    assertThat(
            assertOk(
                    mode.call(
                        () -> data.update("movie-1", replaced),
                        () -> data.updateAsync("movie-1", replaced)),
                    200)
                .id())
        .isEqualTo("movie-1");
    // update replaces the whole document: year is gone.
    assertThat(data.get("movie-1").doc())
        .isEqualTo(Map.of("_id", "movie-1", "title", "Dune: Part One"));

    assertThat(
            assertOk(
                    mode.call(() -> data.remove("movie-1"), () -> data.removeAsync("movie-1")), 200)
                .id())
        .isEqualTo("movie-1");
    assertNotOk(data.get("movie-1"), 404, NotFoundException.class);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void addWithoutAnIdGetsAGeneratedOneThatGetFinds(Mode mode, Hyper hyper) {
    DataService data = hyper.data();
    Map<String, Object> doc = Map.of("title", "Alien");

    String id = mode.call(() -> data.add(doc), () -> data.addAsync(doc)).id();

    assertThat(id).isNotBlank();
    assertThat(data.get(id).doc()).containsEntry("_id", id).containsEntry("title", "Alien");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void idsWithSlashesSpacesAndUnicodeRoundTrip(Mode mode, Hyper hyper) {
    DataService data = hyper.data();
    for (String id : List.of("a/b", "with space", "é+ü?#&=%", "movie:1")) {
      Map<String, Object> doc = Map.of("_id", id, "n", 1);
      assertThat(mode.call(() -> data.add(doc), () -> data.addAsync(doc)).id()).isEqualTo(id);
      assertThat(mode.call(() -> data.get(id), () -> data.getAsync(id)).doc())
          .as(id)
          .isEqualTo(doc);
      assertOk(
          mode.call(
              () -> data.update(id, Map.of("n", 2)), () -> data.updateAsync(id, Map.of("n", 2))),
          200);
      assertThat(data.get(id).doc()).as(id).containsEntry("n", 2);
      assertThat(mode.call(() -> data.remove(id), () -> data.removeAsync(id)).id()).isEqualTo(id);
    }
    assertThat(data.list().docs()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void documentValuesRoundTripExactly(Mode mode, Hyper hyper) {
    DataService data = hyper.data();
    Map<String, Object> nested = new java.util.LinkedHashMap<>();
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

    mode.call(() -> data.add(doc), () -> data.addAsync(doc)).orThrow();

    assertThat(mode.call(() -> data.get("values"), () -> data.getAsync("values")).doc())
        .isEqualTo(doc);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aRemovedIdCanBeAddedAgain(Mode mode, Hyper hyper) {
    DataService data = hyper.data();
    data.add(Map.of("_id", "again", "v", 1)).orThrow();
    data.remove("again").orThrow();
    Map<String, Object> doc = Map.of("_id", "again", "v", 2);

    assertOk(mode.call(() -> data.add(doc), () -> data.addAsync(doc)), 201);
    assertThat(data.get("again").doc()).isEqualTo(doc);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void rawSelectorsAsMapsAndJsonTextAreAccepted(Mode mode, Hyper hyper) {
    DataService data = hyper.data();
    data.bulk(List.of(Map.of("_id", "a", "year", 1979), Map.of("_id", "b", "year", 2021)));
    Map<String, Object> map = Map.of("year", Map.of("$gt", 2000));
    var parsed = Selectors.parse("{\"year\":{\"$lt\":2000}}");

    assertThat(mode.call(() -> data.query(map), () -> data.queryAsync(map)).docs())
        .extracting(d -> d.get("_id"))
        .containsExactly("b");
    assertThat(mode.call(() -> data.query(parsed), () -> data.queryAsync(parsed)).docs())
        .extracting(d -> d.get("_id"))
        .containsExactly("a");
  }

  @org.junit.jupiter.api.Test
  void manyConcurrentAsyncCallsOnOneClientAllSucceed(Hyper hyper) {
    DataService data = hyper.data();
    List<java.util.concurrent.CompletableFuture<io.hyper.connect.IdResult>> adds =
        IntStream.range(0, 200)
            .mapToObj(i -> data.addAsync(Map.of("_id", "c" + (1000 + i))))
            .toList();

    assertThat(adds).allSatisfy(f -> assertThat(f.join().status()).isEqualTo(201));
    assertThat(data.list().docs()).hasSize(200);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void updateOfAMissingDocumentCreatesIt(Mode mode, Hyper hyper) {
    DataService data = hyper.data();
    Map<String, Object> doc = Map.of("title", "Heat");

    assertOk(mode.call(() -> data.update("new-1", doc), () -> data.updateAsync("new-1", doc)), 200);

    assertThat(data.get("new-1").doc()).isEqualTo(Map.of("_id", "new-1", "title", "Heat"));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void getAndRemoveOfAMissingDocumentAreNotOk404(Mode mode, Hyper hyper) {
    DataService data = hyper.data();

    assertNotOk(
        mode.call(() -> data.get("nope"), () -> data.getAsync("nope")),
        404,
        NotFoundException.class);
    assertNotOk(
        mode.call(() -> data.remove("nope"), () -> data.removeAsync("nope")),
        404,
        NotFoundException.class);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void addOfAnExistingIdIsNotOk409AndKeepsTheFirst(Mode mode, Hyper hyper) {
    DataService data = hyper.data();
    data.add(Map.of("_id", "movie-1", "title", "first"));
    Map<String, Object> second = Map.of("_id", "movie-1", "title", "second");

    assertNotOk(
        mode.call(() -> data.add(second), () -> data.addAsync(second)),
        409,
        ConflictException.class);
    assertThat(data.get("movie-1").doc()).containsEntry("title", "first");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void createOfAnExistingDatabaseIsNotOk409(Mode mode, Hyper hyper) {
    DataService data = hyper.data();

    assertNotOk(mode.call(data::create, data::createAsync), 409, ConflictException.class);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void destroyRemovesTheDatabaseAndCreateMakesItAnew(Mode mode, Hyper hyper) {
    DataService data = hyper.data();
    data.add(Map.of("_id", "a"));

    assertOk(mode.call(() -> data.destroy(true), () -> data.destroyAsync(true)), 200);
    assertNotOk(data.list(), 404, NotFoundException.class);
    assertNotOk(
        mode.call(() -> data.destroy(true), () -> data.destroyAsync(true)),
        404,
        NotFoundException.class);

    assertOk(mode.call(data::create, data::createAsync), 201);
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

    var result = assertOk(mode.call(() -> data.bulk(docs), () -> data.bulkAsync(docs)), 201);

    assertThat(result.results())
        .extracting(BulkItem::ok, BulkItem::id)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(true, Optional.of("a")),
            org.assertj.core.groups.Tuple.tuple(true, Optional.of("b")),
            org.assertj.core.groups.Tuple.tuple(true, Optional.of("gone")));
    assertThat(data.list().docs())
        .containsExactly(Map.of("_id", "a", "n", 2), Map.of("_id", "b", "n", 3));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void listHonoursStartkeyEndkeyKeysDescendingAndLimit(Mode mode, Hyper hyper) {
    DataService data = hyper.data();
    data.bulk(IntStream.rangeClosed(1001, 1009).mapToObj(i -> Map.of("_id", "" + i)).toList());

    assertThat(ids(mode, data, ListOptions.none()))
        .containsExactly("1001", "1002", "1003", "1004", "1005", "1006", "1007", "1008", "1009");
    assertThat(ids(mode, data, ListOptions.builder().startkey("1004").build())).hasSize(6);
    assertThat(ids(mode, data, ListOptions.builder().endkey("1008").build())).hasSize(8);
    assertThat(ids(mode, data, ListOptions.builder().startkey("1004").endkey("1008").build()))
        .containsExactly("1004", "1005", "1006", "1007", "1008");
    assertThat(ids(mode, data, ListOptions.builder().keys("1007", "1002", "missing").build()))
        .containsExactly("1002", "1007");
    assertThat(ids(mode, data, ListOptions.builder().descending(true).limit(3).build()))
        .containsExactly("1009", "1008", "1007");
    assertThat(
            ids(
                mode,
                data,
                ListOptions.builder().startkey("1002").endkey("1005").descending(true).build()))
        .containsExactly("1005", "1004", "1003", "1002");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void listOptionsWithCharactersThatNeedEncodingSelectExactlyThoseIds(Mode mode, Hyper hyper) {
    DataService data = hyper.data();
    data.bulk(
        List.of(
            Map.of("_id", "a b"),
            Map.of("_id", "a+b"),
            Map.of("_id", "a&c"),
            Map.of("_id", "a#d")));

    assertThat(ids(mode, data, ListOptions.builder().keys("a+b").build())).containsExactly("a+b");
    assertThat(ids(mode, data, ListOptions.builder().keys("a&c", "a#d").build()))
        .containsExactly("a#d", "a&c");
    assertThat(ids(mode, data, ListOptions.builder().startkey("a+b").endkey("a+b").build()))
        .containsExactly("a+b");
    // Bounds compare as strings: ' ' < '#' < '&' < '+'.
    assertThat(ids(mode, data, ListOptions.builder().startkey("a&").build()))
        .containsExactly("a&c", "a+b");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void typedDocumentsReadBackAsRecordsAndGenerics(Mode mode, Hyper hyper) {
    DataService data = hyper.data();
    Movie alien = new Movie("m1", "Alien", 1979, List.of("horror", "sci-fi"));
    Movie dune = new Movie("m2", "Dune", 2021, List.of("sci-fi"));
    data.add(alien);
    mode.call(() -> data.add(dune), () -> data.addAsync(dune));
    TypeRef<Movie> movie = new TypeRef<>() {};
    TypeRef<Map<String, List<String>>> genresOnly = new TypeRef<>() {};

    assertThat(
            mode.call(() -> data.get("m1", Movie.class), () -> data.getAsync("m1", Movie.class))
                .doc())
        .isEqualTo(alien);
    assertThat(mode.call(() -> data.get("m2", movie), () -> data.getAsync("m2", movie)).doc())
        .isEqualTo(dune);
    assertThat(
            mode.call(
                    () -> data.list(ListOptions.none(), Movie.class),
                    () -> data.listAsync(ListOptions.none(), Movie.class))
                .docs())
        .containsExactly(alien, dune);
    assertThat(
            mode.call(
                    () -> data.list(ListOptions.builder().keys("m2").build(), movie),
                    () -> data.listAsync(ListOptions.builder().keys("m2").build(), movie))
                .docs())
        .containsExactly(dune);
    QueryOptions genres = QueryOptions.builder().fields("genres").build();
    var selector = Selectors.eq("title", "Alien");
    assertThat(
            mode.call(
                    () -> data.query(selector, genres, genresOnly),
                    () -> data.queryAsync(selector, genres, genresOnly))
                .docs())
        .containsExactly(Map.of("genres", List.of("horror", "sci-fi")));
    assertThat(
            mode.call(
                    () -> data.query(selector, QueryOptions.none(), Movie.class),
                    () -> data.queryAsync(selector, QueryOptions.none(), Movie.class))
                .docs())
        .containsExactly(alien);
    // A generic record, through a TypeRef.
    Map<String, Object> taggedDoc =
        Map.of(
            "_id",
            "t1",
            "value",
            Map.of("_id", "inner", "title", "Heat", "year", 1995, "genres", List.of()),
            "tags",
            List.of("a"));
    data.add(taggedDoc);
    TypeRef<Tagged<Movie>> taggedMovie = new TypeRef<>() {};
    assertThat(
            mode.call(() -> data.get("t1", taggedMovie), () -> data.getAsync("t1", taggedMovie))
                .doc())
        .isEqualTo(new Tagged<>(new Movie("inner", "Heat", 1995, List.of()), List.of("a")));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void anUnsupportedMangoOperatorIsNotOk400(Mode mode, Hyper hyper) {
    DataService data = hyper.data();
    data.add(Map.of("_id", "a", "n", 4));
    var selector = Selectors.parse("{\"n\":{\"$mod\":[2,0]}}");

    assertNotOk(
        mode.call(() -> data.query(selector), () -> data.queryAsync(selector)),
        400,
        BadRequestException.class);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void invalidArgumentsAreRejectedBeforeSending(Mode mode, Hyper hyper) {
    DataService data = hyper.data();

    assertRejected(() -> mode.call(() -> data.get(" "), () -> data.getAsync(" ")), "id");
    assertRejected(() -> mode.call(() -> data.add(null), () -> data.addAsync(null)), "doc");
    assertRejected(
        () -> mode.call(() -> data.bulk(List.of()), () -> data.bulkAsync(List.of())), "docs");
    assertRejected(
        () -> mode.call(() -> data.destroy(false), () -> data.destroyAsync(false)), "confirm");
    assertRejected(
        () -> mode.call(() -> data.index("", "title"), () -> data.indexAsync("", "title")), "name");
    assertRejected(() -> ListOptions.builder().limit(-1).build(), "limit must be > 0, was -1");
    assertRejected(() -> QueryOptions.builder().skip(-1).build(), "skip");
    Map<String, Object> numericId = Map.of("_id", 5);
    List<Map<String, Object>> withoutIds = List.of(Map.of("title", "no id"));
    assertRejected(
        () -> mode.call(() -> data.add(numericId), () -> data.addAsync(numericId)), "_id");
    assertRejected(
        () -> mode.call(() -> data.bulk(withoutIds), () -> data.bulkAsync(withoutIds)), "_id");
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
            () -> data.indexAsync("idx-year", byYear, Selectors.eq("type", "movie"))),
        201);
    // The same definition again is fine; the same name with other fields conflicts.
    assertOk(
        mode.call(
            () -> data.index("idx-year", byYear, Selectors.eq("type", "movie")),
            () -> data.indexAsync("idx-year", byYear, Selectors.eq("type", "movie"))),
        201);
    assertNotOk(
        mode.call(() -> data.index("idx-year", "type"), () -> data.indexAsync("idx-year", "type")),
        409,
        ConflictException.class);

    QueryOptions options =
        QueryOptions.builder().sort(SortField.desc("year")).useIndex("idx-year").build();
    var movies = Selectors.eq("type", "movie");
    DocsResult<Map<String, Object>> result =
        assertOk(
            mode.call(() -> data.query(movies, options), () -> data.queryAsync(movies, options)),
            200);
    assertThat(result.docs()).extracting(d -> d.get("_id")).containsExactly("b", "a");
  }

  private static List<Object> ids(Mode mode, DataService data, ListOptions options) {
    return assertOk(mode.call(() -> data.list(options), () -> data.listAsync(options)), 200)
        .docs()
        .stream()
        .map(doc -> doc.get("_id"))
        .toList();
  }
}
