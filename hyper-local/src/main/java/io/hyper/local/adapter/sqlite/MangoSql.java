package io.hyper.local.adapter.sqlite;

import io.hyper.local.core.Json;
import io.hyper.local.core.data.SortField;
import io.hyper.local.core.data.mango.Condition;
import io.hyper.local.core.data.mango.JsonValues;
import io.hyper.local.core.data.mango.MangoMatcher;
import io.hyper.local.core.data.mango.Selector;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Translates Mango selectors into SQL over SQLite's JSON functions, with exactly the semantics of
 * {@link MangoMatcher}.
 *
 * <p>The shapes are chosen so that SQLite can use the indexes {@code _index} creates: a field is
 * read as {@code json_extract(doc,'$.f')} (the expression of the value index) and typed as {@code
 * json_type(doc,'$.f')} (the expression of the type index). A comparison is {@code
 * json_extract(doc,'$.f') > ?} plus a type guard written {@code +json_type(...)}, where the unary
 * {@code +} keeps the planner from preferring the less selective type index; the array branch
 * ({@code json_type(...) = 'array' AND EXISTS (… json_each …)}) uses the type index, so SQLite can
 * answer the OR of both from indexes. Values of another JSON type never match. Negations wrap their
 * operand in {@code COALESCE(…, 0)} so that SQL's NULL (a missing field) counts as false.
 *
 * <p>{@code $regex}, {@code $elemMatch}, equality with arrays or objects, and paths SQLite's JSON
 * path syntax cannot spell are not translated; the caller evaluates them in Java.
 */
final class MangoSql {
  private static final Pattern SIMPLE_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /** Where a value is read from: a document field, or an element of a {@code json_each}. */
  private record Target(String type, String value, String each, String length) {}

  /**
   * A selector split into the SQL that filters and what is left for Java.
   *
   * @param where the translated conjuncts ({@code 1} when none)
   * @param residual the conjuncts that must be checked in Java, if any
   */
  record Split(Sql where, Optional<Selector> residual) {}

  private int aliases;

  private MangoSql() {}

  /** The whole selector as SQL, or empty when some part cannot be translated. */
  static Optional<Sql> translate(Selector selector) {
    return Optional.ofNullable(new MangoSql().selector(selector));
  }

  /** Translates every top-level conjunct that can be, and leaves the rest to Java. */
  static Split split(Selector selector) {
    List<Selector> conjuncts =
        selector instanceof Selector.And and ? and.parts() : List.of(selector);
    MangoSql translator = new MangoSql();
    List<Sql> translated = new ArrayList<>();
    List<Selector> rest = new ArrayList<>();
    for (Selector conjunct : conjuncts) {
      Sql sql = translator.selector(conjunct);
      if (sql == null) {
        rest.add(conjunct);
      } else {
        translated.add(sql);
      }
    }
    Optional<Selector> residual =
        rest.isEmpty()
            ? Optional.empty()
            : Optional.of(rest.size() == 1 ? rest.get(0) : new Selector.And(rest));
    return new Split(join(translated, " AND ", "1"), residual);
  }

  /**
   * {@code ORDER BY} terms for a sort: JSON type rank first (missing, null, false, true, numbers,
   * strings, arrays, objects), then the value; empty when a path cannot be spelled.
   */
  static Optional<String> orderBy(List<SortField> sort) {
    List<String> terms = new ArrayList<>();
    for (SortField field : sort) {
      String path = jsonPath(field.path());
      if (path == null) {
        return Optional.empty();
      }
      String dir = field.descending() ? " DESC" : " ASC";
      terms.add(
          "CASE json_type(doc,"
              + path
              + ") WHEN 'null' THEN 1 WHEN 'false' THEN 2 WHEN 'true' THEN 3"
              + " WHEN 'integer' THEN 4 WHEN 'real' THEN 4 WHEN 'text' THEN 5"
              + " WHEN 'array' THEN 6 WHEN 'object' THEN 7 ELSE 0 END"
              + dir);
      terms.add("json_extract(doc," + path + ")" + dir);
    }
    return Optional.of(String.join(", ", terms));
  }

