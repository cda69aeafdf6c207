package io.hyper.local.postgres.data;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The data store's tables, in the URL's schema: the registry of databases ({@code data_databases},
 * with their {@code _index} definitions in {@code data_indexes}) and one documents table per
 * database, {@code data_<id>}, named by its registry id.
 */
final class PgTables {
  private PgTables() {}

  /** Creates the registry if missing; instances starting at once take turns (an advisory lock). */
  static void registry(Connection c, String schema) throws SQLException {
    try (Statement s = c.createStatement()) {
      // Two instances starting at once would race on CREATE ... IF NOT EXISTS.
      s.execute("SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.data'))");
      s.execute("CREATE SEQUENCE IF NOT EXISTS " + schema + ".data_seq");
      s.execute(
          "CREATE TABLE IF NOT EXISTS "
              + schema
              + ".data_databases(id bigserial PRIMARY KEY, name text COLLATE \"C\" NOT NULL UNIQUE)");
      s.execute(
          "CREATE TABLE IF NOT EXISTS "
              + schema
              + ".data_indexes(id bigserial PRIMARY KEY, db bigint NOT NULL REFERENCES "
              + schema
              + ".data_databases(id) ON DELETE CASCADE, name text COLLATE \"C\" NOT NULL,"
              + " definition text NOT NULL, UNIQUE (db, name))");
    }
  }

  /**
   * Creates the documents table of database {@code id}: the id in byte order, {@code seq} from one
   * sequence for the stored order (indexed, so an unsorted page reads no more than it returns), the
   * document's text and its compared JSONB.
   */
  static void documents(Connection c, String schema, long id) throws SQLException {
    String table = PgCalls.table(id);
    try (Statement ddl = c.createStatement()) {
      ddl.execute(
          "CREATE TABLE "
              + schema
              + "."
              + table
              + "(id text COLLATE \"C\" PRIMARY KEY, seq bigint NOT NULL DEFAULT nextval('"
              + schema
              + ".data_seq'), raw text NOT NULL, doc jsonb NOT NULL)");
      ddl.execute("CREATE UNIQUE INDEX " + table + "_seq ON " + schema + "." + table + "(seq)");
    }
  }

  /** Drops the documents table of database {@code id}, with its indexes. */
  static void drop(Connection c, String schema, long id) throws SQLException {
    try (Statement ddl = c.createStatement()) {
      ddl.execute("DROP TABLE " + schema + "." + PgCalls.table(id));
    }
  }
}
