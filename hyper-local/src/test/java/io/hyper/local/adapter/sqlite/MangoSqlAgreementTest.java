package io.hyper.local.adapter.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.local.core.Json;
import io.hyper.local.core.data.QueryOptions;
import io.hyper.local.core.data.SortField;
import io.hyper.local.core.data.mango.MangoMatcher;
import io.hyper.local.core.data.mango.MangoParser;
import io.hyper.local.core.data.mango.Selector;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
import net.jqwik.api.statistics.Statistics;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The SQL translation of a selector selects exactly the documents the Java evaluator matches, on
 * random documents and random selectors over the whole operator set.
 */
class MangoSqlAgreementTest {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final List<String> PATHS =
      List.of("a", "a", "b", "b", "tags", "tags", "n.a", "n.b", "x", "n");

  @Property(tries = 600)
  void sqlAndJavaSelectTheSameDocuments(
      @ForAll("documents") List<ObjectNode> docs, @ForAll("selectors") ObjectNode json)
      throws SQLException {
    Selector selector = MangoParser.parse(json);
    // Only what the JSON gate lets in can be stored or queried.
    docs.forEach(io.hyper.local.core.JsonGate::check);
    io.hyper.local.core.JsonGate.check(json);
    List<String> expected = new ArrayList<>();
    for (ObjectNode doc : docs) {
      if (MangoMatcher.matches(selector, doc)) {
        expected.add(doc.get("_id").stringValue());
      }
    }
    Optional<Sql> full = MangoSql.translate(selector);
    Statistics.label("fully translated").collect(full.isPresent());
    Statistics.label("fully translated")
        .coverage(
            c -> {
              c.check(true).percentage(p -> p > 40);
              c.check(false).count(n -> n > 0);
            });
    Statistics.label("matches")
        .collect(expected.isEmpty() ? "none" : expected.size() == docs.size() ? "all" : "some");
    Statistics.label("matches").coverage(c -> c.check("some").percentage(p -> p > 15));
    try (Connections connections = Connections.memory()) {
      connections.write(c -> load(c, docs));
      List<String> viaStore =
          connections.read(
              c ->
                  Reads.query(
                          c, "t", new QueryOptions(selector, Optional.empty(), List.of(), 1000, 0))
                      .stream()
                      .map(d -> d.get("_id").stringValue())
                      .toList());
      assertThat(viaStore).as("query of %s", json).isEqualTo(expected);
      if (full.isPresent()) {
        List<String> viaSql = connections.read(c -> select(c, full.get()));
        assertThat(viaSql).as("SQL %s of %s", full.get().sql(), json).isEqualTo(expected);
      }
    }
  }

  @Property(tries = 200)
  void sqlOrderByAndTheJavaComparatorSortAlike(
      @ForAll("documents") List<ObjectNode> docs, @ForAll("sorts") List<SortField> sort)
      throws SQLException {
    List<ObjectNode> sorted = new ArrayList<>(docs);
    sorted.sort(Reads.comparator(sort));
    List<String> expected = sorted.stream().map(d -> d.get("_id").stringValue()).toList();
    try (Connections connections = Connections.memory()) {
      connections.write(c -> load(c, docs));
      QueryOptions query =
          new QueryOptions(new Selector.And(List.of()), Optional.empty(), sort, 1000, 0);
      List<String> viaSql =
          connections.read(
              c ->
                  Reads.query(c, "t", query).stream()
                      .map(d -> d.get("_id").stringValue())
                      .toList());
      assertThat(viaSql).as("sort %s", sort).isEqualTo(expected);
    }
  }

  @Provide
  Arbitrary<List<SortField>> sorts() {
    return Combinators.combine(Arbitraries.of(PATHS), Arbitraries.of(true, false))
        .as(SortField::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(2);
  }

  private static Void load(java.sql.Connection c, List<ObjectNode> docs) throws SQLException {
    try (Statement ddl = c.createStatement()) {
      ddl.execute("CREATE TABLE t(id TEXT NOT NULL UNIQUE, doc TEXT NOT NULL)");
    }
    try (PreparedStatement insert = c.prepareStatement("INSERT INTO t(id, doc) VALUES (?, ?)")) {
      for (ObjectNode doc : docs) {
        insert.setString(1, doc.get("_id").stringValue());
        insert.setString(2, Json.MAPPER.writeValueAsString(doc));
        insert.executeUpdate();
      }
    }
    return null;
  }

  private static List<String> select(java.sql.Connection c, Sql where) throws SQLException {
    List<String> ids = new ArrayList<>();
    Sql sql = new Sql().text("SELECT id FROM t WHERE ").append(where).text(" ORDER BY rowid");
    try (PreparedStatement statement = Reads.prepare(c, sql);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        ids.add(rows.getString(1));
      }
    }
    return ids;
  }

