package io.hyper.local.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.local.Races;
import io.hyper.local.core.Json;
import io.hyper.local.core.search.IndexDefinition;
import io.hyper.local.core.search.SearchQuery;
import io.hyper.local.port.AddOutcome;
import io.hyper.local.port.SearchPort;
import io.hyper.local.port.SearchPort.Doc;
import io.hyper.local.port.SearchPort.Match;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What every {@link SearchPort} does, hyper's search semantics: any analysed term matches (no
 * stemming, no prefixes), best score first, stored fields and filters on them, a write visible to
 * the very next query, and outcomes instead of errors. Subclasses open an empty engine.
 */
public abstract class SearchPortContract {
  /** The engine under test, with an index {@code movies} of four documents. */
  protected SearchPort search;

  /** Opens an empty engine of the adapter under test. */
  protected abstract SearchPort open();

  @BeforeEach
  void createMovies() {
    search = open();
    search.create(
        "movies", new IndexDefinition(List.of("title", "plot"), List.of("title", "type", "year")));
    add("star-wars", "Star Wars", "A farm boy joins a rebellion", "movie", 1977);
    add("star-trek", "Star Trek", "A crew explores the stars", "movie", 1979);
    add(
        "wars-of-worlds",
        "The War of the Worlds",
        "Martians invade; wars everywhere",
        "book",
        1898);
    add("alien", "Alien", "A crew meets a star beast", "movie", 1979);
  }

  @AfterEach
  void close() {
    search.close();
  }

  @Test
  void exactTitleQueryRanksThatDocumentFirst() {
    assertThat(ids(query("star wars"))).first().isEqualTo("star-wars");
    assertThat(ids(query("Alien"))).first().isEqualTo("alien");
    assertThat(ids(query("the war of the worlds"))).first().isEqualTo("wars-of-worlds");
  }

  @Test
  void matchesAreSortedByScoreDescending() {
    List<Match> matches = query("star crew wars");
    assertThat(matches).hasSizeGreaterThan(2);
    for (int i = 1; i < matches.size(); i++) {
      assertThat(matches.get(i).score()).isLessThanOrEqualTo(matches.get(i - 1).score());
    }
  }

  @Test
  void anyTermMatchesAndNoStemmingOrPrefixApplies() {
    assertThat(ids(query("trek alien"))).containsExactlyInAnyOrder("star-trek", "alien");
    assertThat(ids(query("war"))).containsExactly("wars-of-worlds");
    assertThat(query("sta")).isEmpty();
    assertThat(query("zzz")).isEmpty();
  }

  @Test
  void fieldsRestrictsTheSearch() {
    assertThat(ids(query("crew"))).containsExactlyInAnyOrder("star-trek", "alien");
    assertThat(query("crew", Optional.of(List.of("title")), Map.of())).isEmpty();
    assertThat(ids(query("crew", Optional.of(List.of("plot")), Map.of())))
        .containsExactlyInAnyOrder("star-trek", "alien");
    assertThat(query("crew", Optional.of(List.of("type")), Map.of())).isEmpty();
  }

  @Test
  void filterExcludesDocumentsWhoseStoredValueDiffers() {
    assertThat(
            ids(query("star", Optional.empty(), Map.of("type", Json.MAPPER.readTree("\"movie\"")))))
        .containsExactlyInAnyOrder("star-wars", "star-trek", "alien");
    assertThat(
            ids(query("wars", Optional.empty(), Map.of("type", Json.MAPPER.readTree("\"book\"")))))
        .containsExactly("wars-of-worlds");
    assertThat(ids(query("star", Optional.empty(), Map.of("year", Json.MAPPER.readTree("1979.0")))))
        .containsExactlyInAnyOrder("star-trek", "alien");
    assertThat(query("star", Optional.empty(), Map.of("year", Json.MAPPER.readTree("\"1979\""))))
        .isEmpty();
    assertThat(query("star", Optional.empty(), Map.of("plot", Json.MAPPER.readTree("\"x\""))))
        .isEmpty();
    assertThat(query("star", Optional.empty(), Map.of("type", Json.MAPPER.readTree("[\"movie\"]"))))
        .isEmpty();
  }

  @Test
  void filterOnNullKeepsOnlyDocumentsWhoseStoredValueIsNull() {
    search.upsert(
        "movies",
        List.of(
            new Doc("untyped", Json.object().put("title", "Star Untyped").putNull("type")),
            new Doc("typeless", Json.object().put("title", "Star Typeless"))));
    assertThat(ids(query("star", Optional.empty(), Map.of("type", Json.MAPPER.readTree("null")))))
        .containsExactly("untyped");
  }

  @Test
  void storedFieldsRoundTripAndGetReturnsTheWholeDocument() {
    Match match = query("trek").get(0);
    assertThat(match.id()).isEqualTo("star-trek");
    assertThat(match.score()).isPositive();
    assertThat(match.stored())
        .isEqualTo(Json.object().put("title", "Star Trek").put("type", "movie").put("year", 1979));
    ObjectNode doc = search.get("movies", "star-trek").value().orElseThrow();
    assertThat(doc.get("plot").stringValue()).isEqualTo("A crew explores the stars");
    assertThat(doc.get("_id").stringValue()).isEqualTo("star-trek");
  }

