package io.hyper.local.adapter.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.local.contract.MangoValues;
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
import tools.jackson.databind.node.ObjectNode;

/**
 * The SQL translation of a selector selects exactly the documents the Java evaluator matches, on
 * the data contract's random documents and selectors ({@link MangoValues}); {@code
 * DataPortContract} holds the whole query path (SQL and the core together) to the same answers.
 */
class MangoSqlAgreementTest {
  private static final List<String> PATHS = MangoValues.PATHS;

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
    // The seed is random: "some" runs near 15-20% with MangoValues' wider generators and came in at
    // 14.8% once (CI), so a 15% floor failed by chance; 8% of 600 tries (48 selectors that split
    // the documents) still proves the generators exercise partial matches.
    Statistics.label("matches").coverage(c -> c.check("some").percentage(p -> p > 8));
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
    return MangoValues.documents();
  }

  @Provide
  Arbitrary<ObjectNode> selectors() {
    return MangoValues.selector(3);
  }
}
