package io.hyper.local.adapter.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyper.local.Races;
import io.hyper.local.core.HyperError;
import io.hyper.local.core.Json;
import io.hyper.local.core.search.IndexDefinition;
import io.hyper.local.core.search.SearchQuery;
import io.hyper.local.port.SearchPort.Doc;
import io.hyper.local.port.SearchPort.Match;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class LuceneSearchTest {
  private final LuceneSearch search = LuceneSearch.inMemory();

  @BeforeEach
  void createMovies() {
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
    ObjectNode doc = search.get("movies", "star-trek").orElseThrow();
    assertThat(doc.get("plot").stringValue()).isEqualTo("A crew explores the stars");
    assertThat(doc.get("_id").stringValue()).isEqualTo("star-trek");
  }

  @Test
  void storedFieldsMissingFromADocumentAreLeftOut() {
    search.upsert("movies", List.of(new Doc("bare", Json.object().put("title", "Bare"))));
    assertThat(query("bare").get(0).stored()).isEqualTo(Json.object().put("title", "Bare"));
  }

  @Test
  void addOfAnIndexedKeyIs409AndKeepsTheFirstDocument() {
    assertStatus(409, () -> add("alien", "Aliens", "", "movie", 1986));
    assertThat(search.get("movies", "alien").orElseThrow().get("title").stringValue())
        .isEqualTo("Alien");
    assertThat(query("aliens")).isEmpty();
  }

  @Test
  void upsertReplacesAndReindexes() {
    search.upsert("movies", List.of(new Doc("alien", Json.object().put("title", "Aliens"))));
    assertThat(query("alien")).isEmpty();
    assertThat(ids(query("aliens"))).containsExactly("alien");
    assertThat(search.get("movies", "alien").orElseThrow().has("plot")).isFalse();
  }

  @Test
  void removeReportsWhetherTheKeyWasIndexed() {
    assertThat(search.remove("movies", "alien")).isTrue();
    assertThat(search.remove("movies", "alien")).isFalse();
    assertThat(search.get("movies", "alien")).isEmpty();
    assertThat(query("alien")).isEmpty();
  }

  @Test
  void everyOperationOnAMissingIndexIs404() {
    IndexDefinition definition = new IndexDefinition(List.of("title"), List.of());
    SearchQuery q = new SearchQuery("x", Optional.empty(), Map.of());
    assertStatus(404, () -> search.destroy("nope"));
    assertStatus(404, () -> search.add("nope", new Doc("k", Json.object())));
    assertStatus(404, () -> search.get("nope", "k"));
    assertStatus(404, () -> search.upsert("nope", List.of()));
    assertStatus(404, () -> search.remove("nope", "k"));
    assertStatus(404, () -> search.query("nope", q));
    assertStatus(409, () -> search.create("movies", definition));
  }

  @Test
  void destroyedIndexIsGoneAndItsNameIsFree() {
    search.destroy("movies");
    assertStatus(
        404, () -> search.query("movies", new SearchQuery("x", Optional.empty(), Map.of())));
    search.create("movies", new IndexDefinition(List.of("title"), List.of()));
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
        search.query("big", new SearchQuery("number9999", Optional.empty(), Map.of())).get(0);
    assertThat(match.id()).isEqualTo("d9999");
    assertThat(match.stored().get("n").intValue()).isEqualTo(9999);
    assertThat(search.query("big", new SearchQuery("common", Optional.empty(), Map.of())))
        .hasSize(10_000);
  }

  @Test
  void tooManyTermsAre422() {
    String text =
        String.join(" ", java.util.stream.IntStream.range(0, 600).mapToObj(i -> "t" + i).toList());
    assertStatus(422, () -> query(text));
  }

  @Test
  void concurrentAddsOfOneKeyLetExactlyOneWin() throws Exception {
    List<Integer> statuses =
        Races.run(
            8,
            i -> {
              try {
                search.add("movies", new Doc("race", Json.object().put("title", "t" + i)));
                return 201;
              } catch (HyperError e) {
                return e.status();
              }
            });
    assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 409);
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

  private void add(String key, String title, String plot, String type, int year) {
    ObjectNode doc =
        Json.object()
            .put("_id", key)
            .put("title", title)
            .put("plot", plot)
            .put("type", type)
            .put("year", year);
    search.add("movies", new Doc(key, doc));
  }

  private List<Match> query(String text) {
    return query(text, Optional.empty(), Map.of());
  }

  private List<Match> query(
      String text, Optional<List<String>> fields, Map<String, JsonNode> filter) {
    return search.query("movies", new SearchQuery(text, fields, filter));
  }

  private static List<String> ids(List<Match> matches) {
    return matches.stream().map(Match::id).toList();
  }

  private static void assertStatus(int status, Executable call) {
    assertThatThrownBy(call::execute)
        .isInstanceOfSatisfying(HyperError.class, e -> assertThat(e.status()).isEqualTo(status));
  }
}