  @Test
  void storedFieldsMissingFromADocumentAreLeftOut() {
    search.upsert("movies", List.of(new Doc("bare", Json.object().put("title", "Bare"))));
    assertThat(query("bare").get(0).stored()).isEqualTo(Json.object().put("title", "Bare"));
  }

  @Test
  void addOfAnIndexedKeyKeepsTheFirstDocument() {
    assertThat(add("alien", "Aliens", "", "movie", 1986)).isEqualTo(AddOutcome.KEY_EXISTS);
    assertThat(search.get("movies", "alien").value().orElseThrow().get("title").stringValue())
        .isEqualTo("Alien");
    assertThat(query("aliens")).isEmpty();
  }

  @Test
  void upsertReplacesAndReindexes() {
    search.upsert("movies", List.of(new Doc("alien", Json.object().put("title", "Aliens"))));
    assertThat(query("alien")).isEmpty();
    assertThat(ids(query("aliens"))).containsExactly("alien");
    assertThat(search.get("movies", "alien").value().orElseThrow().has("plot")).isFalse();
  }

  @Test
  void removeReportsWhetherTheKeyWasIndexed() {
    assertThat(search.remove("movies", "alien").value()).isTrue();
    assertThat(search.remove("movies", "alien").value()).isFalse();
    assertThat(search.get("movies", "alien").value()).isEmpty();
    assertThat(query("alien")).isEmpty();
  }

  @Test
  void everyOperationOnAMissingIndexSaysSo() {
    IndexDefinition definition = new IndexDefinition(List.of("title"), List.of());
    SearchQuery q = new SearchQuery("x", Optional.empty(), Map.of());
    assertThat(search.destroy("nope")).isFalse();
    assertThat(search.add("nope", new Doc("k", Json.object()))).isEqualTo(AddOutcome.NO_CONTAINER);
    assertThat(search.get("nope", "k").isMissing()).isTrue();
    assertThat(search.upsert("nope", List.of())).isFalse();
    assertThat(search.remove("nope", "k").isMissing()).isTrue();
    assertThat(search.query("nope", q).isMissing()).isTrue();
    assertThat(search.create("movies", definition)).isFalse();
    assertThat(ids(query("alien"))).as("the existing index is untouched").containsExactly("alien");
  }

  @Test
  void destroyedIndexIsGoneAndItsNameIsFree() {
    assertThat(search.destroy("movies")).isTrue();
    assertThat(search.query("movies", new SearchQuery("x", Optional.empty(), Map.of())).isMissing())
        .isTrue();
    assertThat(search.create("movies", new IndexDefinition(List.of("title"), List.of()))).isTrue();
    assertThat(query("alien")).isEmpty();
  }

  @Test
  void tenThousandDocumentsInOneLoad() {
    search.create("big", new IndexDefinition(List.of("title"), List.of("n")));
    List<Doc> docs = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      docs.add(
          new Doc("d" + i, Json.object().put("title", "doc number" + i + " common").put("n", i)));
    }
    search.upsert("big", docs);
    Match match =
        search
            .query("big", new SearchQuery("number9999", Optional.empty(), Map.of()))
            .value()
            .get(0);
    assertThat(match.id()).isEqualTo("d9999");
    assertThat(match.stored().get("n").intValue()).isEqualTo(9999);
    assertThat(search.query("big", new SearchQuery("common", Optional.empty(), Map.of())).value())
        .hasSize(10_000);
  }

  @Test
  void concurrentAddsOfOneKeyLetExactlyOneWin() throws Exception {
    List<AddOutcome> outcomes =
        Races.run(
            8, i -> search.add("movies", new Doc("race", Json.object().put("title", "t" + i))));
    assertThat(outcomes)
        .containsOnlyOnce(AddOutcome.ADDED)
        .containsOnly(AddOutcome.ADDED, AddOutcome.KEY_EXISTS);
    assertThat(ids(query("race t0 t1 t2 t3 t4 t5 t6 t7"))).containsExactly("race");
  }

  @Test
  void parallelWritersEachSeeTheirOwnWriteAtOnce() throws Exception {
    List<Integer> found =
        Races.run(
            4,
            i -> {
              int seen = 0;
              for (int n = 0; n < 10; n++) {
                String word = "w" + i + "x" + n;
                search.add("movies", new Doc(word, Json.object().put("title", word)));
                seen += ids(query(word)).equals(List.of(word)) ? 1 : 0;
              }
              return seen;
            });
    assertThat(found).containsOnly(10);
  }

  private AddOutcome add(String key, String title, String plot, String type, int year) {
    ObjectNode doc =
        Json.object()
            .put("_id", key)
            .put("title", title)
            .put("plot", plot)
            .put("type", type)
            .put("year", year);
    return search.add("movies", new Doc(key, doc));
  }

  private List<Match> query(String text) {
    return query(text, Optional.empty(), Map.of());
  }

  private List<Match> query(
      String text, Optional<List<String>> fields, Map<String, JsonNode> filter) {
    return search.query("movies", new SearchQuery(text, fields, filter)).value();
  }

  private static List<String> ids(List<Match> matches) {
    return matches.stream().map(Match::id).toList();
  }
}
