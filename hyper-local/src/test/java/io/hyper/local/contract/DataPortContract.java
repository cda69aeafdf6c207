package io.hyper.local.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.local.core.JsonGate;
import io.hyper.local.core.data.BulkOp;
import io.hyper.local.core.data.DocOrder;
import io.hyper.local.core.data.IndexSpec;
import io.hyper.local.core.data.ListOptions;
import io.hyper.local.core.data.QueryExecution;
import io.hyper.local.core.data.QueryOptions;
import io.hyper.local.core.data.SortField;
import io.hyper.local.core.data.mango.MangoMatcher;
import io.hyper.local.core.data.mango.MangoParser;
import io.hyper.local.core.data.mango.Selector;
import io.hyper.local.port.AddOutcome;
import io.hyper.local.port.DataPort;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;
import tools.jackson.databind.node.ObjectNode;

/**
 * What every {@link DataPort} does. Its heart is a property: whatever the engine pushes down, the
 * page a query gives through the core's {@link QueryExecution} is the one the core's own evaluator
 * gives — matched by {@link MangoMatcher}, sorted by {@link DocOrder} (ties and unsorted queries in
 * the order documents were stored), skipped and limited — on random documents of mixed types and
 * random selectors over the whole operator set ({@link MangoValues}). Subclasses say how to open
 * the engine; one engine serves the whole suite, a fresh database per try.
 */
public abstract class DataPortContract {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static DataPort shared;
  private static Class<?> sharedFor;

  /** Opens an empty engine of the adapter under test. */
  protected abstract DataPort open();

  private DataPort port() {
    synchronized (DataPortContract.class) {
      if (shared == null || sharedFor != getClass()) {
        closeShared();
        shared = open();
        sharedFor = getClass();
      }
      return shared;
    }
  }

  @AfterContainer
  static void closeShared() {
    synchronized (DataPortContract.class) {
      if (shared != null) {
        shared.close();
        shared = null;
      }
    }
  }

  private String load(List<ObjectNode> docs) {
    String db = "contract-" + DATABASES.incrementAndGet();
    assertThat(port().create(db)).isTrue();
    for (ObjectNode doc : docs) {
      assertThat(port().add(db, doc.get("_id").stringValue(), doc.deepCopy()))
          .isEqualTo(AddOutcome.ADDED);
    }
    return db;
  }

  private List<String> run(String db, QueryOptions query) {
    QueryExecution execution = new QueryExecution(query);
    assertThat(port().query(db, execution)).isTrue();
    return execution.result().stream().map(d -> d.get("_id").stringValue()).toList();
  }

  @Property(tries = 400)
  void aQueryGivesThePageTheCoreEvaluatorGives(
      @ForAll("documents") List<ObjectNode> docs,
      @ForAll("selectors") ObjectNode json,
      @ForAll("sorts") List<SortField> sort,
      @ForAll @IntRange(min = 0, max = 3) int skip,
      @ForAll @IntRange(min = 0, max = 20) int limit) {
    docs.forEach(JsonGate::check);
    JsonGate.check(json);
    Selector selector = MangoParser.parse(json);
    List<ObjectNode> matching = new ArrayList<>();
    for (ObjectNode doc : docs) {
      if (MangoMatcher.matches(selector, doc)) {
        matching.add(doc);
      }
    }
    matching.sort(DocOrder.of(sort)); // stable: ties stay in the order stored
    List<String> expected =
        matching.stream().skip(skip).limit(limit).map(d -> d.get("_id").stringValue()).toList();
    Statistics.label("matches")
        .collect(matching.isEmpty() ? "none" : matching.size() == docs.size() ? "all" : "some");
    // "some" runs near 20% with these generators and dipped to 13.75% on one seed: 8% still
    // proves the property is not decided by all-or-nothing selectors, without flaking.
    Statistics.label("matches").coverage(c -> c.check("some").percentage(p -> p > 8));
    String db = load(docs);
    try {
      List<String> page = run(db, new QueryOptions(selector, Optional.empty(), sort, limit, skip));
      assertThat(page)
          .as("query %s sort %s skip %d limit %d", json, sort, skip, limit)
          .isEqualTo(expected);
    } finally {
      port().destroy(db);
    }
  }