  @Provide
  Arbitrary<List<ObjectNode>> documents() {
    return body().list().ofMinSize(4).ofMaxSize(15).map(MangoSqlAgreementTest::withIds);
  }

  private static List<ObjectNode> withIds(List<ObjectNode> bodies) {
    List<ObjectNode> docs = new ArrayList<>();
    for (int i = 0; i < bodies.size(); i++) {
      ObjectNode doc = F.objectNode().put("_id", "d" + i);
      doc.setAll(bodies.get(i));
      docs.add(doc);
    }
    return docs;
  }

  private Arbitrary<ObjectNode> body() {
    Arbitrary<Optional<JsonNode>> field = value().optional(0.7);
    Arbitrary<Optional<JsonNode>> nested =
        Combinators.combine(field, field).as((a, b) -> (JsonNode) object(a, b)).optional(0.6);
    return Combinators.combine(field, field, scalars().list().ofMaxSize(3).optional(0.5), nested)
        .as(
            (a, b, tags, n) -> {
              ObjectNode doc = object(a, b);
              tags.ifPresent(t -> doc.set("tags", array(t)));
              n.ifPresent(v -> doc.set("n", v));
              return doc;
            });
  }

  private static ObjectNode object(Optional<JsonNode> a, Optional<JsonNode> b) {
    ObjectNode o = F.objectNode();
    a.ifPresent(v -> o.set("a", v));
    b.ifPresent(v -> o.set("b", v));
    return o;
  }

  private static ArrayNode array(List<JsonNode> values) {
    ArrayNode array = F.arrayNode();
    values.forEach(array::add);
    return array;
  }

