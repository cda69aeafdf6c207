package io.hyper.local.postgres.data;

import io.hyper.local.core.data.mango.Condition;
import io.hyper.local.core.data.mango.JsonValues;
import io.hyper.local.core.data.mango.MangoMatcher;
import io.hyper.local.core.data.mango.Selector;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Translates Mango selectors into SQL over the JSONB column, with exactly the semantics of {@link
 * MangoMatcher}.
 *
 * <p>A field is {@code doc -> 'a' -> 'b'} (JSONB's {@code ->} reads objects only, as the core's
 * paths do). Values of another JSON type never match an ordering operator, so each comparison is
 * guarded by {@code jsonb_typeof}: numbers and booleans then compare as JSONB (numerically, exact,
 * see {@link PgJson}), strings as text under {@code COLLATE "C"} (byte order, which is code point
 * order; JSONB itself would use the database's collation). Equality is JSONB equality, which is
 * exact and type-strict. MongoDB's array rule adds {@code OR (jsonb_typeof(v) = 'array' AND EXISTS
 * (… jsonb_array_elements …))}. Negations wrap their operand in {@code COALESCE(…, false)}, so that
 * SQL's NULL (a missing field) counts as false. {@code $elemMatch} is an {@code EXISTS} whose
 * selector reads the element ({@code e.x -> 'a'}).
 *
 * <p>Not translated, so evaluated by the core: {@code $regex} (RE2 and PostgreSQL's regular
 * expressions differ), and equality with an object or an array holding one (the core's object
 * equality counts key order, which JSONB does not keep).
 */
final class PgMango {
  /** Beyond this many bound parameters a selector is left to the core (the protocol's limit). */
  static final int MAX_PARAMS = 30_000;

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  /**
   * A selector split into the SQL that filters and what is left for the core.
   *
   * @param where the translated conjuncts ({@code true} when none)
   * @param residual the conjuncts the core must check, if any
   */
  record Split(PgSql where, Optional<Selector> residual) {}

  private int aliases;

  private PgMango() {}

  /** Translates every top-level conjunct that can be, and leaves the rest to the core. */
  static Split split(Selector selector) {
    List<Selector> conjuncts =
        selector instanceof Selector.And and ? and.parts() : List.of(selector);
    PgMango translator = new PgMango();
    List<PgSql> translated = new ArrayList<>();
    List<Selector> rest = new ArrayList<>();
    for (Selector conjunct : conjuncts) {
      PgSql sql = translator.selector(conjunct, "doc");
      if (sql == null) {
        rest.add(conjunct);
      } else {
        translated.add(sql);
      }
    }
    PgSql where = join(translated, " AND ", "true");
    if (where.paramCount() > MAX_PARAMS) {
      return new Split(new PgSql().text("true"), Optional.of(selector));
    }
    Optional<Selector> residual =
        rest.isEmpty()
            ? Optional.empty()
            : Optional.of(rest.size() == 1 ? rest.get(0) : new Selector.And(rest));
    return new Split(where, residual);
  }

  /** The selector over the JSONB {@code base}: the document, or an element of an array. */
  private PgSql selector(Selector selector, String base) {
    if (selector instanceof Selector.And and) {
      return all(and.parts(), s -> selector(s, base), " AND ", "true");
    } else if (selector instanceof Selector.Or or) {
      return all(or.parts(), s -> selector(s, base), " OR ", "false");
    } else if (selector instanceof Selector.Nor nor) {
      return not(all(nor.parts(), s -> selector(s, base), " OR ", "false"));
    } else if (selector instanceof Selector.Not not) {
      return not(selector(not.inner(), base));
    }
    Selector.Field field = (Selector.Field) selector;
    return condition(PgTarget.field(base, field.path()), field.condition());
  }

