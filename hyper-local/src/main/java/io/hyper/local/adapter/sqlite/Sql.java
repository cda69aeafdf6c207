package io.hyper.local.adapter.sqlite;

import java.util.ArrayList;
import java.util.List;

/**
 * A piece of SQL with its bound parameters, built by appending. It can also be rendered with the
 * parameters written inline as literals, for the places SQLite allows no parameters ({@code CREATE
 * INDEX … WHERE}).
 */
final class Sql {
  private record Param(Object value) {}

  private final List<Object> parts = new ArrayList<>();
  private boolean subquery;

  /** Appends SQL text. */
  Sql text(String sql) {
    parts.add(sql);
    return this;
  }

  /** Appends a parameter: a {@code String}, {@code Long}, {@code Integer} or {@code Double}. */
  Sql param(Object value) {
    parts.add(new Param(value));
    return this;
  }

  /** Appends another fragment. */
  Sql append(Sql other) {
    parts.addAll(other.parts);
    subquery |= other.subquery;
    return this;
  }

  /** Marks this fragment as containing a subquery. */
  Sql withSubquery() {
    subquery = true;
    return this;
  }

  /** Whether a subquery is inside (not allowed in a partial index's {@code WHERE}). */
  boolean hasSubquery() {
    return subquery;
  }

  /** The SQL with {@code ?} for each parameter. */
  String sql() {
    StringBuilder out = new StringBuilder();
    for (Object part : parts) {
      out.append(part instanceof Param ? "?" : (String) part);
    }
    return out.toString();
  }

  /** The parameters, in order. */
  List<Object> params() {
    List<Object> params = new ArrayList<>();
    for (Object part : parts) {
      if (part instanceof Param p) {
        params.add(p.value());
      }
    }
    return params;
  }

  /** The SQL with every parameter written as a literal. */
  String inlined() {
    StringBuilder out = new StringBuilder();
    for (Object part : parts) {
      out.append(part instanceof Param p ? literal(p.value()) : (String) part);
    }
    return out.toString();
  }

  /** A SQL string literal. */
  static String quote(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  private static String literal(Object value) {
    return value instanceof String s ? quote(s) : String.valueOf(value);
  }
}
