package io.hyper.local.adapter.sqlite;

import io.hyper.local.core.Json;
import io.hyper.local.core.data.IndexSpec;
import io.hyper.local.core.data.SortField;
import io.hyper.local.port.DataPort.IndexOutcome;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code _index} as real SQLite indexes.
 *
 * <p>Each hyper index becomes a value index over {@code json_extract(doc,'$.f')} of its fields, in
 * order and direction (the expression {@link MangoSql} compares with, so equality and range queries
 * on the leading field use it), plus one {@code json_type(doc,'$.f')} index per field (shared by
 * the indexes of a table), which serves the array branch of a comparison. A partial filter becomes
 * the value index's {@code WHERE} when it translates to SQL without a subquery (SQLite allows none
 * there); otherwise the index covers every document, which changes nothing but its size.
 * Definitions are kept in {@code hyper_indexes} to answer a redefinition.
 */
final class Indexes {
  private Indexes() {}

  /** Creates the index in the write transaction, or compares it with the one of that name. */
  static IndexOutcome create(Connection c, long dbId, String table, IndexSpec spec)
      throws SQLException {
    String definition = definition(spec);
    try (PreparedStatement find =
        c.prepareStatement("SELECT definition FROM hyper_indexes WHERE db_id = ? AND name = ?")) {
      find.setLong(1, dbId);
      find.setString(2, spec.name());
      try (ResultSet row = find.executeQuery()) {
        if (row.next()) {
          return row.getString(1).equals(definition)
              ? IndexOutcome.UNCHANGED
              : IndexOutcome.CONFLICT;
        }
      }
    }
    long indexId;
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO hyper_indexes(db_id, name, definition) VALUES (?, ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      insert.setLong(1, dbId);
      insert.setString(2, spec.name());
      insert.setString(3, definition);
      insert.executeUpdate();
      try (ResultSet key = insert.getGeneratedKeys()) {
        key.next();
        indexId = key.getLong(1);
      }
    }
    try (Statement ddl = c.createStatement()) {
      for (String sql : ddl(table + "_ix" + indexId, table, spec)) {
        ddl.execute(sql);
      }
    }
    return IndexOutcome.CREATED;
  }

  /** The indexes of a database, by name, as they were defined. */
  static List<IndexSpec> of(Connection c, long dbId) throws SQLException {
    List<IndexSpec> specs = new ArrayList<>();
    try (PreparedStatement find =
        c.prepareStatement(
            "SELECT name, definition FROM hyper_indexes WHERE db_id = ? ORDER BY name")) {
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

  /** The {@code CREATE INDEX} statements; none when a field path cannot be spelled in SQL. */
  static List<String> ddl(String name, String table, IndexSpec spec) {
    List<String> columns = new ArrayList<>();
    List<String> statements = new ArrayList<>();
    for (SortField field : spec.fields()) {
      String path = MangoSql.jsonPath(field.path());
      if (path == null) {
        return List.of();
      }
      columns.add("json_extract(doc," + path + ")" + (field.descending() ? " DESC" : ""));
      statements.add(
          "CREATE INDEX IF NOT EXISTS "
              + table
              + "_type_"
              + HexFormat.of().formatHex(path.getBytes(StandardCharsets.UTF_8))
              + " ON "
              + table
              + "(json_type(doc,"
              + path
              + "))");
    }
    Optional<String> where =
        spec.partialSelector()
            .flatMap(MangoSql::translate)
            .filter(sql -> !sql.hasSubquery())
            .map(sql -> " WHERE " + sql.inlined());
    statements.add(
        0,
        "CREATE INDEX "
            + name
            + " ON "
            + table
            + "("
            + String.join(", ", columns)
            + ")"
            + where.orElse(""));
    return statements;
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