  private PgSql condition(PgTarget t, Condition condition) {
    if (condition instanceof Condition.Not not) {
      return not(condition(t, not.inner()));
    } else if (condition instanceof Condition.AllOf allOf) {
      return isRange(allOf)
          ? range(t, allOf.parts())
          : all(allOf.parts(), c -> condition(t, c), " AND ", "true");
    } else if (condition instanceof Condition.Exists exists) {
      return new PgSql().append(t.value()).text(exists.present() ? " IS NOT NULL" : " IS NULL");
    } else if (condition instanceof Condition.Eq eq) {
      return equalable(eq.value()) ? selfOrElement(t, x -> equal(x, eq.value())) : null;
    } else if (condition instanceof Condition.Compare compare) {
      return JsonValues.isScalar(compare.value())
          ? selfOrElement(t, x -> compare(x, compare.op(), compare.value()))
          : null;
    } else if (condition instanceof Condition.In in) {
      return in(t, in.values());
    } else if (condition instanceof Condition.All allValues) {
      if (allValues.values().isEmpty()) {
        return new PgSql().text("false");
      }
      return all(
          allValues.values(),
          v -> equalable(v) ? selfOrElement(t, x -> equal(x, v)) : null,
          " AND ",
          "true");
    } else if (condition instanceof Condition.ElemMatch elem) {
      return anyElement(t, alias -> selector(elem.selector(), alias + ".x"));
    } else if (condition instanceof Condition.ElemMatchValue elem) {
      return anyElement(t, alias -> condition(new PgTarget.Element(alias), elem.condition()));
    } else if (condition instanceof Condition.Size size) {
      return new PgSql()
          .text("(jsonb_typeof(")
          .append(t.value())
          .text(") = 'array' AND jsonb_array_length(")
          .append(arrayOrEmpty(t))
          .text(") = ?")
          .param(size.size())
          .text(")");
    }
    return null;
  }

  /**
   * {@code $elemMatch}: an array with an element ({@code alias.x}) that {@code test} accepts, or
   * null when the test cannot be translated.
   */
  private PgSql anyElement(PgTarget t, Function<String, PgSql> test) {
    String alias = "e" + aliases++;
    PgSql inner = test.apply(alias);
    if (inner == null) {
      return null;
    }
    return new PgSql()
        .text("(jsonb_typeof(")
        .append(t.value())
        .text(") = 'array' AND EXISTS (SELECT 1 FROM jsonb_array_elements(")
        .append(arrayOrEmpty(t))
        .text(") AS " + alias + "(x) WHERE ")
        .append(inner)
        .text("))");
  }

  private static boolean isRange(Condition.AllOf allOf) {
    return !allOf.parts().isEmpty()
        && allOf.parts().stream()
            .allMatch(c -> c instanceof Condition.Compare cmp && JsonValues.isScalar(cmp.value()));
  }

  /**
   * Several comparisons on one field ({@code {"$gte":1,"$lt":9}}), each under the array rule on its
   * own. A value is a scalar or an array, never both, so the AND of the parts' {@code self OR
   * element} forms is {@code (all selves) OR (array AND every part has an element)}: the same
   * answer, written so that PostgreSQL sees one range on {@code doc -> 'f'} and can scan an index
   * for it rather than estimating two half-open ones.
   */
  private PgSql range(PgTarget t, List<Condition> parts) {
    PgSql self = new PgSql().text("(");
    PgSql elements = new PgSql().text("(jsonb_typeof(").append(t.value()).text(") = 'array'");
    for (int i = 0; i < parts.size(); i++) {
      Condition.Compare compare = (Condition.Compare) parts.get(i);
      String alias = "e" + aliases++;
      self.text(i == 0 ? "" : " AND ").append(compare(t, compare.op(), compare.value()));
      elements
          .text(" AND EXISTS (SELECT 1 FROM jsonb_array_elements(")
          .append(arrayOrEmpty(t))
          .text(") AS " + alias + "(x) WHERE ")
          .append(compare(new PgTarget.Element(alias), compare.op(), compare.value()))
          .text(")");
    }
    return new PgSql().text("(").append(self).text(") OR ").append(elements).text("))");
  }

  /**
   * The value satisfies {@code test}, or it is an array with an element that does. The elements are
   * read from {@code CASE … THEN v ELSE '[]'}, since PostgreSQL may evaluate the {@code EXISTS}
   * before the type test and {@code jsonb_array_elements} fails on a non-array.
   */
  private PgSql selfOrElement(PgTarget t, Function<PgTarget, PgSql> test) {
    String alias = "e" + aliases++;
    return new PgSql()
        .text("(")
        .append(test.apply(t))
        .text(" OR (jsonb_typeof(")
        .append(t.value())
        .text(") = 'array' AND EXISTS (SELECT 1 FROM jsonb_array_elements(")
        .append(arrayOrEmpty(t))
        .text(") AS " + alias + "(x) WHERE ")
        .append(test.apply(new PgTarget.Element(alias)))
        .text(")))");
  }

