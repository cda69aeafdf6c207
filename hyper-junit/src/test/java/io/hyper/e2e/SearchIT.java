package io.hyper.e2e;

import static io.hyper.e2e.Outcomes.assertNotOk;
import static io.hyper.e2e.Outcomes.assertOk;
import static io.hyper.e2e.Outcomes.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.hyper.connect.BulkItem;
import io.hyper.connect.ConflictException;
import io.hyper.connect.Hyper;
import io.hyper.connect.NotFoundException;
import io.hyper.connect.TypeRef;
import io.hyper.connect.search.SearchQueryOptions;
import io.hyper.connect.search.SearchService;
import io.hyper.junit.HyperExtension;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The search service, every action in both forms: shapes, errors, typed matches, ranking. */
class SearchIT {
  @RegisterExtension
  static final HyperExtension HYPER =
      HyperExtension.builder().searchFields("title", "description", "type").build();

  private static final Map<String, Object> DUNE =
      Map.of("title", "Dune", "description", "A desert planet", "type", "movie");

  /** A match as the typed form reads it: id, score and the stored fields. */
  record Match(String id, double score, String title, String type) {}

  @ParameterizedTest
  @EnumSource(Mode.class)
  void addGetUpdateRemoveAnswerHypersStatusesAndPayloads(Mode mode, Hyper hyper) {
    SearchService search = hyper.search();
    Map<String, Object> updated = Map.of("title", "Dune: Part Two", "type", "movie");

    assertOk(
        mode.call(() -> search.add("dune", DUNE), () -> search.async().add("dune", DUNE)), 201);
    assertThat(
            assertOk(mode.call(() -> search.get("dune"), () -> search.async().get("dune")), 200)
                .doc())
        .containsAllEntriesOf(DUNE)
        .containsEntry("_id", "dune");
    assertOk(
        mode.call(
            () -> search.update("dune", updated), () -> search.async().update("dune", updated)),
        200);
    assertThat(search.get("dune").doc())
        .containsEntry("title", "Dune: Part Two")
        .doesNotContainKey("description");
    assertThat(search.query("two").matches()).extracting(m -> m.get("id")).containsExactly("dune");
    assertThat(search.query("desert").matches()).isEmpty();
    assertOk(mode.call(() -> search.remove("dune"), () -> search.async().remove("dune")), 200);
    assertNotOk(search.get("dune"), 404, NotFoundException.class);
    assertThat(search.query("two").matches()).isEmpty();
    // A removed key can be added again.
    assertOk(
        mode.call(() -> search.add("dune", DUNE), () -> search.async().add("dune", DUNE)), 201);
    assertThat(search.query("desert").matches())
        .extracting(m -> m.get("id"))
        .containsExactly("dune");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void updateOfAMissingKeyIndexesIt(Mode mode, Hyper hyper) {
    SearchService search = hyper.search();

    assertOk(
        mode.call(() -> search.update("dune", DUNE), () -> search.async().update("dune", DUNE)),
        200);

    assertThat(search.query("dune").matches()).extracting(m -> m.get("id")).containsExactly("dune");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void missingKeysAreNotOk404AndADuplicateKeyIsNotOk409(Mode mode, Hyper hyper) {
    SearchService search = hyper.search();
    search.add("dune", DUNE);
    Map<String, Object> other = Map.of("title", "Other");

    assertNotOk(
        mode.call(() -> search.get("nope"), () -> search.async().get("nope")),
        404,
        NotFoundException.class);
    assertNotOk(
        mode.call(() -> search.remove("nope"), () -> search.async().remove("nope")),
        404,
        NotFoundException.class);
    assertNotOk(
        mode.call(() -> search.add("dune", other), () -> search.async().add("dune", other)),
        409,
        ConflictException.class);
    assertThat(search.get("dune").doc()).containsEntry("title", "Dune");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void createTwiceIsNotOk409AndAMissingIndexIsNotOk404(Mode mode, Hyper hyper) {
    SearchService search = hyper.search();
    List<String> fields = List.of("title");

    assertNotOk(
        mode.call(() -> search.create(fields), () -> search.async().create(fields)),
        409,
        ConflictException.class);
    assertOk(mode.call(() -> search.destroy(true), () -> search.async().destroy(true)), 200);
    assertNotOk(
        mode.call(() -> search.query("dune"), () -> search.async().query("dune")),
        404,
        NotFoundException.class);
    assertNotOk(
        mode.call(() -> search.add("k", DUNE), () -> search.async().add("k", DUNE)),
        404,
        NotFoundException.class);
    assertNotOk(
        mode.call(() -> search.destroy(true), () -> search.async().destroy(true)),
        404,
        NotFoundException.class);
    assertOk(
        mode.call(
            () -> search.create(fields, List.of("title", "type")),
            () -> search.async().create(fields, List.of("title", "type"))),
        201);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void createWithStoreFieldsReturnsOnlyThoseFieldsInMatches(Mode mode, Hyper hyper) {
    SearchService search = hyper.search();
    search.destroy(true);
    List<String> fields = List.of("title", "description");
    List<String> stored = List.of("title");

    assertOk(
        mode.call(() -> search.create(fields, stored), () -> search.async().create(fields, stored)),
        201);
    search.add("dune", DUNE);

    Map<String, Object> match = search.query("desert").matches().get(0);
    assertThat(match)
        .containsEntry("id", "dune")
        .containsEntry("title", "Dune")
        .containsKey("score");
    assertThat(match).doesNotContainKeys("description", "type");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void loadIndexesManyDocumentsWithOneResultEach(Mode mode, Hyper hyper) {
    SearchService search = hyper.search();
    List<Map<String, Object>> docs =
        List.of(
            Map.of("_id", "alien", "title", "Alien", "type", "movie"),
            Map.of("_id", "dune-book", "title", "Dune", "type", "book"));

    var result = assertOk(mode.call(() -> search.load(docs), () -> search.async().load(docs)), 201);

    assertThat(result.results())
        .extracting(BulkItem::ok, BulkItem::id)
        .containsExactly(tuple(true, Optional.of("alien")), tuple(true, Optional.of("dune-book")));
    assertThat(search.get("dune-book").doc()).containsEntry("type", "book");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void theExactTitleRanksFirst(Mode mode, Hyper hyper) {
    SearchService search = hyper.search();
    search.load(
        List.of(
            Map.of("_id", "special", "title", "The Star Wars Holiday Special", "type", "tv"),
            Map.of("_id", "trek", "title", "Star Trek", "type", "movie"),
            Map.of("_id", "sw", "title", "Star Wars", "type", "movie"),
            Map.of("_id", "heat", "title", "Heat", "type", "movie")));

    var matches =
        assertOk(
                mode.call(() -> search.query("star wars"), () -> search.async().query("star wars")),
                200)
            .matches();

    assertThat(matches)
        .extracting(m -> m.get("id"))
        .containsExactlyInAnyOrder("sw", "special", "trek");
    assertThat(matches.get(0)).containsEntry("id", "sw");
    assertThat(matches)
        .extracting(m -> ((Number) m.get("score")).doubleValue())
        .isSortedAccordingTo((a, b) -> Double.compare(b, a));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void queryTextIsPlainTextNeverQuerySyntax(Mode mode, Hyper hyper) {
    SearchService search = hyper.search();
    search.add(
        "alien", Map.of("title", "Alien", "description", "In space (1979)", "type", "movie"));
    search.add("a/b c", Map.of("title", "Slashes", "type", "movie"));

    for (String query :
        List.of("alien!", "alien (1979)", "title:alien", "alien AND", "\"alien", "*alien*")) {
      assertThat(ids(mode, search, query, SearchQueryOptions.none())).as(query).contains("alien");
    }
    assertThat(mode.call(() -> search.get("a/b c"), () -> search.async().get("a/b c")).doc())
        .containsEntry("title", "Slashes");
    assertOk(mode.call(() -> search.remove("a/b c"), () -> search.async().remove("a/b c")), 200);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void fieldsRestrictWhereTermsAreSoughtAndFilterKeepsExactStoredValues(Mode mode, Hyper hyper) {
    SearchService search = hyper.search();
    search.add("dune", DUNE);
    search.add("dune-book", Map.of("title", "Dune", "description", "The novel", "type", "book"));
    search.add("sahara", Map.of("title", "Desert Storm", "description", "A war", "type", "movie"));
    SearchQueryOptions titles = SearchQueryOptions.builder().fields("title").build();
    SearchQueryOptions books = SearchQueryOptions.builder().filter(Map.of("type", "book")).build();

    assertThat(ids(mode, search, "desert", SearchQueryOptions.none()))
        .containsExactlyInAnyOrder("dune", "sahara");
    assertThat(ids(mode, search, "desert", titles)).containsExactly("sahara");
    assertThat(ids(mode, search, "dune", books)).containsExactly("dune-book");
    SearchQueryOptions both =
        SearchQueryOptions.builder().fields("title").filter(Map.of("type", "movie")).build();
    assertThat(ids(mode, search, "dune desert", both)).containsExactlyInAnyOrder("dune", "sahara");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void typedDocumentsAndMatchesReadBackAsRecordsAndGenerics(Mode mode, Hyper hyper) {
    SearchService search = hyper.search();
    Movie alien = new Movie("alien", "Alien", 1979, List.of("horror"));
    mode.call(() -> search.add("alien", alien), () -> search.async().add("alien", alien));
    TypeRef<Movie> movie = new TypeRef<>() {};
    TypeRef<Map<String, Object>> map = new TypeRef<>() {};
    SearchQueryOptions none = SearchQueryOptions.none();

    assertThat(
            mode.call(() -> search.get("alien"), () -> search.async().get("alien"))
                .doc(Movie.class))
        .isEqualTo(alien);
    assertThat(mode.call(() -> search.get("alien"), () -> search.async().get("alien")).doc(movie))
        .isEqualTo(alien);
    List<Match> matches =
        mode.call(() -> search.query("alien", none), () -> search.async().query("alien", none))
            .matches(Match.class);
    assertThat(matches)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.id()).isEqualTo("alien");
              assertThat(m.title()).isEqualTo("Alien");
              assertThat(m.score()).isPositive();
            });
    assertThat(
            mode.call(() -> search.query("alien", none), () -> search.async().query("alien", none))
                .matches(map))
        .singleElement()
        .satisfies(m -> assertThat(m).containsEntry("id", "alien"));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void invalidArgumentsAreRejectedBeforeSending(Mode mode, Hyper hyper) {
    SearchService search = hyper.search();

    assertRejected(
        () -> mode.call(() -> search.query(" "), () -> search.async().query(" ")), "query");
    assertRejected(
        () -> mode.call(() -> search.add("", DUNE), () -> search.async().add("", DUNE)), "key");
    assertRejected(
        () -> mode.call(() -> search.create(List.of()), () -> search.async().create(List.of())),
        "fields");
    assertRejected(
        () ->
            mode.call(
                () -> search.load(List.of(Map.of("title", "no key"))),
                () -> search.async().load(List.of(Map.of("title", "no key")))),
        "id");
    assertRejected(
        () -> mode.call(() -> search.destroy(false), () -> search.async().destroy(false)),
        "confirm");
    assertNotOk(search.get("k"), 404, NotFoundException.class);
  }

  private static List<Object> ids(
      Mode mode, SearchService search, String query, SearchQueryOptions options) {
    return assertOk(
            mode.call(
                () -> search.query(query, options), () -> search.async().query(query, options)),
            200)
        .matches()
        .stream()
        .map(m -> m.get("id"))
        .toList();
  }
}