  /**
   * A SQLite JSON path as a SQL string literal ({@code '$.a."b c"'}), or {@code null} when a key
   * cannot be spelled in SQLite's path syntax (empty, or containing a quote or backslash).
   */
  static String jsonPath(List<String> path) {
    StringBuilder out = new StringBuilder("$");
    for (String key : path) {
      if (SIMPLE_KEY.matcher(key).matches()) {
        out.append('.').append(key);
      } else if (key.isEmpty() || key.chars().anyMatch(c -> c == '"' || c == '\\' || c < 0x20)) {
        return null;
      } else {
        out.append(".\"").append(key).append('"');
      }
    }
    return Sql.quote(out.toString());
  }

  private Sql selector(Selector selector) {
    if (selector instanceof Selector.And and) {
      return all(and.parts(), this::selector, " AND ", "1");
    } else if (selector instanceof Selector.Or or) {
      return all(or.parts(), this::selector, " OR ", "0");
    } else if (selector instanceof Selector.Nor nor) {
      return not(all(nor.parts(), this::selector, " OR ", "0"));
    } else if (selector instanceof Selector.Not not) {
      return not(selector(not.inner()));
    }
    Selector.Field field = (Selector.Field) selector;
    String path = jsonPath(field.path());
    if (path == null) {
      return null;
    }
    Target target =
        new Target(
            "json_type(doc," + path + ")",
            "json_extract(doc," + path + ")",
            "json_each(doc," + path + ")",
            "json_array_length(doc," + path + ")");
    return condition(target, field.condition());
  }

  private Sql condition(Target t, Condition condition) {
    if (condition instanceof Condition.Not not) {
      return not(condition(t, not.inner()));
    } else if (condition instanceof Condition.AllOf allOf) {
      return all(allOf.parts(), c -> condition(t, c), " AND ", "1");
    } else if (condition instanceof Condition.Exists exists) {
      return new Sql().text(t.type() + (exists.present() ? " IS NOT NULL" : " IS NULL"));
    } else if (condition instanceof Condition.Eq eq) {
      return valueTest(t, "=", eq.value());
    } else if (condition instanceof Condition.Compare compare) {
      return valueTest(t, symbol(compare.op()), compare.value());
    } else if (condition instanceof Condition.In in) {
      return in(t, in.values());
    } else if (condition instanceof Condition.All allValues) {
      return allValues.values().isEmpty()
          ? new Sql().text("0")
          : all(allValues.values(), v -> valueTest(t, "=", v), " AND ", "1");
    } else if (condition instanceof Condition.Size size) {
      return new Sql()
          .text("(" + t.type() + " = 'array' AND " + t.length() + " = ")
          .param(size.size())
          .text(")");
    }
    return null;
  }

  /** The value itself satisfies {@code op v}, or it is an array with an element that does. */
  private Sql valueTest(Target t, String op, JsonNode v) {
    if (!JsonValues.isScalar(v)) {
      return null;
    }
    String alias = "e" + aliases++;
    Target element = new Target(alias + ".type", alias + ".value", null, null);
    return new Sql()
        .text("(")
        .append(scalarTest(t, op, v))
        .text(" OR (" + t.type() + " = 'array' AND EXISTS (SELECT 1 FROM " + t.each())
        .text(" AS " + alias + " WHERE ")
        .append(scalarTest(element, op, v))
        .text(")))")
        .withSubquery();
  }

  /**
   * {@code $in}: the value, or an element of it, is one of {@code values}. Numbers and strings are
   * each looked up in one bound JSON array ({@code IN (SELECT value FROM json_each(?))}), so the
   * SQL stays the same size however many values there are (SQLite refuses an expression tree of
   * about a thousand {@code OR}s); booleans and {@code null} are at most three tests.
   */
  private Sql in(Target t, List<JsonNode> values) {
    ArrayNode numbers = JsonNodeFactory.instance.arrayNode();
    ArrayNode strings = JsonNodeFactory.instance.arrayNode();
    Set<Boolean> booleans = new TreeSet<>();
    boolean hasNull = false;
    for (JsonNode v : values) {
      switch (JsonValues.kind(v)) {
        case NUMBER -> numbers.add(v);
        case STRING -> strings.add(v);
        case BOOLEAN -> booleans.add(v.booleanValue());
        case NULL -> hasNull = true;
        default -> {
          return null;
        }
      }
    }
    List<Sql> parts = new ArrayList<>();
    if (!numbers.isEmpty()) {
      parts.add(memberTest(t, numbers, " IN ('integer','real')"));
    }
    if (!strings.isEmpty()) {
      parts.add(memberTest(t, strings, " = 'text'"));
    }
    for (boolean b : booleans) {
      parts.add(valueTest(t, "=", JsonNodeFactory.instance.booleanNode(b)));
    }
    if (hasNull) {
      parts.add(valueTest(t, "=", JsonNodeFactory.instance.nullNode()));
    }
    return join(parts, " OR ", "0");
  }