  private static PgSql arrayOrEmpty(PgTarget t) {
    return new PgSql()
        .text("CASE WHEN jsonb_typeof(")
        .append(t.value())
        .text(") = 'array' THEN ")
        .append(t.value())
        .text(" ELSE '[]'::jsonb END");
  }

  /** JSONB equality: exact, type-strict, numbers by value. */
  private static PgSql equal(PgTarget x, JsonNode v) {
    return new PgSql().text("(").append(x.value()).text(" = ?::jsonb)").param(PgJson.text(v));
  }

  /**
   * {@code $in}: the value, or an element of it, equals one of {@code values}, given as one bound
   * JSON array, so the SQL does not grow with the list.
   */
  private PgSql in(PgTarget t, List<JsonNode> values) {
    if (values.isEmpty()) {
      return new PgSql().text("false");
    }
    ArrayNode set = F.arrayNode();
    for (JsonNode v : values) {
      if (!equalable(v)) {
        return null;
      }
      set.add(v);
    }
    String json = PgJson.text(set);
    return selfOrElement(
        t,
        x ->
            new PgSql()
                .text("(")
                .append(x.value())
                .text(" = ANY (ARRAY(SELECT jsonb_array_elements(?::jsonb))))")
                .param(json));
  }

  /** {@code op v} on a value of {@code v}'s JSON type. */
  private static PgSql compare(PgTarget x, Condition.Op op, JsonNode v) {
    String symbol = symbol(op);
    PgSql sql = new PgSql();
    switch (JsonValues.kind(v)) {
      case NULL:
        return op == Condition.Op.GTE || op == Condition.Op.LTE
            ? sql.text("(").append(x.value()).text(" = 'null'::jsonb)")
            : sql.text("false");
      case STRING:
        return sql.text("(jsonb_typeof(")
            .append(x.value())
            .text(") = 'string' AND ")
            .append(x.text())
            .text(" " + symbol + " ?::text)")
            .param(PgJson.key(v.stringValue()));
      case NUMBER:
        sql.text("(jsonb_typeof(")
            .append(x.value())
            .text(") = 'number' AND ")
            .append(x.value())
            .text(" " + symbol + " ?::jsonb")
            .param(PgJson.text(v));
        if (op == Condition.Op.GT || op == Condition.Op.GTE) {
          // JSONB orders numbers below booleans: an upper bound an index range scan can use.
          sql.text(" AND ").append(x.value()).text(" < 'false'::jsonb");
        }
        return sql.text(")");
      default:
        return sql.text("(jsonb_typeof(")
            .append(x.value())
            .text(") = 'boolean' AND ")
            .append(x.value())
            .text(" " + symbol + " ?::jsonb)")
            .param(PgJson.text(v));
    }
  }

  /** Whether JSONB equality is the core's: scalars, and arrays of them (no objects inside). */
  private static boolean equalable(JsonNode v) {
    if (v.isObject()) {
      return false;
    }
    if (v.isArray()) {
      for (JsonNode element : v) {
        if (!equalable(element)) {
          return false;
        }
      }
    }
    return true;
  }

  private static String symbol(Condition.Op op) {
    return switch (op) {
      case GT -> ">";
      case GTE -> ">=";
      case LT -> "<";
      case LTE -> "<=";
    };
  }

  private static PgSql not(PgSql inner) {
    return inner == null
        ? null
        : new PgSql().text("(NOT COALESCE(").append(inner).text(", false))");
  }

  private static <T> PgSql all(
      List<T> items, Function<T, PgSql> translate, String op, String empty) {
    List<PgSql> parts = new ArrayList<>();
    for (T item : items) {
      PgSql sql = translate.apply(item);
      if (sql == null) {
        return null;
      }
      parts.add(sql);
    }
    return join(parts, op, empty);
  }

  private static PgSql join(List<PgSql> parts, String op, String empty) {
    if (parts.isEmpty()) {
      return new PgSql().text(empty);
    }
    PgSql sql = new PgSql().text("(");
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) {
        sql.text(op);
      }
      sql.append(parts.get(i));
    }
    return sql.text(")");
  }
}
