package io.hyper.local.postgres.data;

import java.util.List;

/**
 * Where a translated condition reads its value: a document field ({@code doc -> 'a' -> 'b'}, the
 * expression {@code _index} indexes) or an element of an array being searched. Field names are
 * bound as parameters.
 */
sealed interface PgTarget {
  /** The value as JSONB; SQL {@code NULL} when the field is missing. */
  PgSql value();

  /** A string value's text under byte order ({@code COLLATE "C"}). */
  PgSql text();

  /** A document field at {@code path} (keys as the document spells them). */
  static PgTarget field(List<String> path) {
    return field("doc", path);
  }

  /** A field at {@code path} inside the JSONB {@code base} ({@code doc}, or an element). */
  static PgTarget field(String base, List<String> path) {
    return new Field(base, path.stream().map(PgJson::key).toList());
  }

  /** The JSONB of a field: {@code (doc -> ?::text -> ?::text)}. */
  record Field(String base, List<String> keys) implements PgTarget {
    @Override
    public PgSql value() {
      PgSql sql = new PgSql().text("(" + base);
      for (String key : keys) {
        sql.text(" -> ?::text").param(key);
      }
      return sql.text(")");
    }

    @Override
    public PgSql text() {
      PgSql sql = new PgSql().text("((" + base);
      for (int i = 0; i < keys.size(); i++) {
        sql.text(i == keys.size() - 1 ? " ->> ?::text" : " -> ?::text").param(keys.get(i));
      }
      return sql.text(") COLLATE \"C\")");
    }
  }

  /** An element {@code alias.x} of a {@code jsonb_array_elements(…) AS alias(x)}. */
  record Element(String alias) implements PgTarget {
    @Override
    public PgSql value() {
      return new PgSql().text(alias + ".x");
    }

    @Override
    public PgSql text() {
      return new PgSql().text("((" + alias + ".x #>> '{}') COLLATE \"C\")");
    }
  }
}
