package io.hyper.local.core.data;

import io.hyper.local.core.Deadline;
import io.hyper.local.core.HyperError;
import io.hyper.local.core.data.mango.MangoMatcher;
import io.hyper.local.core.data.mango.Selector;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * One query's execution in the core: the engine evaluates what it can (a pushdown of the selector,
 * the sort, the paging) and streams the rows here, which applies the rest — the selector's
 * remainder exactly, a sort the engine could not do (a bounded top-K), skip, limit and fields — so
 * every data engine gives the same answers.
 *
 * <p>The engine calls {@link #start} once, before reading, then {@link #offer}s rows in its order
 * while {@link #wantsMore()}; the core reads {@link #result()}. Not thread-safe: one read's.
 */
public final class QueryExecution {
  /** The most documents ({@code skip + limit}) a sort done here may keep. */
  public static final int MAX_CORE_SORT_WINDOW = 10_000;

  private final QueryOptions query;
  private Selector residual;
  private TopK best;
  private boolean started;
  private int skipped;
  private final List<ObjectNode> docs = new ArrayList<>();

  /** An execution of {@code query}. */
  public QueryExecution(QueryOptions query) {
    this.query = Objects.requireNonNull(query, "query");
  }

  /** The query, for the engine to translate. */
  public QueryOptions query() {
    return query;
  }

  /**
   * Says what the engine does of the query, before it reads a row.
   *
   * @param residual the part of the selector the engine does not evaluate (empty: all of it)
   * @param engineSorts true when rows arrive in the query's sort order, then by {@code _id}; false
   *     when they arrive by {@code _id} and the core sorts
   * @return true when the engine must apply skip and limit itself (it evaluates the whole selector
   *     and sorts); false when it must send every selected row
   * @throws HyperError 400 when the core would have to sort more than {@value
   *     #MAX_CORE_SORT_WINDOW} documents
   */
  public boolean start(Optional<Selector> residual, boolean engineSorts) {
    if (started) {
      throw new IllegalStateException("an execution starts once");
    }
    started = true;
    long window = (long) query.skip() + query.limit();
    if (!engineSorts) {
      if (window > MAX_CORE_SORT_WINDOW) {
        throw HyperError.badRequest(
            "a sort on a field name SQLite cannot address (empty, or with a quote, backslash or"
                + " control character) takes skip + limit up to "
                + MAX_CORE_SORT_WINDOW
                + ", was "
                + window);
      }
      best = new TopK(DocOrder.of(query.sort()), (int) window);
    }
    this.residual = residual.orElse(null);
    boolean enginePages = residual.isEmpty() && engineSorts;
    if (enginePages) {
      skipped = query.skip();
    }
    return enginePages;
  }

  /** True while more rows could change the result. */
  public boolean wantsMore() {
    return best != null || docs.size() < query.limit();
  }

  /**
   * Takes the next row in the engine's order.
   *
   * @throws HyperError 503 when {@code deadline} has passed
   */
  public void offer(ObjectNode doc, Deadline deadline) {
    deadline.check();
    if (residual != null && !MangoMatcher.matches(residual, doc, deadline)) {
      return;
    }
    if (best != null) {
      best.offer(doc);
    } else if (skipped < query.skip()) {
      skipped++;
    } else {
      docs.add(doc);
    }
  }

  /** The page, projected to the query's fields. */
  public List<ObjectNode> result() {
    List<ObjectNode> page = docs;
    if (best != null) {
      List<ObjectNode> sorted = best.sorted();
      page = sorted.subList(Math.min(query.skip(), sorted.size()), sorted.size());
    }
    List<ObjectNode> result = page;
    return query.fields().map(fields -> project(result, fields)).orElse(result);
  }

  private static List<ObjectNode> project(List<ObjectNode> docs, List<String> fields) {
    List<ObjectNode> projected = new ArrayList<>(docs.size());
    for (ObjectNode doc : docs) {
      ObjectNode out = doc.objectNode();
      for (String field : fields) {
        if (doc.has(field)) {
          out.set(field, doc.get(field));
        }
      }
      projected.add(out);
    }
    return projected;
  }
}
