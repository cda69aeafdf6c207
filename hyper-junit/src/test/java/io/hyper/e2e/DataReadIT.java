package io.hyper.e2e;

import static io.hyper.e2e.Outcomes.assertOk;
import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.connect.Hyper;
import io.hyper.connect.TypeRef;
import io.hyper.connect.data.DataService;
import io.hyper.connect.data.ListOptions;
import io.hyper.connect.data.QueryOptions;
import io.hyper.connect.data.Selectors;
import io.hyper.junit.HyperTest;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Reading data back in both forms: list options, and typed documents (records and generics). */
@HyperTest
class DataReadIT {

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
    mode.call(() -> data.add(dune), () -> data.async().add(dune));
    TypeRef<Movie> movie = new TypeRef<>() {};
    TypeRef<Map<String, List<String>>> genresOnly = new TypeRef<>() {};

    assertThat(mode.call(() -> data.get("m1"), () -> data.async().get("m1")).doc(Movie.class))
        .isEqualTo(alien);
    assertThat(mode.call(() -> data.get("m2"), () -> data.async().get("m2")).doc(movie))
        .isEqualTo(dune);
    assertThat(
            mode.call(
                    () -> data.list(ListOptions.none()),
                    () -> data.async().list(ListOptions.none()))
                .docs(Movie.class))
        .containsExactly(alien, dune);
    assertThat(
            mode.call(
                    () -> data.list(ListOptions.builder().keys("m2").build()),
                    () -> data.async().list(ListOptions.builder().keys("m2").build()))
                .docs(movie))
        .containsExactly(dune);
    QueryOptions genres = QueryOptions.builder().fields("genres").build();
    var selector = Selectors.eq("title", "Alien");
    assertThat(
            mode.call(
                    () -> data.query(selector, genres), () -> data.async().query(selector, genres))
                .docs(genresOnly))
        .containsExactly(Map.of("genres", List.of("horror", "sci-fi")));
    assertThat(
            mode.call(
                    () -> data.query(selector, QueryOptions.none()),
                    () -> data.async().query(selector, QueryOptions.none()))
                .docs(Movie.class))
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
    assertThat(mode.call(() -> data.get("t1"), () -> data.async().get("t1")).doc(taggedMovie))
        .isEqualTo(new Tagged<>(new Movie("inner", "Heat", 1995, List.of()), List.of("a")));
  }

  private static List<Object> ids(Mode mode, DataService data, ListOptions options) {
    return assertOk(mode.call(() -> data.list(options), () -> data.async().list(options)), 200)
        .docs()
        .stream()
        .map(doc -> doc.get("_id"))
        .toList();
  }
}
