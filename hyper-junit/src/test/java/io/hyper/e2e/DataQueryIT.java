package io.hyper.e2e;

import static io.hyper.connect.data.Selectors.all;
import static io.hyper.connect.data.Selectors.and;
import static io.hyper.connect.data.Selectors.elemMatch;
import static io.hyper.connect.data.Selectors.eq;
import static io.hyper.connect.data.Selectors.exists;
import static io.hyper.connect.data.Selectors.gt;
import static io.hyper.connect.data.Selectors.gte;
import static io.hyper.connect.data.Selectors.in;
import static io.hyper.connect.data.Selectors.lt;
import static io.hyper.connect.data.Selectors.lte;
import static io.hyper.connect.data.Selectors.ne;
import static io.hyper.connect.data.Selectors.nin;
import static io.hyper.connect.data.Selectors.nor;
import static io.hyper.connect.data.Selectors.not;
import static io.hyper.connect.data.Selectors.or;
import static io.hyper.connect.data.Selectors.regex;
import static io.hyper.connect.data.Selectors.size;
import static io.hyper.e2e.Outcomes.assertOk;
import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.connect.Hyper;
import io.hyper.connect.data.DataService;
import io.hyper.connect.data.QueryOptions;
import io.hyper.connect.data.Selector;
import io.hyper.connect.data.Selectors;
import io.hyper.connect.data.SortField;
import io.hyper.junit.HyperTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Data queries: the selector builder against real data, sort, limit, skip and projection. */
@HyperTest
class DataQueryIT {
  private static final List<Map<String, Object>> FIXTURE =
      List.of(
          Map.of(
              "_id",
              "m1",
              "type",
              "movie",
              "title",
              "Alien",
              "year",
              1979,
              "genres",
              List.of("horror", "sci-fi"),
              "rating",
              Map.of("imdb", 8.5),
              "cast",
              List.of(Map.of("name", "Weaver", "lead", true))),
          Map.of(
              "_id",
              "m2",
              "type",
              "movie",
              "title",
              "Aliens",
              "year",
              1986,
              "genres",
              List.of("action", "sci-fi"),
              "rating",
              Map.of("imdb", 8.4),
              "cast",
              List.of(
                  Map.of("name", "Weaver", "lead", true), Map.of("name", "Biehn", "lead", false))),
          Map.of(
              "_id",
              "m3",
              "type",
              "movie",
              "title",
              "Dune",
              "year",
              2021,
              "genres",
              List.of("sci-fi"),
              "rating",
              Map.of("imdb", 8.0),
              "sequel",
              true),
          Map.of(
              "_id", "b1",
              "type", "book",
              "title", "Dune",
              "year", 1965,
              "genres", List.of("sci-fi", "classic")));

  private DataService data;

  @BeforeEach
  void loadFixture(Hyper hyper) {
    data = hyper.data();
    assertOk(data.bulk(FIXTURE), 201);
  }

