package io.hyper.local.postgres.data;

import io.hyper.local.core.Json;
import io.hyper.local.core.data.IndexSpec;
import io.hyper.local.core.data.SortField;
import io.hyper.local.port.DataPort.IndexOutcome;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code _index} as real PostgreSQL indexes on a database's table.
 *
 * <p>Each hyper index becomes a B-tree over the JSONB expressions {@link PgMango} compares ({@code
 * doc -> 'a' -> 'b'}), in the index's field order and directions: equality, and ranges on numbers
 * and booleans, on the leading field use it. Per field (shared by every index of the table) two
 * more: {@code ((doc ->> 'f') COLLATE "C")} for string ranges (JSONB would order strings by the
 * database's collation, hyper orders by bytes), and {@code jsonb_typeof(doc -> 'f')}, which serves
 * the array branch of a condition, so PostgreSQL can answer the OR of both from indexes (a bitmap
 * OR). The DDL is built by the server's {@code format(… %L …)} from bound field names, never by
 * splicing them in. A partial filter is kept in the definition but not made the index's {@code
 * WHERE}: the index covers every document, which changes its size, not its answers. Definitions are
 * kept in {@code data_indexes} to answer a redefinition.
 */
final class PgIndexes {
  private PgIndexes() {}

  /** Creates the index in the caller's transaction, or compares it with the one of that name. */
  static IndexOutcome create(Connection c, String schema, long dbId, String table, IndexSpec spec)
      throws SQLException {
    String definition = definition(spec);
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO "
                + schema
                + ".data_indexes(db, name, definition) VALUES (?, ?, ?)"
                + " ON CONFLICT (db, name) DO NOTHING RETURNING id")) {
      insert.setLong(1, dbId);
      insert.setString(2, spec.name());
      insert.setString(3, definition);
      try (ResultSet row = insert.executeQuery()) {
        if (row.next()) {
          long indexId = row.getLong(1);
          for (PgSql ddl : ddl(schema, table, table + "_ix" + indexId, spec)) {
            execute(c, ddl);
          }
          return IndexOutcome.CREATED;
        }
      }
    }
    try (PreparedStatement find =
        c.prepareStatement(
            "SELECT definition FROM " + schema + ".data_indexes WHERE db = ? AND name = ?")) {
      find.setLong(1, dbId);
      find.setString(2, spec.name());
      try (ResultSet row = find.executeQuery()) {
        row.next();
        return row.getString(1).equals(definition) ? IndexOutcome.UNCHANGED : IndexOutcome.CONFLICT;
      }
    }
  }

  /** The indexes of a database, by name, as they were defined. */
  static List<IndexSpec> of(Connection c, String schema, long dbId) throws SQLException {
    List<IndexSpec> specs = new ArrayList<>();
    try (PreparedStatement find =
        c.prepareStatement(
            "SELECT name, definition FROM "
                + schema
                + ".data_indexes WHERE db = ? ORDER BY name COLLATE \"C\"")) {
      find.setLong(1, dbId);
      try (ResultSet rows = find.executeQuery()) {
        while (rows.next()) {
          ObjectNode body = (ObjectNode) Json.MAPPER.readTree(rows.getString(2));
          body.put("name", rows.getString(1));
          specs.add(IndexSpec.parse(body));
        }
      }
    }
    return specs;
  }

  /**
   * The DDL: {@code SELECT format(template, VARIADIC keys)} fragments, each giving one {@code
   * CREATE INDEX} whose field names the server quotes.
   */
  static List<PgSql> ddl(String schema, String table, String name, IndexSpec spec) {
    List<PgSql> statements = new ArrayList<>();
    List<String> columns = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (SortField field : spec.fields()) {
      List<String> path = field.path().stream().map(PgJson::key).toList();
      columns.add("(" + jsonb(path.size()) + ")" + (field.descending() ? " DESC" : ""));
      keys.addAll(path);
      String hash = hash(path);
      statements.add(
          format(
              "CREATE INDEX IF NOT EXISTS "
                  + table
                  + "_t"
                  + hash
                  + " ON "
                  + schema
                  + "."
                  + table
                  + " ((jsonb_typeof("
                  + jsonb(path.size())
                  + ")))",
              path));
      statements.add(
          format(
              "CREATE INDEX IF NOT EXISTS "
                  + table
                  + "_s"
                  + hash
                  + " ON "
                  + schema
                  + "."
                  + table
                  + " (("
                  + text(path.size())
                  + ") COLLATE \"C\")",
              path));
    }
    statements.add(
        0,
        format(
            "CREATE INDEX "
                + name
                + " ON "
                + schema
                + "."
                + table
                + " ("
                + String.join(", ", columns)
                + ")",
            keys));
    return statements;
  }

  private static PgSql format(String template, List<String> keys) {
    return new PgSql()
        .text("SELECT format(?::text, VARIADIC ?::text[])")
        .param(template)
        .param(keys.toArray(String[]::new));
  }

  /** {@code doc -> %L -> %L}: a field's JSONB, as the queries spell it. */
  private static String jsonb(int keys) {
    return "doc" + " -> %L".repeat(keys);
  }

  /** {@code doc -> %L ->> %L}: a field's text, as the queries spell it. */
  private static String text(int keys) {
    return "doc" + " -> %L".repeat(keys - 1) + " ->> %L";
  }

  private static void execute(Connection c, PgSql format) throws SQLException {
    String ddl;
    try (PreparedStatement statement = format.prepare(c);
        ResultSet row = statement.executeQuery()) {
      row.next();
      ddl = row.getString(1);
    }
    try (Statement s = c.createStatement()) {
      s.execute(ddl);
    }
  }

  private static String hash(List<String> path) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String key : path) {
        sha.update(key.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      return HexFormat.of().formatHex(sha.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** The canonical form two definitions are compared by. */
  private static String definition(IndexSpec spec) {
    ObjectNode def = Json.object();
    ArrayNode fields = def.putArray("fields");
    for (SortField field : spec.fields()) {
      fields.addObject().put(field.field(), field.descending() ? "DESC" : "ASC");
    }
    spec.partialFilter().ifPresent(filter -> def.set("partialFilter", filter));
    return Json.MAPPER.writeValueAsString(def);
  }
}
