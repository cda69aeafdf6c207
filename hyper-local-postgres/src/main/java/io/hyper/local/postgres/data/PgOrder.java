package io.hyper.local.postgres.data;

import io.hyper.local.core.data.SortField;
import java.util.List;
import java.util.Optional;

/**
 * A query's sort as {@code ORDER BY} terms that give exactly {@link
 * io.hyper.local.core.data.DocOrder}: per field, the JSON type's rank (missing, null, booleans,
 * numbers, strings, arrays, objects), then the value of that type — null, booleans and numbers as
 * JSONB orders them (false before true; numbers exactly, see {@link PgJson}), strings as text under
 * {@code COLLATE "C"}, and arrays and objects by the text of the stored document ({@code raw::json
 * -> 'f'}), since the core compares containers by their JSON text, which JSONB does not keep (it
 * reorders keys). Ties keep the order documents were stored in ({@code seq}). A field name with
 * U+0000 cannot address the stored text (PostgreSQL text cannot hold it), so such a sort is left to
 * the core.
 */
final class PgOrder {
  private PgOrder() {}

  /** The terms, each with its direction, followed by {@code seq}; empty when the core must sort. */
  static Optional<PgSql> orderBy(List<SortField> sort) {
    PgSql sql = new PgSql();
    for (SortField field : sort) {
      if (field.path().stream().anyMatch(key -> key.indexOf('\u0000') >= 0)) {
        return Optional.empty();
      }
      PgTarget.Field target = (PgTarget.Field) PgTarget.field(field.path());
      String dir = field.descending() ? " DESC, " : " ASC, ";
      sql.text("CASE jsonb_typeof(")
          .append(target.value())
          .text(
              ") WHEN 'null' THEN 1 WHEN 'boolean' THEN 2 WHEN 'number' THEN 3"
                  + " WHEN 'string' THEN 4 WHEN 'array' THEN 5 WHEN 'object' THEN 6 ELSE 0 END"
                  + dir);
      sql.text("CASE WHEN jsonb_typeof(")
          .append(target.value())
          .text(") IN ('null', 'boolean', 'number') THEN ")
          .append(target.value())
          .text(" END" + dir);
      sql.text("(CASE WHEN jsonb_typeof(")
          .append(target.value())
          .text(") = 'string' THEN ")
          .append(target.text())
          .text(" END) COLLATE \"C\"" + dir);
      sql.text("(CASE WHEN jsonb_typeof(")
          .append(target.value())
          .text(") IN ('array', 'object') THEN (raw::json");
      for (String key : field.path()) {
        sql.text(" -> ?::text").param(key);
      }
      sql.text(")::text END) COLLATE \"C\"" + dir);
    }
    return Optional.of(sql.text("seq ASC"));
  }
}
