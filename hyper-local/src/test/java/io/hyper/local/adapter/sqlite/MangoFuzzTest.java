package io.hyper.local.adapter.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.local.core.HyperError;
import io.hyper.local.core.Json;
import io.hyper.local.core.JsonGate;
import io.hyper.local.core.data.QueryOptions;
import io.hyper.local.core.data.mango.MangoMatcher;
import io.hyper.local.core.data.mango.MangoParser;
import io.hyper.local.core.data.mango.Selector;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fuzzing of the Mango parser and its SQL translation: any JSON text, sent as a selector, is either
 * refused with a 4xx or answered, and then SQL and Java select the same documents. Never another
 * exception: not from the parser, not from SQLite.
 *
 * <p>The seed is fixed, so CI runs the same cases; run longer with {@code
 * -Djqwik.tries.default=100000} (README, "Building and testing").
 */
class MangoFuzzTest {
  private static final String[] DOCS = {
    "{\"_id\":\"d0\",\"a\":1,\"b\":\"x\",\"tags\":[1,\"x\",null]}",
    "{\"_id\":\"d1\",\"a\":9223372036854775807,\"b\":-0.0,\"n\":{\"a\":[[]],\"b\":{}}}",
    "{\"_id\":\"d2\",\"a\":-9223372036854775808,\"b\":1e300,\"tags\":[]}",
    "{\"_id\":\"d3\",\"a\":\"\uD83D\uDE00\",\"b\":\"é\",\"n\":{\"a\":true}}",
    "{\"_id\":\"d4\",\"a\":[1,[2,3],{\"a\":1}],\"b\":null,\"a\\\"b\":1}",
    "{\"_id\":\"d5\",\"a\":0.1,\"b\":false,\"tags\":[\"a\",\"b\",\"aa\"]}",
    "{\"_id\":\"d6\",\"a\":\"(a|a)+$\",\"b\":\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\",\"\":2}",
    "{\"_id\":\"d7\"}",
  };

  private static Connections connections;
  private static final List<ObjectNode> docs = new ArrayList<>();

  @BeforeContainer
  static void load() throws SQLException {
    connections = Connections.memory();
    for (String doc : DOCS) {
      docs.add((ObjectNode) JsonGate.read(doc));
    }
    connections.write(
        c -> {
          try (Statement ddl = c.createStatement()) {
            ddl.execute("CREATE TABLE t(id TEXT NOT NULL UNIQUE, doc TEXT NOT NULL)");
          }
          try (PreparedStatement insert =
              c.prepareStatement("INSERT INTO t(id, doc) VALUES (?, ?)")) {
            for (ObjectNode doc : docs) {
              insert.setString(1, doc.get("_id").stringValue());
              insert.setString(2, Json.MAPPER.writeValueAsString(doc));
              insert.executeUpdate();
            }
          }
          return null;
        });
  }

  @AfterContainer
  static void close() throws SQLException {
    connections.close();
  }

  @Property(seed = "4242")
  void anySelectorIsA4xxOrSqlAndJavaAgree(@ForAll("selectorTexts") String text)
      throws SQLException {
    Selector selector;
    try {
      JsonNode json = JsonGate.read(text);
      QueryOptions.parse(Json.object().set("selector", json));
      selector = MangoParser.parse(json);
    } catch (HyperError e) {
      assertThat(e.status()).as(text).isBetween(400, 499);
      return;
    }
    List<String> expected = new ArrayList<>();
    for (ObjectNode doc : docs) {
      if (MangoMatcher.matches(selector, doc)) {
        expected.add(doc.get("_id").stringValue());
      }
    }
    QueryOptions all = new QueryOptions(selector, Optional.empty(), List.of(), 100, 0);
    List<String> viaStore =
        connections.read(
            c -> Reads.query(c, "t", all).stream().map(d -> d.get("_id").stringValue()).toList());
    assertThat(viaStore).as(text).isEqualTo(expected);
  }

  @Provide
  Arbitrary<String> selectorTexts() {
    return Arbitraries.frequencyOf(
        Tuple.of(6, node(4).map(JsonNode::toString)),
        Tuple.of(1, node(4).map(JsonNode::toString).map(MangoFuzzTest::mutate)));
  }

  /** Cuts a JSON text somewhere, or repeats a part of it: malformed or odd, never a crash. */
  private static String mutate(String json) {
    int cut = Math.abs(json.hashCode()) % Math.max(1, json.length());
    return json.hashCode() % 2 == 0 ? json.substring(0, cut) : json + json.substring(cut);
  }

  private Arbitrary<JsonNode> node(int depth) {
    Arbitrary<JsonNode> leaf = leaf();
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<String> keys =
        Arbitraries.of(
            "a",
            "b",
            "tags",
            "n.a",
            "n.b",
            "a\"b",
            "",
            "a.",
            "$and",
            "$or",
            "$nor",
            "$not",
            "$eq",
            "$ne",
            "$gt",
            "$gte",
            "$lt",
            "$lte",
            "$in",
            "$nin",
            "$exists",
            "$regex",
            "$all",
            "$size",
            "$elemMatch",
            "$mod",
            "$where");
    Arbitrary<JsonNode> child = Arbitraries.lazy(() -> node(depth - 1));
    Arbitrary<JsonNode> object =
        Combinators.combine(keys.list().ofMaxSize(3), child.list().ofSize(3))
            .as(
                (ks, vs) -> {
                  ObjectNode o = Json.object();
                  for (int i = 0; i < ks.size(); i++) {
                    o.set(ks.get(i), vs.get(i));
                  }
                  return (JsonNode) o;
                });
    Arbitrary<JsonNode> array =
        child.list().ofMaxSize(4).map(l -> (JsonNode) Json.MAPPER.createArrayNode().addAll(l));
    return Arbitraries.frequencyOf(Tuple.of(3, leaf), Tuple.of(4, object), Tuple.of(2, array));
  }

  private static Arbitrary<JsonNode> leaf() {
    return Arbitraries.oneOf(
        Arbitraries.of(
                "0",
                "1",
                "-1",
                "2",
                "3",
                "0.1",
                "-0.0",
                "1e300",
                "9223372036854775807",
                "-9223372036854775808",
                "9007199254740993",
                "1.5",
                "true",
                "false",
                "null")
            .map(Json.MAPPER::readTree),
        Arbitraries.of(
                "x",
                "é",
                "\uD83D\uDE00",
                "",
                "a",
                "^a",
                "(",
                "(a|a)+$",
                "((x*)*)*y",
                "(?=a)",
                "\\1",
                "a{1001}",
                ".*",
                "[",
                "aa")
            .map(s -> (JsonNode) Json.MAPPER.getNodeFactory().stringNode(s)));
  }
}
