package io.hyper.connect.data;

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
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Each operator of {@link Selectors}, rendered and compared with a JSON literal. */
class SelectorsTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** Checks both the exact text and the JSON tree against the literal. */
  private static void assertRenders(Selector selector, String json) {
    assertThat(selector.toString()).isEqualTo(json);
    assertThat(selector.toJson()).isEqualTo(MAPPER.readTree(json));
  }

  record Director(String name, int born) {}

  @Test
  void eqIsImplicitEquality() {
    assertRenders(eq("type", "movie"), "{\"type\":\"movie\"}");
    assertRenders(eq("year", 1984), "{\"year\":1984}");
    assertRenders(eq("rating", 7.5), "{\"rating\":7.5}");
    assertRenders(eq("seen", true), "{\"seen\":true}");
    assertRenders(eq("sequel", null), "{\"sequel\":null}");
    assertRenders(eq("tags", List.of("a", "b")), "{\"tags\":[\"a\",\"b\"]}");
  }

  @Test
  void eqOfAnObjectUsesExplicitEqSoItsKeysAreNeverOperators() {
    Selector director = eq("director", new Director("Ridley", 1937));
    assertThat(director)
        .hasToString("{\"director\":{\"$eq\":{\"name\":\"Ridley\",\"born\":1937}}}");
    // A record is left for the client's codec, which encodes it when the selector is sent.
    assertThat(director.toJson().get("director").get("$eq").isPojo()).isTrue();
    assertRenders(eq("x", Map.of("$gt", 1)), "{\"x\":{\"$eq\":{\"$gt\":1}}}");
  }

  @Test
  void comparisonOperators() {
    assertRenders(ne("type", "album"), "{\"type\":{\"$ne\":\"album\"}}");
    assertRenders(gt("year", 1984), "{\"year\":{\"$gt\":1984}}");
    assertRenders(gte("year", 1984L), "{\"year\":{\"$gte\":1984}}");
    assertRenders(lt("title", "M"), "{\"title\":{\"$lt\":\"M\"}}");
    assertRenders(lte("rating", 9.25), "{\"rating\":{\"$lte\":9.25}}");
  }

  @Test
  void inAndNinTakeVarargsOrACollection() {
    assertRenders(in("genre", "sci-fi", "horror"), "{\"genre\":{\"$in\":[\"sci-fi\",\"horror\"]}}");
    assertRenders(in("year", List.of(1979, 1986)), "{\"year\":{\"$in\":[1979,1986]}}");
    assertRenders(nin("genre", "musical"), "{\"genre\":{\"$nin\":[\"musical\"]}}");
    assertRenders(nin("year", List.of()), "{\"year\":{\"$nin\":[]}}");
  }

  @Test
  void existsDefaultsToTrue() {
    assertRenders(exists("poster"), "{\"poster\":{\"$exists\":true}}");
    assertRenders(exists("poster", false), "{\"poster\":{\"$exists\":false}}");
  }

  @Test
  void regexKeepsThePatternVerbatim() {
    assertRenders(regex("title", "^Star\\s+W"), "{\"title\":{\"$regex\":\"^Star\\\\s+W\"}}");
  }

  @Test
  void arrayOperators() {
    assertRenders(all("tags", "space", "alien"), "{\"tags\":{\"$all\":[\"space\",\"alien\"]}}");
    assertRenders(size("tags", 3), "{\"tags\":{\"$size\":3}}");
    assertRenders(
        elemMatch("cast", and(eq("role", "lead"), gt("age", 40))),
        "{\"cast\":{\"$elemMatch\":{\"$and\":[{\"role\":\"lead\"},{\"age\":{\"$gt\":40}}]}}}");
    assertRenders(
        elemMatch("scores", Selectors.parse("{\"$gte\":80}")),
        "{\"scores\":{\"$elemMatch\":{\"$gte\":80}}}");
  }

  @Test
  void logicalOperators() {
    assertRenders(
        and(eq("type", "movie"), gt("year", 1984)),
        "{\"$and\":[{\"type\":\"movie\"},{\"year\":{\"$gt\":1984}}]}");
    assertRenders(or(List.of(eq("a", 1), eq("b", 2))), "{\"$or\":[{\"a\":1},{\"b\":2}]}");
    assertRenders(nor(eq("a", 1)), "{\"$nor\":[{\"a\":1}]}");
  }

  @Test
  void notNegatesAFieldConditionInPlace() {
    assertRenders(not(gt("year", 1984)), "{\"year\":{\"$not\":{\"$gt\":1984}}}");
    assertRenders(not(eq("type", "movie")), "{\"type\":{\"$not\":{\"$eq\":\"movie\"}}}");
    assertRenders(
        not(Selectors.parse("{\"year\":{\"$gt\":1,\"$lt\":5}}")),
        "{\"year\":{\"$not\":{\"$gt\":1,\"$lt\":5}}}");
  }

  @Test
  void notOfANegationRemovesIt() {
    assertRenders(not(not(gt("year", 1984))), "{\"year\":{\"$gt\":1984}}");
    assertRenders(not(not(eq("type", "movie"))), "{\"type\":{\"$eq\":\"movie\"}}");
  }

  @Test
  void notOfAnythingElseBecomesNor() {
    assertRenders(
        not(and(eq("a", 1), eq("b", 2))), "{\"$nor\":[{\"$and\":[{\"a\":1},{\"b\":2}]}]}");
    assertRenders(not(Selectors.parse("{\"a\":1,\"b\":2}")), "{\"$nor\":[{\"a\":1,\"b\":2}]}");
  }

  @Test
  void dottedPathsAreWrittenAsGiven() {
    assertRenders(eq("director.name", "Ridley"), "{\"director.name\":\"Ridley\"}");
    assertRenders(gte("stats.box.office", 1e6), "{\"stats.box.office\":{\"$gte\":1000000.0}}");
  }

  @Test
  void emptySelectorMatchesEverything() {
    assertRenders(Selectors.empty(), "{}");
    assertThat(Selectors.empty()).isEqualTo(Selectors.parse("{}"));
  }

  @Test
  void rawMapAndJsonSelectorsAreAccepted() {
    Map<String, Object> raw = new LinkedHashMap<>();
    raw.put("type", "movie");
    raw.put("year", Map.of("$gt", 1984));

    Selector fromMap = Selectors.of(raw);
    Selector fromText = Selectors.parse("{\"type\":\"movie\",\"year\":{\"$gt\":1984}}");
    Selector fromNode =
        Selectors.of(MAPPER.readTree("{\"year\":{\"$gt\":1984},\"type\":\"movie\"}"));

    assertThat(fromMap).isEqualTo(fromText).isEqualTo(fromNode).hasSameHashCodeAs(fromText);
  }

  @Test
  void selectorsOfYourOwnCombineWithBuiltOnes() {
    Selector own = () -> MAPPER.readTree("{\"type\":\"movie\"}");

    assertRenders(
        and(own, gt("year", 1984)), "{\"$and\":[{\"type\":\"movie\"},{\"year\":{\"$gt\":1984}}]}");
    assertRenders(not(own), "{\"type\":{\"$not\":{\"$eq\":\"movie\"}}}");
    assertThat(Selectors.of(own)).isEqualTo(eq("type", "movie"));
  }

  @Test
  void aWholeRecordSelectorIsLeftForTheCodecWhereverItIsUsed() {
    Selector director = Selectors.of(new Director("Ridley", 1937));
    String shown = "{\"name\":\"Ridley\",\"born\":1937}";

    assertThat(director).hasToString(shown);
    // Negated as a whole: its field names are the codec's, unknown until it is sent.
    assertThat(not(director)).hasToString("{\"$nor\":[" + shown + "]}");
    assertThat(((ArrayNode) and(director, eq("x", 1)).toJson().get("$and")).get(0).isPojo())
        .isTrue();
    assertThatThrownBy(() -> Selectors.of(List.of(1)))
        .hasMessage("selector must be a JSON object, was ARRAY");
  }

  @Test
  void selectorOfYourOwnThatIsNotAnObjectIsRejected() {
    Selector own = () -> MAPPER.readTree("[1]");

    assertThatThrownBy(() -> and(own))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("selector must be a JSON object, was ARRAY");
  }

  @Test
  void equalSelectorsHaveEqualHashCodesAndDifferentOnesDiffer() {
    assertThat(gt("year", 1984)).isEqualTo(gt("year", 1984L)).hasSameHashCodeAs(gt("year", 1984L));
    assertThat(gt("year", 1984)).isNotEqualTo(gte("year", 1984));
    assertThat(gt("year", 1984)).isNotEqualTo(gt("year", "1984"));
    Selector selector = gt("year", 1984);
    assertThat(Selectors.of(selector)).isSameAs(selector);
  }

  @Test
  void selectorsAreImmutable() {
    Map<String, Object> raw = new LinkedHashMap<>();
    raw.put("type", "movie");
    Selector selector = Selectors.of(raw);
    List<Object> values = new ArrayList<>(List.of(1, 2));
    Selector inSelector = in("n", values);

    raw.put("type", "album");
    values.add(3);
    ObjectNode json = (ObjectNode) selector.toJson();
    json.put("type", "book");

    assertThat(selector.toString()).isEqualTo("{\"type\":\"movie\"}");
    assertThat(inSelector.toString()).isEqualTo("{\"n\":{\"$in\":[1,2]}}");
  }

  @Test
  void badArgumentsAreRejectedNamingThem() {
    assertThatThrownBy(() -> eq(" ", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("path must be a field name, was ' '");
    assertThatThrownBy(() -> gt(null, 1)).hasMessage("path must be a field name, was null");
    assertThatThrownBy(() -> size("tags", -1)).hasMessage("size must be >= 0, was -1");
    assertThatThrownBy(() -> and()).hasMessage("$and needs at least one selector, was []");
    assertThatThrownBy(() -> or(eq("a", 1), null)).hasMessage("selectors[1] must not be null");
    assertThatThrownBy(() -> in("a", (List<?>) null)).hasMessage("values must not be null");
    assertThatThrownBy(() -> regex("a", null)).hasMessage("pattern must not be null");
    assertThatThrownBy(() -> eq("a", eq("b", 1)))
        .hasMessageStartingWith("value must be a plain value, was the selector {\"b\":1}");
    assertThatThrownBy(() -> Selectors.parse("[1]"))
        .hasMessage("selector must be a JSON object, was ARRAY");
    assertThatThrownBy(() -> Selectors.parse("{nope"))
        .hasMessageStartingWith("selector must be a JSON object, was not valid JSON");
    assertThatThrownBy(() -> Selectors.of(null)).hasMessage("selector must not be null");
  }
}
