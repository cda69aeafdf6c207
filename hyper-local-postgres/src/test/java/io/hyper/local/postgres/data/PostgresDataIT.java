package io.hyper.local.postgres.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.hyper.local.HyperLocal;
import io.hyper.local.Service;
import io.hyper.local.core.HyperError;
import io.hyper.local.core.Json;
import io.hyper.local.core.JsonGate;
import io.hyper.local.core.data.BulkOp;
import io.hyper.local.core.data.DocOrder;
import io.hyper.local.core.data.IndexSpec;
import io.hyper.local.core.data.ListOptions;
import io.hyper.local.core.data.QueryOptions;
import io.hyper.local.core.data.mango.MangoMatcher;
import io.hyper.local.port.AddOutcome;
import io.hyper.local.port.DataPort.IndexOutcome;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** What is special to PostgreSQL: real indexes, hostile names, many instances on one URL. */
class PostgresDataIT {
  private static final String SCHEMA = PgTest.schema();

  /** A scan of an index {@code _index} made: its value, string or type index. */
  private static final String OUR_INDEX =
      "(Index Scan using|Index Only Scan using|Bitmap Index Scan on) data_[0-9]+_(ix[0-9]+|[st][0-9a-f]{16})\\b";

  private static PostgresDataStore one;
  private static PostgresDataStore two;

  @BeforeAll
  static void open() {
    one = PgTest.store(SCHEMA, "data-it-one");
    two = PgTest.store(SCHEMA, "data-it-two");
  }

  @AfterAll
  static void close() {
    one.close();
    two.close();
    PgTest.dropSchema(SCHEMA);
  }

  private static ObjectNode doc(String json) {
    return (ObjectNode) JsonGate.read(json);
  }

  private static QueryOptions query(String json) {
    return QueryOptions.parse(JsonGate.read(json));
  }

  @Test
  void twoInstancesOnOneUrlSeeEachOthersDatabasesAndDocuments() {
    assertThat(one.create("shared")).isTrue();
    assertThat(two.create("shared")).isFalse();
    assertThat(two.databases()).contains("shared");
    assertThat(one.add("shared", "a", doc("{\"_id\":\"a\",\"n\":1}"))).isEqualTo(AddOutcome.ADDED);
    assertThat(two.get("shared", "a").value()).contains(doc("{\"_id\":\"a\",\"n\":1}"));
    assertThat(two.add("shared", "a", doc("{\"_id\":\"a\"}"))).isEqualTo(AddOutcome.KEY_EXISTS);
    assertThat(two.index("shared", byN()).value()).isEqualTo(IndexOutcome.CREATED);
    assertThat(one.index("shared", byN()).value()).isEqualTo(IndexOutcome.UNCHANGED);
    assertThat(one.indexes("shared").value()).extracting(IndexSpec::name).containsExactly("by-n");
    // Destroyed on one and created again: the other sees the new, empty database, not the old.
    assertThat(two.destroy("shared")).isTrue();
    assertThat(one.get("shared", "a").isMissing()).isTrue();
    assertThat(one.add("shared", "b", doc("{}"))).isEqualTo(AddOutcome.NO_CONTAINER);
    assertThat(one.create("shared")).isTrue();
    assertThat(two.get("shared", "a").value()).isEmpty();
    assertThat(two.count("shared").value()).isZero();
    assertThat(one.destroy("shared")).isTrue();
  }

