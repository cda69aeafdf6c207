package io.hyper.local.postgres.data;

import io.hyper.local.core.Deadline;
import io.hyper.local.core.data.QueryExecution;
import io.hyper.local.core.data.QueryOptions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.postgresql.PGStatement;

/** {@code query} as SQL: the translated selector, the sort and, when both are whole, the paging. */
final class PgReads {
  private PgReads() {}

  /**
   * Runs {@code execution}: the translatable part of the selector and the sort (unless {@link
   * PgOrder} leaves it to the core) in SQL, and then {@code LIMIT/OFFSET} when nothing is left for
   * the core; the rows stream to the execution in SQL order, which applies the rest.
   */
  static void query(
      Connection c, String table, QueryExecution execution, Deadline deadline, int fetchSize)
      throws SQLException {
    QueryOptions query = execution.query();
    PgMango.Split split = PgMango.split(query.selector());
    Optional<PgSql> order = PgOrder.orderBy(query.sort());
    boolean sqlPaging = execution.start(split.residual(), order.isPresent());
    PgSql sql = select(table, split, order);
    if (sqlPaging) {
      sql.text(" LIMIT ?").param(query.limit()).text(" OFFSET ?").param(query.skip());
    }
    try (PreparedStatement statement = prepare(c, sql)) {
      statement.setFetchSize(fetchSize);
      try (ResultSet rows = statement.executeQuery()) {
        while (execution.wantsMore() && rows.next()) {
          execution.offer(PostgresDataStore.parse(rows.getString(1)), deadline);
        }
      }
    }
  }

  /** {@code EXPLAIN} of the statement {@link #query} runs for {@code query}, line by line. */
  static List<String> explain(Connection c, String table, QueryOptions query) throws SQLException {
    PgMango.Split split = PgMango.split(query.selector());
    Optional<PgSql> order = PgOrder.orderBy(query.sort());
    PgSql sql = new PgSql().text("EXPLAIN ").append(select(table, split, order));
    if (split.residual().isEmpty() && order.isPresent()) {
      sql.text(" LIMIT ?").param(query.limit()).text(" OFFSET ?").param(query.skip());
    }
    List<String> plan = new ArrayList<>();
    try (PreparedStatement statement = prepare(c, sql);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        plan.add(rows.getString(1));
      }
    }
    return plan;
  }

  private static PgSql select(String table, PgMango.Split split, Optional<PgSql> order) {
    return new PgSql()
        .text("SELECT raw FROM " + table + " WHERE ")
        .append(split.where())
        .text(" ORDER BY ")
        .append(order.orElseGet(() -> new PgSql().text("seq ASC")));
  }

  /**
   * Prepares as an unnamed statement every time: PostgreSQL then plans with the bound field names
   * folded in, which is what lets an expression index on {@code doc -> 'a'} match {@code doc ->
   * $1}; a reused generic plan could not.
   */
  private static PreparedStatement prepare(Connection c, PgSql sql) throws SQLException {
    PreparedStatement statement = sql.prepare(c);
    statement.unwrap(PGStatement.class).setPrepareThreshold(0);
    return statement;
  }
}
