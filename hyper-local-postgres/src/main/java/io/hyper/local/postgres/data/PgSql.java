package io.hyper.local.postgres.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * A piece of SQL with its bound parameters, built by appending. Every value and every field name
 * from a request is a parameter; the text holds only this package's own SQL.
 */
final class PgSql {
  private record Param(Object value) {}

  private final List<Object> parts = new ArrayList<>();
  private int params;

  /** Appends SQL text. */
  PgSql text(String sql) {
    parts.add(sql);
    return this;
  }

  /**
   * Binds the next {@code ?} of the text appended so far to a parameter: a {@code String} (bound
   * untyped, so that the SQL's cast, {@code ?::text} or {@code ?::jsonb}, gives its type), an
   * {@code Integer} or {@code Long}, or a {@code String[]} (a {@code text[]}).
   */
  PgSql param(Object value) {
    parts.add(new Param(value));
    params++;
    return this;
  }

  /** Appends another fragment. */
  PgSql append(PgSql other) {
    parts.addAll(other.parts);
    params += other.params;
    return this;
  }

  /** How many parameters are bound. */
  int paramCount() {
    return params;
  }

  /** The SQL; its text holds a {@code ?} where each parameter goes. */
  String sql() {
    StringBuilder out = new StringBuilder();
    for (Object part : parts) {
      if (part instanceof String text) {
        out.append(text);
      }
    }
    return out.toString();
  }

  /** Prepares the statement on {@code c} and binds every parameter. */
  PreparedStatement prepare(Connection c) throws SQLException {
    PreparedStatement statement = c.prepareStatement(sql());
    try {
      int i = 1;
      for (Object part : parts) {
        if (part instanceof Param p) {
          bind(c, statement, i++, p.value());
        }
      }
      return statement;
    } catch (SQLException | RuntimeException e) {
      statement.close();
      throw e;
    }
  }

  private static void bind(Connection c, PreparedStatement statement, int i, Object value)
      throws SQLException {
    if (value instanceof String s) {
      statement.setObject(i, s, Types.OTHER);
    } else if (value instanceof Integer n) {
      statement.setInt(i, n);
    } else if (value instanceof Long n) {
      statement.setLong(i, n);
    } else if (value instanceof String[] texts) {
      statement.setArray(i, c.createArrayOf("text", texts));
    } else {
      throw new IllegalArgumentException("not a parameter type: " + value.getClass());
    }
  }
}
