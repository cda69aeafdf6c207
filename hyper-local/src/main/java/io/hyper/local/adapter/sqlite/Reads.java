package io.hyper.local.adapter.sqlite;

import io.hyper.local.core.Deadline;
import io.hyper.local.core.Json;
import io.hyper.local.core.data.DocOrder;
import io.hyper.local.core.data.ListOptions;
import io.hyper.local.core.data.QueryExecution;
import io.hyper.local.core.data.QueryOptions;
import io.hyper.local.core.data.SortField;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/** The reading side of the SQLite data store: {@code list} and {@code query} as SQL. */
final class Reads {
  private Reads() {}

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
    QueryExecution execution = new QueryExecution(query);
    query(c, table, execution, Deadline.NONE);
    return execution.result();
  }

  /** {@code query} run to its result, for the adapter's own tests. */
  static List<ObjectNode> query(Connection c, String table, QueryOptions query, Deadline deadline)
      throws SQLException {
    QueryExecution execution = new QueryExecution(query);
    query(c, table, execution, deadline);
    return execution.result();
  }

  /**
   * {@code query}: the translatable part of the selector, the sort (when SQLite can spell its
   * paths) and then the paging in SQL; the rows stream to {@code execution} in SQL order, which
   * applies the rest.
   *
   * @throws io.hyper.local.core.HyperError 503 when {@code deadline} passes; 400 from {@link
   *     QueryExecution#start}
   */
  static void query(Connection c, String table, QueryExecution execution, Deadline deadline)
      throws SQLException {
    QueryOptions query = execution.query();
    MangoSql.Split split = MangoSql.split(query.selector());
    Optional<String> order = MangoSql.orderBy(query.sort());
    boolean sqlPaging = execution.start(split.residual(), order.isPresent());
    Sql sql = new Sql().text("SELECT doc FROM " + table + " WHERE ").append(split.where());
    sql.text(
        " ORDER BY " + order.filter(o -> !o.isEmpty()).map(o -> o + ", ").orElse("") + "rowid");
    if (sqlPaging) {
      sql.text(" LIMIT ").param(query.limit()).text(" OFFSET ").param(query.skip());
    }
    try (PreparedStatement statement = prepare(c, sql);
        ResultSet rows = statement.executeQuery()) {
      while (execution.wantsMore() && rows.next()) {
        execution.offer(parse(rows.getString(1)), deadline);
      }
    }
  }

  /** The order {@link MangoSql#orderBy} gives, for sort paths SQLite cannot spell. */
  static Comparator<ObjectNode> comparator(List<SortField> sort) {
    return DocOrder.of(sort);
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