  static Stream<Arguments> selectors() {
    List<Arguments> rows =
        List.of(
            row("eq", eq("type", "book"), "b1"),
            row("implicit eq on an array element", eq("genres", "classic"), "b1"),
            row("ne", ne("type", "movie"), "b1"),
            row("gt", gt("year", 1979), "m2", "m3"),
            row("gte", gte("year", 1979), "m1", "m2", "m3"),
            row("lt", lt("year", 1979), "b1"),
            row("lte", lte("year", 1979), "m1", "b1"),
            row("gt never matches another JSON type", gt("year", "1000")),
            row("in", in("title", "Alien", "Dune"), "m1", "m3", "b1"),
            row("nin", nin("title", "Alien", "Dune"), "m2"),
            row("exists", exists("sequel"), "m3"),
            row("exists false", exists("sequel", false), "m1", "m2", "b1"),
            row("regex", regex("title", "^Alien"), "m1", "m2"),
            row("all", all("genres", "sci-fi", "classic"), "b1"),
            row("size", size("genres", 1), "m3"),
            row("elemMatch", elemMatch("cast", eq("name", "Biehn")), "m2"),
            row("and", and(eq("type", "movie"), gt("year", 1980)), "m2", "m3"),
            row("or", or(eq("title", "Alien"), eq("type", "book")), "m1", "b1"),
            row("nor", nor(eq("type", "movie"), eq("year", 1965))),
            row("not", not(gt("year", 1980)), "m1", "b1"),
            row(
                "not of several fields",
                not(and(eq("type", "movie"), lt("year", 2000))),
                "m3",
                "b1"),
            row("dotted path", gt("rating.imdb", 8.3), "m1", "m2"),
            row("empty selector", Selectors.empty(), "m1", "m2", "m3", "b1"));
    List<Arguments> both = new ArrayList<>();
    for (Mode mode : Mode.values()) {
      for (Arguments row : rows) {
        Object[] args = row.get();
        both.add(Arguments.of(mode, args[0], args[1], args[2]));
      }
    }
    return both.stream();
  }

  private static Arguments row(String name, Selector selector, String... ids) {
    return Arguments.of(name, selector, List.of(ids));
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @MethodSource("selectors")
  void eachSelectorFamilyMatchesExactlyTheExpectedDocuments(
      Mode mode, String name, Selector selector, List<String> ids) {
    var result =
        assertOk(mode.call(() -> data.query(selector), () -> data.async().query(selector)), 200);

    assertThat(result.docs())
        .extracting(doc -> doc.get("_id"))
        .containsExactlyInAnyOrderElementsOf(ids);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void sortLimitAndSkipPageThroughTheMatches(Mode mode) {
    Selector all = Selectors.empty();
    QueryOptions byYear = QueryOptions.builder().sort(SortField.asc("year")).build();
    QueryOptions page2 = byYear.toBuilder().skip(1).limit(2).build();
    QueryOptions byTitleThenYear =
        QueryOptions.builder().sort(SortField.desc("title"), SortField.desc("year")).build();

    assertThat(ids(mode, all, byYear)).containsExactly("b1", "m1", "m2", "m3");
    assertThat(ids(mode, all, page2)).containsExactly("m1", "m2");
    assertThat(ids(mode, all, byTitleThenYear)).containsExactly("m3", "b1", "m2", "m1");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void queryWithoutALimitReturnsTwentyFive(Mode mode) {
    data.bulk(IntStream.range(0, 30).mapToObj(i -> Map.of("_id", "x" + i, "type", "x")).toList());

    assertThat(ids(mode, eq("type", "x"), QueryOptions.none())).hasSize(25);
    assertThat(ids(mode, eq("type", "x"), QueryOptions.builder().limit(30).build())).hasSize(30);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void fieldsProjectOnlyTheListedFields(Mode mode) {
    QueryOptions titles =
        QueryOptions.builder().fields("_id", "title").sort(SortField.asc("year")).build();
    QueryOptions withoutId = QueryOptions.builder().fields("year").build();
    Selector movies = eq("type", "movie");
    Selector book = eq("type", "book");

    assertThat(
            mode.call(() -> data.query(movies, titles), () -> data.async().query(movies, titles))
                .docs())
        .containsExactly(
            Map.of("_id", "m1", "title", "Alien"),
            Map.of("_id", "m2", "title", "Aliens"),
            Map.of("_id", "m3", "title", "Dune"));
    assertThat(
            mode.call(() -> data.query(book, withoutId), () -> data.async().query(book, withoutId))
                .docs())
        .containsExactly(Map.of("year", 1965));
  }

  private List<Object> ids(Mode mode, Selector selector, QueryOptions options) {
    return assertOk(
            mode.call(
                () -> data.query(selector, options), () -> data.async().query(selector, options)),
            200)
        .docs()
        .stream()
        .map(doc -> doc.get("_id"))
        .toList();
  }
}
