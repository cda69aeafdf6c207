package io.hyper.local.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.local.Races;
import io.hyper.local.core.Json;
import io.hyper.local.core.search.IndexDefinition;
import io.hyper.local.core.search.SearchQuery;
import io.hyper.local.engine.EngineUrl;
import io.hyper.local.port.AddOutcome;
import io.hyper.local.port.SearchPort;
import io.hyper.local.port.SearchPort.Doc;
import io.hyper.local.port.SearchPort.IndexInfo;
import io.hyper.local.port.SearchPort.Match;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What is special to OpenSearch: several instances on one URL, index names OpenSearch would not
 * take, keys longer than an {@code _id}, documents of any shape, and queries with more matches than
 * one page.
 */
class OpenSearchEngineIT {
  private static final IndexDefinition MOVIES =
      new IndexDefinition(List.of("title"), List.of("title", "n"));

  private String prefix;
  private SearchPort one;
  private SearchPort two;

  @BeforeAll
  static void nodeIsUp() {
    OpenSearchTesting.requireUp();
  }

  @BeforeEach
  void open() {
    prefix = OpenSearchTesting.freshPrefix();
    one = open(OpenSearchSearch.PAGE);
    two = open(OpenSearchSearch.PAGE);
  }

  private SearchPort open(int page) {
    return new OpenSearchSearch(
        OpenSearchUrl.parse(EngineUrl.parse(OpenSearchTesting.url(prefix))), page);
  }

  @AfterEach
  void close() {
    one.close();
    two.close();
    OpenSearchTesting.deleteAll(prefix);
  }

  @Test
  void twoInstancesOnOneUrlSeeEachOthersIndexesAndWrites() {
    assertThat(one.create("movies", MOVIES)).isTrue();
    assertThat(two.create("movies", MOVIES)).isFalse();
    assertThat(one.add("movies", doc("k1", "Dune"))).isEqualTo(AddOutcome.ADDED);
    assertThat(two.add("movies", doc("k1", "Other"))).isEqualTo(AddOutcome.KEY_EXISTS);
    assertThat(ids(two.query("movies", text("dune")).value())).containsExactly("k1");
    assertThat(two.get("movies", "k1").value().orElseThrow().get("title").stringValue())
        .isEqualTo("Dune");
    assertThat(two.remove("movies", "k1").value()).isTrue();
    assertThat(one.get("movies", "k1").value()).isEmpty();
    assertThat(two.destroy("movies")).isTrue();
    assertThat(one.query("movies", text("dune")).isMissing()).isTrue();
    assertThat(one.create("movies", new IndexDefinition(List.of("plot"), List.of()))).isTrue();
    assertThat(two.upsert("movies", List.of(doc("k2", "Dune")))).isTrue();
    assertThat(two.query("movies", text("dune")).value())
        .as("the definition is read from the cluster: plot is indexed now, title is not")
        .isEmpty();
  }

  @Test
  void concurrentCreatesOfOneNameFromTwoInstancesLetExactlyOneWin() throws Exception {
    List<Boolean> created = Races.run(6, i -> (i % 2 == 0 ? one : two).create("race", MOVIES));
    assertThat(created).containsOnlyOnce(true);
  }

  @Test
  void namesDifferingOnlyInCaseAreDifferentIndexes() {
    assertThat(one.create("Movies", MOVIES)).isTrue();
    assertThat(one.create("movies", new IndexDefinition(List.of("plot"), List.of()))).isTrue();
    assertThat(one.create("MOVIES.v2/x y", MOVIES)).isTrue();
    one.upsert("Movies", List.of(doc("a", "Alien"), doc("b", "Blade")));
    assertThat(one.query("movies", text("alien")).value()).isEmpty();
    assertThat(ids(one.query("Movies", text("alien")).value())).containsExactly("a");
    List<IndexInfo> listed = two.indexes();
    assertThat(listed)
        .extracting(IndexInfo::name)
        .containsExactly("MOVIES.v2/x y", "Movies", "movies");
    assertThat(listed.get(1).docs()).isEqualTo(2);
    assertThat(listed.get(1).definition()).isEqualTo(MOVIES);
    assertThat(listed.get(2).definition().fields()).containsExactly("plot");
  }