  @Test
  void hostileFieldNamesAndValuesAreOnlyData() {
    String db = "hostile";
    assertThat(one.create(db)).isTrue();
    List<String> names =
        List.of(
            "a'b", "\"; DROP TABLE data_databases; --", "?", "a$1", "%L", "\u0000", "\u0001x", "");
    List<ObjectNode> docs = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      ObjectNode d = Json.object().put("_id", "d" + i);
      d.put(names.get(i), "x'); DROP TABLE data_databases; --" + (i % 3));
      d.putObject("o").put(names.get(i), i);
      docs.add(d);
      assertThat(one.add(db, "d" + i, d.deepCopy())).isEqualTo(AddOutcome.ADDED);
    }
    for (String name : names) {
      String field = Json.MAPPER.writeValueAsString(Json.object().put("k", name)).substring(5);
      field = field.substring(0, field.length() - 1); // the name as a JSON string literal
      assertThat(
              one.index(
                      db,
                      IndexSpec.parse(
                          JsonGate.read(
                              "{\"name\":\"i"
                                  + names.indexOf(name)
                                  + "\",\"fields\":["
                                  + field
                                  + "]}")))
                  .value())
          .isEqualTo(IndexOutcome.CREATED);
      for (String selector :
          List.of(
              "{" + field + ":\"x'); DROP TABLE data_databases; --1\"}",
              "{" + field + ":{\"$gt\":\"x'); DROP\"}}",
              "{\"o\":{\"$exists\":true}," + field + ":{\"$exists\":false}}")) {
        QueryOptions q = query("{\"selector\":" + selector + ",\"sort\":[" + field + "]}");
        List<ObjectNode> expected = new ArrayList<>();
        for (ObjectNode d : docs) {
          if (MangoMatcher.matches(q.selector(), d)) {
            expected.add(d);
          }
        }
        expected.sort(DocOrder.of(q.sort()));
        assertThat(one.query(db, q)).as(selector).isEqualTo(expected);
      }
    }
    // Ids are text columns, which cannot hold U+0000: they are kept escaped, in the same order.
    for (String id : List.of("n\u0000", "n\u0001", "n")) {
      assertThat(one.add(db, id, Json.object().put("_id", id))).isEqualTo(AddOutcome.ADDED);
    }
    assertThat(one.get(db, "n\u0000").value()).contains(Json.object().put("_id", "n\u0000"));
    assertThat(
            one.list(
                    db,
                    new ListOptions(
                        OptionalInt.empty(),
                        Optional.of("n"),
                        Optional.empty(),
                        Optional.empty(),
                        false))
                .value())
        .extracting(d -> d.get("_id").stringValue())
        .containsExactly("n", "n\u0000", "n\u0001");
    assertThat(one.remove(db, "n\u0000").value()).isTrue();
    assertThat(one.bulk(db, List.of(new BulkOp("n\u0001", true, null)))).isTrue();
    assertThat(one.get(db, "n\u0001").value()).isEmpty();
    assertThat(one.remove(db, "n").value()).isTrue();
    assertThat(one.databases()).contains(db);
    assertThat(one.count(db).value()).isEqualTo(names.size());
    assertThat(one.destroy(db)).isTrue();
  }

  @Test
  void aSelectiveQueryOnAnIndexedFieldUsesTheIndex() throws SQLException {
    String db = "explained";
    assertThat(one.create(db)).isTrue();
    List<BulkOp> ops = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      ObjectNode d =
          Json.object().put("_id", "d" + i).put("n", i).put("s", String.format("v%05d", i));
      ops.add(new BulkOp("d" + i, false, d));
    }
    assertThat(one.bulk(db, ops)).isTrue();
    QueryOptions byNumber = query("{\"selector\":{\"n\":{\"$gte\":42,\"$lt\":45}}}");
    QueryOptions byString = query("{\"selector\":{\"s\":{\"$gt\":\"v04997\"}}}");
    QueryOptions byEquality = query("{\"selector\":{\"n\":4321}}");
    analyze();
    // Without _index the only index is the one on the stored order, walked end to end.
    assertThat(String.join("\n", one.explain(db, byNumber))).doesNotContainPattern(OUR_INDEX);
    IndexSpec index =
        IndexSpec.parse(JsonGate.read("{\"name\":\"by-n\",\"fields\":[\"n\",\"s\"]}"));
    IndexSpec byS = IndexSpec.parse(JsonGate.read("{\"name\":\"by-s\",\"fields\":[\"s\"]}"));
    assertThat(one.index(db, index).value()).isEqualTo(IndexOutcome.CREATED);
    assertThat(one.index(db, byS).value()).isEqualTo(IndexOutcome.CREATED);
    analyze();
    for (QueryOptions q : List.of(byNumber, byString, byEquality)) {
      String plan = String.join("\n", one.explain(db, q));
      assertThat(plan).as(q.toString()).containsPattern(OUR_INDEX).doesNotContain("Seq Scan");
    }
    assertThat(one.query(db, byNumber))
        .extracting(d -> d.get("n").intValue())
        .containsExactly(42, 43, 44);
    assertThat(one.query(db, byString))
        .extracting(d -> d.get("s").stringValue())
        .containsExactly("v04998", "v04999");
    assertThat(one.query(db, byEquality)).hasSize(1);
    assertThat(one.destroy(db)).isTrue();
  }

  @Test
  void aDocumentComesBackAsItWasGiven() {
    String db = "verbatim";
    assertThat(one.create(db)).isTrue();
    String text =
        "{\"_id\":\"v\",\"z\":1.0,\"a\":1E300,\"big\":1.15292150460684698E18,\"nul\":\"a\\u0000b\","
            + "\"o\":{\"y\":[],\"b\":{}}}";
    ObjectNode d = doc(text);
    assertThat(one.add(db, "v", d.deepCopy())).isEqualTo(AddOutcome.ADDED);
    ObjectNode back = one.get(db, "v").value().orElseThrow();
    assertThat(Json.MAPPER.writeValueAsString(back)).isEqualTo(Json.MAPPER.writeValueAsString(d));
    assertThat(one.query(db, query("{\"selector\":{\"nul\":\"a\\u0000b\"}}"))).hasSize(1);
    assertThat(one.query(db, query("{\"selector\":{\"big\":1152921504606846976}}"))).hasSize(1);
    assertThat(one.query(db, query("{\"selector\":{\"big\":1152921504606847000}}"))).isEmpty();
    assertThat(one.destroy(db)).isTrue();
  }

  @Test
  void aReadPastItsBudgetIs503AndTenThousandDocumentsQueryFasterWithAnIndex() throws SQLException {
    String db = "measured";
    assertThat(one.create(db)).isTrue();
    List<BulkOp> ops = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      ObjectNode d = Json.object().put("_id", "d" + i).put("n", i).put("type", "t" + i % 10);
      d.putArray("tags").add(i % 7).add("x");
      ops.add(new BulkOp("d" + i, false, d));
    }
    assertThat(one.bulk(db, ops)).isTrue();
    try (PostgresDataStore hurried =
        PgTest.store(SCHEMA, "data-it-hurried", Duration.ofMillis(1))) {
      QueryOptions scan = query("{\"selector\":{\"type\":{\"$regex\":\"^t\"}},\"limit\":10000}");
      assertThatThrownBy(() -> hurried.query(db, scan))
          .isInstanceOfSatisfying(HyperError.class, e -> assertThat(e.status()).isEqualTo(503));
    }
    List<QueryOptions> queries =
        List.of(
            query("{\"selector\":{\"n\":{\"$gte\":5000,\"$lt\":5010}}}"),
            query("{\"selector\":{\"n\":7777}}"));
    analyze();
    long[] without = time(db, queries);
    IndexSpec byN = IndexSpec.parse(JsonGate.read("{\"name\":\"by-n\",\"fields\":[\"n\"]}"));
    assertThat(one.index(db, byN).value()).isEqualTo(IndexOutcome.CREATED);
    analyze();
    long[] with = time(db, queries);
    assertThat(one.query(db, queries.get(0))).hasSize(10);
    assertThat(one.query(db, queries.get(1))).hasSize(1);
    // A measurement for the record, not an assertion: this machine is shared and noisy.
    System.out.printf(
        "10,000 docs, median of 15 (µs): range without _index %d, with %d;"
            + " equality without %d, with %d%n",
        without[0], with[0], without[1], with[1]);
    assertThat(one.destroy(db)).isTrue();
  }

  @Test
  void elemMatchAndArraysAgreeWithTheCoreAndAreTranslated() {
    String db = "arrays";
    assertThat(one.create(db)).isTrue();
    List<ObjectNode> docs =
        List.of(
            doc("{\"_id\":\"a\",\"items\":[{\"a\":1,\"b\":\"x\"},{\"a\":5}],\"t\":[1,[2,3]]}"),
            doc("{\"_id\":\"b\",\"items\":[{\"a\":[7,2]},3],\"t\":[[1],\"2\"]}"),
            doc("{\"_id\":\"c\",\"items\":{\"a\":1},\"t\":2}"),
            doc("{\"_id\":\"d\",\"items\":[],\"t\":[null,true]}"));
    for (ObjectNode d : docs) {
      assertThat(one.add(db, d.get("_id").stringValue(), d.deepCopy())).isEqualTo(AddOutcome.ADDED);
    }
    for (String selector :
        List.of(
            "{\"items\":{\"$elemMatch\":{\"a\":{\"$gte\":2}}}}",
            "{\"items\":{\"$elemMatch\":{\"a\":2}}}",
            "{\"items\":{\"$elemMatch\":{\"$gt\":2}}}",
            "{\"items\":{\"$elemMatch\":{}}}",
            "{\"items\":{\"$elemMatch\":{\"$or\":[{\"b\":\"x\"},{\"a\":{\"$exists\":false}}]}}}",
            "{\"t\":{\"$elemMatch\":{\"$elemMatch\":{\"$lt\":3}}}}",
            "{\"t\":[2,3]}",
            "{\"t\":{\"$all\":[1,[2,3]]}}",
            "{\"t\":{\"$size\":2,\"$nin\":[null]}}",
            "{\"t\":{\"$gt\":1,\"$lt\":3}}")) {
      QueryOptions q = query("{\"selector\":" + selector + ",\"sort\":[\"t\"]}");
      assertThat(PgMango.split(q.selector()).residual()).as(selector).isEmpty();
      List<ObjectNode> expected = new ArrayList<>();
      for (ObjectNode d : docs) {
        if (MangoMatcher.matches(q.selector(), d)) {
          expected.add(d);
        }
      }
      expected.sort(DocOrder.of(q.sort()));
      assertThat(one.query(db, q)).as(selector).isEqualTo(expected);
    }
    assertThat(one.destroy(db)).isTrue();
  }

  @Test
  void aValueTooLargeForAnIndexIs422AndChangesNothing() {
    String db = "large";
    assertThat(one.create(db)).isTrue();
    IndexSpec byBig = IndexSpec.parse(JsonGate.read("{\"name\":\"by-big\",\"fields\":[\"big\"]}"));
    assertThat(one.index(db, byBig).value()).isEqualTo(IndexOutcome.CREATED);
    // Random letters, so that PostgreSQL's compression of index entries cannot make it fit.
    java.util.Random random = new java.util.Random(42);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      text.append((char) ('a' + random.nextInt(26)));
    }
    ObjectNode large = Json.object().put("_id", "l").put("big", text.toString());
    assertThatThrownBy(() -> one.add(db, "l", large))
        .isInstanceOfSatisfying(
            HyperError.class,
            e -> {
              assertThat(e.status()).isEqualTo(422);
              assertThat(e.msg()).doesNotContain("btree").doesNotContain(SCHEMA);
            });
    assertThat(one.get(db, "l").value()).isEmpty();
    assertThat(one.add(db, "s", doc("{\"_id\":\"s\",\"big\":\"small\"}")))
        .isEqualTo(AddOutcome.ADDED);
    assertThat(one.destroy(db)).isTrue();
  }

  @Test
  void closeReleasesEveryConnection() throws SQLException {
    String name = "data-it-closed-" + SCHEMA;
    PostgresDataStore store = PgTest.store(SCHEMA, name);
    assertThat(store.create("closing")).isTrue();
    assertThat(store.databases()).contains("closing");
    assertThat(connections(name)).isPositive();
    store.close();
    await().atMost(Duration.ofSeconds(30)).until(() -> connections(name) == 0);
    assertThat(one.destroy("closing")).isTrue();
  }

  @Test
  void anUnreachableServerFailsTheStartWithoutThePassword() {
    assertThatThrownBy(
            () ->
                HyperLocal.builder()
                    .services(Service.DATA)
                    .engine(Service.DATA, "postgres://hyper:s3cr3t@127.0.0.1:1/hyper")
                    .start())
        .satisfies(e -> assertThat(String.valueOf(e)).doesNotContain("s3cr3t"));
  }

  private static int connections(String name) throws SQLException {
    try (Connection c = PgTest.connect();
        PreparedStatement count =
            c.prepareStatement(
                "SELECT count(*) FROM pg_stat_activity WHERE application_name = ?")) {
      count.setString(1, "hyper-local " + name);
      try (ResultSet row = count.executeQuery()) {
        row.next();
        return row.getInt(1);
      }
    }
  }

  /** The median time of 15 runs of each query, in microseconds, after 3 to warm up. */
  private static long[] time(String db, List<QueryOptions> queries) {
    long[] medians = new long[queries.size()];
    for (int q = 0; q < queries.size(); q++) {
      long[] runs = new long[15];
      for (int i = -3; i < runs.length; i++) {
        long start = System.nanoTime();
        one.query(db, queries.get(q));
        if (i >= 0) {
          runs[i] = (System.nanoTime() - start) / 1000;
        }
      }
      java.util.Arrays.sort(runs);
      medians[q] = runs[runs.length / 2];
    }
    return medians;
  }

  private static void analyze() throws SQLException {
    try (Connection c = PgTest.connect();
        Statement s = c.createStatement()) {
      s.execute("SET search_path TO " + SCHEMA);
      for (String table : tables(c)) {
        s.execute("ANALYZE " + table);
      }
    }
  }

  private static List<String> tables(Connection c) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Statement s = c.createStatement();
        var rows =
            s.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = '" + SCHEMA + "'")) {
      while (rows.next()) {
        tables.add(rows.getString(1));
      }
    }
    return tables;
  }

  private static IndexSpec byN() {
    return new IndexSpec(
        "by-n", List.of(new io.hyper.local.core.data.SortField("n", false)), Optional.empty());
  }
}