  /**
   * Scalars, mostly small so that selectors often match, plus the edges the JSON gate lets in:
   * longs at their limits and beyond a double's precision, doubles at the edges of longs and of
   * their own range, and text beyond the Basic Multilingual Plane.
   */
  private Arbitrary<JsonNode> scalars() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(
            4, Arbitraries.integers().between(-2, 2).map(i -> (JsonNode) F.numberNode(i))),
        net.jqwik.api.Tuple.of(
            2, Arbitraries.of(-1.5, 0.5, 1.0, 2.5).map(d -> (JsonNode) F.numberNode(d))),
        net.jqwik.api.Tuple.of(
            1,
            Arbitraries.of(
                    Long.MAX_VALUE,
                    Long.MIN_VALUE,
                    Long.MAX_VALUE - 1,
                    9_007_199_254_740_993L,
                    -9_007_199_254_740_993L)
                .map(l -> (JsonNode) F.numberNode(l))),
        net.jqwik.api.Tuple.of(
            1,
            Arbitraries.of(
                    -0.0,
                    0.1,
                    9.223372036854775807E18,
                    -9.223372036854775808E18,
                    1e300,
                    -1e-300,
                    9.007199254740992E15)
                .map(d -> (JsonNode) F.numberNode(d))),
        net.jqwik.api.Tuple.of(
            4,
            Arbitraries.strings()
                .withChars("abé")
                .ofMaxLength(2)
                .map(s -> (JsonNode) F.stringNode(s))),
        net.jqwik.api.Tuple.of(
            1,
            Arbitraries.of("\uD83D\uDE00", "a\uD83D\uDE00", "\uFFFF", "\u00e9a", "Z", "")
                .map(s -> (JsonNode) F.stringNode(s))),
        net.jqwik.api.Tuple.of(
            2, Arbitraries.of(true, false).map(b -> (JsonNode) F.booleanNode(b))),
        net.jqwik.api.Tuple.of(1, Arbitraries.just((JsonNode) F.nullNode())));
  }

  private Arbitrary<JsonNode> value() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, scalars()),
        net.jqwik.api.Tuple.of(2, scalars().list().ofMaxSize(3).map(l -> (JsonNode) array(l))),
        net.jqwik.api.Tuple.of(
            1,
            Combinators.combine(scalars().optional(), scalars().optional())
                .as((a, b) -> (JsonNode) object(a, b))));
  }

  @Provide
  Arbitrary<ObjectNode> selectors() {
    return selector(3);
  }

  private Arbitrary<ObjectNode> selector(int depth) {
    Arbitrary<ObjectNode> field =
        Combinators.combine(Arbitraries.of(PATHS), condition())
            .as((path, condition) -> F.objectNode().set(path, condition));
    Arbitrary<ObjectNode> two =
        Combinators.combine(field, field)
            .as(
                (x, y) -> {
                  ObjectNode both = x.deepCopy();
                  both.setAll(y);
                  return both;
                });
    if (depth == 0) {
      return Arbitraries.oneOf(field, two);
    }
    Arbitrary<ObjectNode> inner = Arbitraries.lazy(() -> selector(depth - 1));
    Arbitrary<ArrayNode> list =
        inner.list().ofMinSize(1).ofMaxSize(3).map(l -> F.arrayNode().addAll(l));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, field),
        net.jqwik.api.Tuple.of(1, two),
        net.jqwik.api.Tuple.of(1, list.map(l -> F.objectNode().set("$and", l))),
        net.jqwik.api.Tuple.of(1, list.map(l -> F.objectNode().set("$or", l))),
        net.jqwik.api.Tuple.of(1, list.map(l -> F.objectNode().set("$nor", l))),
        net.jqwik.api.Tuple.of(1, inner.map(s -> F.objectNode().set("$not", s))));
  }

  private Arbitrary<JsonNode> condition() {
    Arbitrary<JsonNode> scalar = scalars();
    Arbitrary<ArrayNode> scalarList = scalar.list().ofMaxSize(3).map(MangoSqlAgreementTest::array);
    Arbitrary<String> ordering = Arbitraries.of("$gt", "$gte", "$lt", "$lte");
    Arbitrary<JsonNode> compare =
        Combinators.combine(ordering, scalar).as((op, v) -> F.objectNode().set(op, v));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, scalar),
        net.jqwik.api.Tuple.of(1, scalarList.map(l -> (JsonNode) l)),
        net.jqwik.api.Tuple.of(1, scalar.map(v -> (JsonNode) F.objectNode().set("$eq", v))),
        net.jqwik.api.Tuple.of(2, scalar.map(v -> (JsonNode) F.objectNode().set("$ne", v))),
        net.jqwik.api.Tuple.of(4, compare),
        net.jqwik.api.Tuple.of(
            1,
            Combinators.combine(compare, compare)
                .as(
                    (x, y) -> {
                      ObjectNode both = ((ObjectNode) x).deepCopy();
                      both.setAll((ObjectNode) y);
                      return (JsonNode) both;
                    })),
        net.jqwik.api.Tuple.of(2, scalarList.map(l -> (JsonNode) F.objectNode().set("$in", l))),
        net.jqwik.api.Tuple.of(1, scalarList.map(l -> (JsonNode) F.objectNode().set("$nin", l))),
        net.jqwik.api.Tuple.of(1, scalarList.map(l -> (JsonNode) F.objectNode().set("$all", l))),
        net.jqwik.api.Tuple.of(
            1, Arbitraries.of(true, false).map(b -> (JsonNode) F.objectNode().put("$exists", b))),
        net.jqwik.api.Tuple.of(
            1,
            Arbitraries.integers()
                .between(0, 3)
                .map(n -> (JsonNode) F.objectNode().put("$size", n))),
        net.jqwik.api.Tuple.of(
            1,
            Arbitraries.of("^a", "b$", "é", "^$")
                .map(r -> (JsonNode) F.objectNode().put("$regex", r))),
        net.jqwik.api.Tuple.of(1, compare.map(c -> (JsonNode) F.objectNode().set("$elemMatch", c))),
        net.jqwik.api.Tuple.of(1, compare.map(c -> (JsonNode) F.objectNode().set("$not", c))));
  }
}
