package io.hyper.local.adapter.sqlite;

import io.hyper.local.core.Deadline;
import io.hyper.local.core.HyperError;
import io.hyper.local.core.Json;
import io.hyper.local.core.data.ListOptions;
import io.hyper.local.core.data.QueryOptions;
import io.hyper.local.core.data.SortField;
import io.hyper.local.core.data.mango.JsonValues;
import io.hyper.local.core.data.mango.MangoMatcher;
import io.hyper.local.core.data.mango.Selector;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The reading side of the SQLite data store: {@code list} and {@code query} as SQL. */
final class Reads {
  private Reads() {}

  /**
   * The most documents ({@code skip + limit}) a query may ask for when its sort is done in Java
   * (sort fields SQLite's JSON paths cannot spell): they are kept in a bounded heap while the
   * matching rows stream past, so memory is this many documents, never the table.
   */
  static final int MAX_JAVA_SORT_WINDOW = 10_000;

  /** {@code list}: bounds and keys on the id column, ordered by id. */
  static List<ObjectNode> list(Connection c, String table, ListOptions options)
      throws SQLException {
    return list(c, table, options, Deadline.NONE);
  }

  /** {@code list}, stopping with a 503 when {@code deadline} passes. */
  static List<ObjectNode> list(Connection c, String table, ListOptions options, Deadline deadline)
      throws SQLException {
    Sql sql = new Sql().text("SELECT doc FROM " + table + " WHERE 1");
    options.startkey().ifPresent(k -> sql.text(" AND id >= ").param(k));
    options.endkey().ifPresent(k -> sql.text(" AND id <= ").param(k));
    options
        .keys()
        .ifPresent(
            keys ->
                sql.text(" AND id IN (SELECT value FROM json_each(")
                    .param(Json.MAPPER.writeValueAsString(keys))
                    .text("))"));
    sql.text(" ORDER BY id" + (options.descending() ? " DESC" : " ASC"));
    options.limit().ifPresent(limit -> sql.text(" LIMIT ").param(limit));
    List<ObjectNode> docs = new ArrayList<>();
    try (PreparedStatement statement = prepare(c, sql);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        deadline.check();
        docs.add(parse(rows.getString(1)));
      }
    }
    return docs;
  }

  /** {@code query} with no deadline. */
  static List<ObjectNode> query(Connection c, String table, QueryOptions query)
      throws SQLException {
    return query(c, table, query, Deadline.NONE);
  }

  /**
   * {@code query}: the translatable part of the selector, the sort and the paging in SQL; the rest
   * of the selector (if any) checked in Java while reading the rows in SQL order. A sort SQLite
   * cannot do keeps the best {@code skip + limit} rows in a heap as they stream past.
   *
   * @throws io.hyper.local.core.HyperError 503 when {@code deadline} passes; 400 when a Java sort
   *     is asked for more than {@link #MAX_JAVA_SORT_WINDOW} documents
   */
  static List<ObjectNode> query(Connection c, String table, QueryOptions query, Deadline deadline)
      throws SQLException {
    MangoSql.Split split = MangoSql.split(query.selector());
    Optional<String> order = MangoSql.orderBy(query.sort());
    boolean javaSort = order.isEmpty();
    long window = (long) query.skip() + query.limit();
    if (javaSort && window > MAX_JAVA_SORT_WINDOW) {
      throw HyperError.badRequest(
          "a sort on a field name SQLite cannot address (empty, or with a quote, backslash or"
              + " control character) takes skip + limit up to "
              + MAX_JAVA_SORT_WINDOW
              + ", was "
              + window);
    }
    boolean sqlPaging = split.residual().isEmpty() && !javaSort;
    Sql sql = new Sql().text("SELECT doc FROM " + table + " WHERE ").append(split.where());
    sql.text(
        " ORDER BY " + order.filter(o -> !o.isEmpty()).map(o -> o + ", ").orElse("") + "rowid");
    if (sqlPaging) {
      sql.text(" LIMIT ").param(query.limit()).text(" OFFSET ").param(query.skip());
    }
    Selector residual = split.residual().orElse(null);
    TopK best = javaSort ? new TopK(comparator(query.sort()), (int) window) : null;
    List<ObjectNode> docs = new ArrayList<>();
    int skipped = sqlPaging ? query.skip() : 0;
    try (PreparedStatement statement = prepare(c, sql);
        ResultSet rows = statement.executeQuery()) {
      while ((javaSort || docs.size() < query.limit()) && rows.next()) {
        deadline.check();
        ObjectNode doc = parse(rows.getString(1));
        if (residual != null && !MangoMatcher.matches(residual, doc, deadline)) {
          continue;
        }
        if (javaSort) {
          best.offer(doc);
        } else if (skipped < query.skip()) {
          skipped++;
        } else {
          docs.add(doc);
        }
      }
    }
    if (javaSort) {
      List<ObjectNode> sorted = best.sorted();
      docs = sorted.subList(Math.min(query.skip(), sorted.size()), sorted.size());
    }
    List<ObjectNode> page = docs;
    return query.fields().map(fields -> project(page, fields)).orElse(page);
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

  /** The order {@link MangoSql#orderBy} gives, for sort paths SQLite cannot spell. */
  static Comparator<ObjectNode> comparator(List<SortField> sort) {
    Comparator<ObjectNode> order = (a, b) -> 0;
    for (SortField field : sort) {
      Comparator<ObjectNode> one =
          (a, b) ->
              collate(MangoMatcher.resolve(a, field.path()), MangoMatcher.resolve(b, field.path()));
      order = order.thenComparing(field.descending() ? one.reversed() : one);
    }
    return order;
  }

  private static int collate(JsonNode a, JsonNode b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : -1) : 1;
    }
    int byKind = JsonValues.kind(a).compareTo(JsonValues.kind(b));
    if (byKind != 0) {
      return byKind;
    }
    if (a.isBoolean()) {
      return Boolean.compare(a.booleanValue(), b.booleanValue());
    }
    return a.isContainer()
        ? JsonValues.compareCodePoints(a.toString(), b.toString())
        : JsonValues.compareScalars(a, b);
  }

  /** Prepares {@code sql} and binds its parameters. */
  static PreparedStatement prepare(Connection c, Sql sql) throws SQLException {
    PreparedStatement statement = c.prepareStatement(sql.sql());
    try {
      List<Object> params = sql.params();
      for (int i = 0; i < params.size(); i++) {
        statement.setObject(i + 1, params.get(i));
      }
      return statement;
    } catch (SQLException e) {
      statement.close();
      throw e;
    }
  }

  /** A stored document. */
  static ObjectNode parse(String json) {
    return (ObjectNode) Json.MAPPER.readTree(json);
  }

  /** SQLite's {@code EXPLAIN QUERY PLAN} of the statement {@link #query} would run. */
  static List<String> explain(Connection c, String table, QueryOptions query) throws SQLException {
    MangoSql.Split split = MangoSql.split(query.selector());
    Sql sql =
        new Sql()
            .text("EXPLAIN QUERY PLAN SELECT doc FROM " + table + " WHERE ")
            .append(split.where());
    List<String> plan = new ArrayList<>();
    try (PreparedStatement statement = prepare(c, sql);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        plan.add(rows.getString("detail"));
      }
    }
    return plan;
  }
}