  @Test
  void keysOfAnyLengthAndCharacterRoundTrip() {
    one.create("keys", MOVIES);
    List<String> keys =
        List.of("k".repeat(600), "~tilde", "a/b c?d#e%20f", "é😀", "~" + "0".repeat(64), ".");
    for (String key : keys) {
      assertThat(one.add("keys", doc(key, "word"))).as(key).isEqualTo(AddOutcome.ADDED);
    }
    assertThat(ids(one.query("keys", text("word")).value()))
        .containsExactlyInAnyOrderElementsOf(keys);
    for (String key : keys) {
      assertThat(two.get("keys", key).value()).as(key).isPresent();
      assertThat(one.add("keys", doc(key, "again"))).as(key).isEqualTo(AddOutcome.KEY_EXISTS);
      assertThat(two.remove("keys", key).value()).as(key).isTrue();
    }
    assertThat(one.query("keys", text("word")).value()).isEmpty();
  }

  @Test
  void documentsOfAnyShapeShareAnIndexAndComeBackUnchanged() {
    one.create("shapes", new IndexDefinition(List.of("title", "a.b"), List.of("title", "a.b")));
    var odd = Json.object().put("title", 5).put("a.b", "dotted");
    odd.putObject("nested").putArray("x").add(1).add("two").addObject().put("a.b", true);
    var other = Json.object().put("a.b", 7);
    other.putObject("title").put("deep", "words inside");
    one.upsert(
        "shapes", List.of(new Doc("odd", odd.deepCopy()), new Doc("other", other.deepCopy())));
    assertThat(one.get("shapes", "odd").value().orElseThrow()).isEqualTo(odd);
    assertThat(one.get("shapes", "other").value().orElseThrow()).isEqualTo(other);
    assertThat(ids(one.query("shapes", text("dotted")).value())).containsExactly("odd");
    assertThat(ids(one.query("shapes", text("inside")).value())).containsExactly("other");
    assertThat(ids(one.query("shapes", text("5")).value())).containsExactly("odd");
    SearchQuery filtered =
        new SearchQuery(
            "words dotted", Optional.empty(), Map.of("a.b", Json.MAPPER.readTree("7.0")));
    assertThat(ids(one.query("shapes", filtered).value())).containsExactly("other");
  }

  @Test
  void queriesWithMoreMatchesThanAPageReturnThemAll() {
    SearchPort paged = open(100);
    try {
      paged.create("many", MOVIES);
      List<Doc> docs = new ArrayList<>();
      for (int i = 0; i < 1_050; i++) {
        String title = i % 10 == 0 ? "common common rare" : "common";
        docs.add(new Doc("d" + i, Json.object().put("title", title).put("n", i)));
      }
      assertThat(paged.upsert("many", docs)).isTrue();
      List<Match> matches = paged.query("many", text("common rare")).value();
      assertThat(matches).hasSize(1_050);
      assertThat(ids(matches)).doesNotHaveDuplicates();
      assertThat(ids(matches.subList(0, 105)))
          .allMatch(id -> Integer.parseInt(id.substring(1)) % 10 == 0);
      for (int i = 1; i < matches.size(); i++) {
        assertThat(matches.get(i).score()).isLessThanOrEqualTo(matches.get(i - 1).score());
      }
      assertThat(two.indexes()).singleElement().extracting(IndexInfo::docs).isEqualTo(1_050L);
    } finally {
      paged.close();
    }
  }

  private static Doc doc(String key, String title) {
    return new Doc(key, Json.object().put("title", title));
  }

  private static SearchQuery text(String text) {
    return new SearchQuery(text, Optional.empty(), Map.of());
  }

  private static List<String> ids(List<Match> matches) {
    return matches.stream().map(Match::id).toList();
  }
}