  @Property(tries = 20)
  void documentsRoundTripExactly(@ForAll("documents") List<ObjectNode> docs) {
    docs.forEach(JsonGate::check);
    String db = load(docs);
    try {
      for (ObjectNode doc : docs) {
        assertThat(port().get(db, doc.get("_id").stringValue()).value()).contains(doc);
      }
      List<ObjectNode> listed = port().list(db, ListOptions.all()).value();
      assertThat(listed).hasSize(docs.size());
    } finally {
      port().destroy(db);
    }
  }

  @Property(tries = 1)
  void writesReportTheirOutcomes() {
    String db = load(List.of());
    try {
      assertThat(port().create(db)).isFalse();
      ObjectNode doc = MangoValues.F.objectNode().put("_id", "a").put("n", 1);
      assertThat(port().add(db, "a", doc.deepCopy())).isEqualTo(AddOutcome.ADDED);
      assertThat(port().add(db, "a", doc.deepCopy())).isEqualTo(AddOutcome.KEY_EXISTS);
      assertThat(port().put(db, "a", doc.deepCopy().put("n", 2))).isTrue();
      assertThat(port().get(db, "a").value().orElseThrow().get("n").intValue()).isEqualTo(2);
      assertThat(port().remove(db, "a").value()).isTrue();
      assertThat(port().remove(db, "a").value()).isFalse();
      assertThat(port().get(db, "a").value()).isEmpty();
      IndexSpec byN = new IndexSpec("by-n", List.of(new SortField("n", false)), Optional.empty());
      assertThat(port().index(db, byN).value()).isEqualTo(DataPort.IndexOutcome.CREATED);
      assertThat(port().index(db, byN).value()).isEqualTo(DataPort.IndexOutcome.UNCHANGED);
      assertThat(port().bulk(db, List.of(new BulkOp("b", false, doc.deepCopy().put("_id", "b")))))
          .isTrue();
      assertThat(port().get(db, "b").value()).isPresent();
      assertThat(port().count(db).value()).isEqualTo(1);
      assertThat(port().indexes(db).value()).extracting(IndexSpec::name).contains("by-n");
    } finally {
      assertThat(port().destroy(db)).isTrue();
      assertThat(port().destroy(db)).isFalse();
    }
  }

  @Property(tries = 1)
  void everyCallOnAMissingDatabaseSaysSoAndChangesNothing() {
    String db = "contract-missing-" + DATABASES.incrementAndGet();
    ObjectNode doc = MangoValues.F.objectNode().put("_id", "a");
    IndexSpec byN = new IndexSpec("by-n", List.of(new SortField("n", false)), Optional.empty());
    assertThat(port().add(db, "a", doc.deepCopy())).isEqualTo(AddOutcome.NO_CONTAINER);
    assertThat(port().get(db, "a").isMissing()).isTrue();
    assertThat(port().put(db, "a", doc.deepCopy())).isFalse();
    assertThat(port().remove(db, "a").isMissing()).isTrue();
    assertThat(port().list(db, ListOptions.all()).isMissing()).isTrue();
    QueryOptions all =
        new QueryOptions(
            MangoParser.parse(MangoValues.F.objectNode()), Optional.empty(), List.of(), 10, 0);
    assertThat(port().query(db, new QueryExecution(all))).isFalse();
    assertThat(port().index(db, byN).isMissing()).isTrue();
    assertThat(port().bulk(db, List.of(new BulkOp("a", false, doc.deepCopy())))).isFalse();
    assertThat(port().count(db).isMissing()).isTrue();
    assertThat(port().indexes(db).isMissing()).isTrue();
    assertThat(port().destroy(db)).isFalse();
    assertThat(port().databases()).doesNotContain(db);
  }

  @Provide
  Arbitrary<List<ObjectNode>> documents() {
    return MangoValues.documents();
  }

  @Provide
  Arbitrary<ObjectNode> selectors() {
    return MangoValues.selector(3);
  }

  @Provide
  Arbitrary<List<SortField>> sorts() {
    return Combinators.combine(Arbitraries.of(MangoValues.PATHS), Arbitraries.of(true, false))
        .as(SortField::new)
        .list()
        .ofMaxSize(2);
  }
}