  /** The value, or an element of it, is of the guarded type and in the JSON array {@code set}. */
  private Sql memberTest(Target t, ArrayNode set, String typeGuard) {
    String json = Json.MAPPER.writeValueAsString(set);
    String alias = "e" + aliases++;
    Target element = new Target(alias + ".type", alias + ".value", null, null);
    return new Sql()
        .text("((" + t.value() + " IN (SELECT value FROM json_each(")
        .param(json)
        .text(")) AND +" + t.type() + typeGuard + ")")
        .text(" OR (" + t.type() + " = 'array' AND EXISTS (SELECT 1 FROM " + t.each())
        .text(" AS " + alias + " WHERE " + element.value() + " IN (SELECT value FROM json_each(")
        .param(json)
        .text(")) AND " + element.type() + typeGuard + ")))")
        .withSubquery();
  }

  /** {@code op v} on a value of {@code v}'s JSON type. */
  private static Sql scalarTest(Target t, String op, JsonNode v) {
    Sql sql = new Sql();
    switch (JsonValues.kind(v)) {
      case NULL:
        return sql.text(op.endsWith("=") ? t.type() + " = 'null'" : "0");
      case BOOLEAN:
        return sql.text("(" + t.value() + " " + op + " ")
            .param(v.booleanValue() ? 1 : 0)
            .text(" AND +" + t.type() + " IN ('true','false'))");
      case NUMBER:
        sql.text("(" + t.value() + " " + op + " ");
        number(sql, v);
        if (op.startsWith(">")) {
          sql.text(" AND " + t.value() + " < ''");
        }
        return sql.text(" AND +" + t.type() + " IN ('integer','real'))");
      default:
        sql.text("(" + t.value() + " " + op + " ").param(v.stringValue());
        if (op.startsWith("<")) {
          sql.text(" AND " + t.value() + " >= ''");
        }
        return sql.text(" AND +" + t.type() + " = 'text')");
    }
  }

  /**
   * Appends a number: a long as itself, a double as the text it is stored as, converted by SQLite.
   * SQLite's text-to-double conversion is not always correctly rounded ({@code -1.0E-300}), so a
   * double bound as a double could differ from the same number read from a stored document;
   * converted from the same text, they are equal, as they are in Java.
   */
  private static void number(Sql sql, JsonNode v) {
    if (v.isIntegralNumber() && v.canConvertToLong()) {
      sql.param(v.longValue());
    } else {
      sql.text("CAST(").param(Json.MAPPER.writeValueAsString(v)).text(" AS REAL)");
    }
  }

  private static String symbol(Condition.Op op) {
    return switch (op) {
      case GT -> ">";
      case GTE -> ">=";
      case LT -> "<";
      case LTE -> "<=";
    };
  }

  private static Sql not(Sql inner) {
    return inner == null ? null : new Sql().text("NOT COALESCE((").append(inner).text("), 0)");
  }

  private static <T> Sql all(List<T> items, Function<T, Sql> translate, String op, String empty) {
    List<Sql> parts = new ArrayList<>();
    for (T item : items) {
      Sql sql = translate.apply(item);
      if (sql == null) {
        return null;
      }
      parts.add(sql);
    }
    return join(parts, op, empty);
  }

  /**
   * The parts joined by {@code op}, grouped as a balanced tree: SQLite's expression depth is
   * limited (1000), and a flat chain of {@code n} terms is {@code n} deep, a balanced one log n.
   */
  private static Sql join(List<Sql> parts, String op, String empty) {
    if (parts.isEmpty()) {
      return new Sql().text(empty);
    }
    return balanced(parts, 0, parts.size(), op);
  }

  private static Sql balanced(List<Sql> parts, int from, int to, String op) {
    if (to - from == 1) {
      return new Sql().text("(").append(parts.get(from)).text(")");
    }
    int middle = (from + to) >>> 1;
    return new Sql()
        .text("(")
        .append(balanced(parts, from, middle, op))
        .text(op)
        .append(balanced(parts, middle, to, op))
        .text(")");
  }
}
