package io.hyper.local.postgres.data;

import io.hyper.local.core.Deadline;
import io.hyper.local.port.Scoped;
import io.hyper.local.postgres.PgPool;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * How the data store talks to PostgreSQL: every call one transaction on a pooled connection, the
 * database found in the registry at the start of it (nothing cached), failures turned into hyper's
 * answers by {@link PgFaults}. Writes lock the database's registry row; reads run read-only under
 * {@code statement_timeout} = what is left of their budget, and a dropped table met on the way is
 * "missing".
 */
final class PgCalls {
  private final PgPool pool;
  private final String schema;
  private final Duration readBudget;

  /** Calls on {@code pool}, whose registry lives in the (quoted) {@code schema}. */
  PgCalls(PgPool pool, String schema, Duration readBudget) {
    this.pool = pool;
    this.schema = schema;
    this.readBudget = readBudget;
  }

  /** The table of the database with registry id {@code id}, without its schema. */
  static String table(long id) {
    return "data_" + id;
  }

  /** Work in a transaction. */
  interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  /** Work on the (schema-qualified) table of a database. */
  interface TableWrite<T> {
    T run(Connection c, String table) throws SQLException;
  }

  /** Work on the table of a database within a read's deadline. */
  interface TableRead<T> {
    T run(Connection c, String table, Deadline deadline) throws SQLException;
  }

  <T> T write(String doing, Work<T> work) {
    try (Connection c = pool.dataSource().getConnection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        rollback(c);
        throw e;
      }
    } catch (SQLException e) {
      throw PgFaults.of(doing, e);
    }
  }

  /** A write on the table of {@code db}, with its registry row locked {@code FOR <lock>}. */
  <T> Scoped<T> scopedWrite(String doing, String db, String lock, TableWrite<T> work) {
    return write(
        doing,
        c -> {
          OptionalLong id;
          try (PreparedStatement find =
              c.prepareStatement(
                  "SELECT id FROM " + schema + ".data_databases WHERE name = ? FOR " + lock)) {
            find.setString(1, db);
            try (ResultSet row = find.executeQuery()) {
              id = row.next() ? OptionalLong.of(row.getLong(1)) : OptionalLong.empty();
            }
          }
          if (id.isEmpty()) {
            return Scoped.missing();
          }
          return Scoped.of(work.run(c, schema + "." + table(id.getAsLong())));
        });
  }

  /** A read in a read-only transaction under {@code statement_timeout} = what is left of budget. */
  <T> Scoped<T> read(String doing, String db, TableRead<T> work) {
    Deadline deadline = Deadline.after(readBudget, doing);
    try (Connection c = pool.dataSource().getConnection()) {
      c.setAutoCommit(false);
      c.setReadOnly(true);
      try {
        OptionalLong id;
        try (PreparedStatement find =
            c.prepareStatement(
                "SELECT set_config('statement_timeout', ?, true), id FROM "
                    + schema
                    + ".data_databases WHERE name = ?")) {
          find.setString(1, Math.max(1, deadline.remaining().toMillis()) + "ms");
          find.setString(2, db);
          try (ResultSet row = find.executeQuery()) {
            id = row.next() ? OptionalLong.of(row.getLong(2)) : OptionalLong.empty();
          }
        }
        if (id.isEmpty()) {
          c.commit();
          return Scoped.missing();
        }
        T result = work.run(c, schema + "." + table(id.getAsLong()), deadline);
        c.commit();
        return Scoped.of(result);
      } catch (SQLException | RuntimeException e) {
        rollback(c);
        throw e;
      }
    } catch (SQLException e) {
      if (PgFaults.undefinedTable(e)) {
        return Scoped.missing();
      }
      if (PgFaults.cancelled(e)) {
        throw deadline.exceeded();
      }
      throw PgFaults.of(doing, e);
    }
  }

  <T> T readPlain(String doing, Work<T> work) {
    try (Connection c = pool.dataSource().getConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw PgFaults.of(doing, e);
    }
  }

  private static void rollback(Connection c) {
    try {
      c.rollback();
    } catch (SQLException ignored) {
      // the connection is broken; the pool discards it, and the server rolls back
    }
  }
}
