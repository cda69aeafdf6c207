package io.hyper.local.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Random documents and Mango selectors for the data contract: mixed types per field (numbers at the
 * edges of longs and doubles, text beyond the Basic Multilingual Plane, booleans, nulls), arrays of
 * scalars and of objects, objects nested three deep, and selectors over the whole operator set on
 * those fields. Values are mostly small, so that selectors often match.
 */
public final class MangoValues {
  /** The node factory the generators use. */
  public static final JsonNodeFactory F = JsonNodeFactory.instance;

  /** The paths selectors and sorts use; repeated ones are picked more often. */
  public static final List<String> PATHS =
      List.of("a", "a", "b", "b", "tags", "tags", "n.a", "n.b", "x", "n", "n.n.a", "items");

  private MangoValues() {}

  /** Between 4 and 15 documents, with ids {@code d0, d1, …} in that order. */
  public static Arbitrary<List<ObjectNode>> documents() {
    return body().list().ofMinSize(4).ofMaxSize(15).map(MangoValues::withIds);
  }

  private static List<ObjectNode> withIds(List<ObjectNode> bodies) {
    List<ObjectNode> docs = new ArrayList<>();
    for (int i = 0; i < bodies.size(); i++) {
      ObjectNode doc = F.objectNode().put("_id", "d" + i);
      doc.setAll(bodies.get(i));
      docs.add(doc);
    }
    return docs;
  }

  private static Arbitrary<ObjectNode> body() {
    Arbitrary<Optional<JsonNode>> field = value().optional(0.7);
    Arbitrary<Optional<JsonNode>> deepest =
        Combinators.combine(field, field).as((a, b) -> (JsonNode) object(a, b)).optional(0.5);
    Arbitrary<Optional<JsonNode>> nested =
        Combinators.combine(field, field, deepest)
            .as(
                (a, b, n) -> {
                  ObjectNode o = object(a, b);
                  n.ifPresent(v -> o.set("n", v));
                  return (JsonNode) o;
                })
            .optional(0.6);
    Arbitrary<Optional<JsonNode>> items =
        Combinators.combine(scalars().optional(), scalars().optional())
            .as((a, b) -> object(a, b))
            .list()
            .ofMaxSize(3)
            .map(l -> (JsonNode) F.arrayNode().addAll(l))
            .optional(0.3);
    return Combinators.combine(
            field, field, scalars().list().ofMaxSize(3).optional(0.5), nested, items)
        .as(
            (a, b, tags, n, list) -> {
              ObjectNode doc = object(a, b);
              tags.ifPresent(t -> doc.set("tags", array(t)));
              n.ifPresent(v -> doc.set("n", v));
              list.ifPresent(v -> doc.set("items", v));
              return doc;
            });
  }

  private static ObjectNode object(Optional<JsonNode> a, Optional<JsonNode> b) {
    ObjectNode o = F.objectNode();
    a.ifPresent(v -> o.set("a", v));
    b.ifPresent(v -> o.set("b", v));
    return o;
  }

  private static ArrayNode array(List<JsonNode> values) {
    ArrayNode array = F.arrayNode();
    values.forEach(array::add);
    return array;
  }

  /**
   * Scalars, mostly small, plus the edges the JSON gate lets in: longs at their limits and beyond a
   * double's precision, doubles at the edges of longs and of their own range, and text from several
   * scripts and beyond the Basic Multilingual Plane.
   */
  public static Arbitrary<JsonNode> scalars() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.integers().between(-2, 2).map(i -> (JsonNode) F.numberNode(i))),
        Tuple.of(2, Arbitraries.of(-1.5, 0.5, 1.0, 2.5).map(d -> (JsonNode) F.numberNode(d))),
        Tuple.of(
            1,
            Arbitraries.of(
                    Long.MAX_VALUE,
                    Long.MIN_VALUE,
                    Long.MAX_VALUE - 1,
                    9_007_199_254_740_993L,
                    -9_007_199_254_740_993L)
                .map(l -> (JsonNode) F.numberNode(l))),
        Tuple.of(
            1,
            Arbitraries.of(
                    -0.0,
                    0.1,
                    9.223372036854775807E18,
                    -9.223372036854775808E18,
                    1e300,
                    -1e-300,
                    4.9e-324,
                    9.007199254740992E15)
                .map(d -> (JsonNode) F.numberNode(d))),
        Tuple.of(
            4,
            Arbitraries.strings()
                .withChars("abé")
                .ofMaxLength(2)
                .map(s -> (JsonNode) F.stringNode(s))),
        Tuple.of(
            1,
            Arbitraries.of(
                    "\uD83D\uDE00",
                    "a\uD83D\uDE00",
                    "\uFFFF",
                    "\u00e9a",
                    "Z",
                    "",
                    "\u4e2d\u6587",
                    "e\u0301",
                    "\u00df",
                    "A b",
                    "\"q\"\\")
                .map(s -> (JsonNode) F.stringNode(s))),
        Tuple.of(2, Arbitraries.of(true, false).map(b -> (JsonNode) F.booleanNode(b))),
        Tuple.of(1, Arbitraries.just((JsonNode) F.nullNode())));
  }

  private static Arbitrary<JsonNode> value() {
    return Arbitraries.frequencyOf(
        Tuple.of(6, scalars()),
        Tuple.of(2, scalars().list().ofMaxSize(3).map(l -> (JsonNode) array(l))),
        Tuple.of(
            1,
            Combinators.combine(scalars().optional(), scalars().optional())
                .as((a, b) -> (JsonNode) object(a, b))));
  }

  /** A selector nested up to {@code depth} levels of {@code $and/$or/$nor/$not}. */
  public static Arbitrary<ObjectNode> selector(int depth) {
    Arbitrary<ObjectNode> field =
        Combinators.combine(Arbitraries.of(PATHS), condition())
            .as((path, condition) -> F.objectNode().set(path, condition));
    Arbitrary<ObjectNode> two =
        Combinators.combine(field, field)
            .as(
                (x, y) -> {
                  ObjectNode both = x.deepCopy();
                  both.setAll(y);
                  return both;
                });
    if (depth == 0) {
      return Arbitraries.oneOf(field, two);
    }
    Arbitrary<ObjectNode> inner = Arbitraries.lazy(() -> selector(depth - 1));
    Arbitrary<ArrayNode> list =
        inner.list().ofMinSize(1).ofMaxSize(3).map(l -> F.arrayNode().addAll(l));
    return Arbitraries.frequencyOf(
        Tuple.of(4, field),
        Tuple.of(1, two),
        Tuple.of(1, list.map(l -> F.objectNode().set("$and", l))),
        Tuple.of(1, list.map(l -> F.objectNode().set("$or", l))),
        Tuple.of(1, list.map(l -> F.objectNode().set("$nor", l))),
        Tuple.of(1, inner.map(s -> F.objectNode().set("$not", s))));
  }

  private static Arbitrary<JsonNode> condition() {
    Arbitrary<JsonNode> scalar = scalars();
    Arbitrary<ArrayNode> scalarList = scalar.list().ofMaxSize(3).map(MangoValues::array);
    Arbitrary<String> ordering = Arbitraries.of("$gt", "$gte", "$lt", "$lte");
    Arbitrary<JsonNode> compare =
        Combinators.combine(ordering, scalar).as((op, v) -> F.objectNode().set(op, v));
    return Arbitraries.frequencyOf(
        Tuple.of(4, scalar),
        Tuple.of(1, scalarList.map(l -> (JsonNode) l)),
        Tuple.of(1, scalar.map(v -> (JsonNode) F.objectNode().set("$eq", v))),
        Tuple.of(2, scalar.map(v -> (JsonNode) F.objectNode().set("$ne", v))),
        Tuple.of(4, compare),
        Tuple.of(
            1,
            Combinators.combine(compare, compare)
                .as(
                    (x, y) -> {
                      ObjectNode both = ((ObjectNode) x).deepCopy();
                      both.setAll((ObjectNode) y);
                      return (JsonNode) both;
                    })),
        Tuple.of(2, scalarList.map(l -> (JsonNode) F.objectNode().set("$in", l))),
        Tuple.of(1, scalarList.map(l -> (JsonNode) F.objectNode().set("$nin", l))),
        Tuple.of(1, scalarList.map(l -> (JsonNode) F.objectNode().set("$all", l))),
        Tuple.of(
            1, Arbitraries.of(true, false).map(b -> (JsonNode) F.objectNode().put("$exists", b))),
        Tuple.of(
            1,
            Arbitraries.integers()
                .between(0, 3)
                .map(n -> (JsonNode) F.objectNode().put("$size", n))),
        Tuple.of(
            1,
            Arbitraries.of("^a", "b$", "é", "^$", "\u4e2d")
                .map(r -> (JsonNode) F.objectNode().put("$regex", r))),
        Tuple.of(1, compare.map(c -> (JsonNode) F.objectNode().set("$elemMatch", c))),
        Tuple.of(
            1,
            Combinators.combine(Arbitraries.of("a", "b"), scalar)
                .as(
                    (k, v) ->
                        (JsonNode) F.objectNode().set("$elemMatch", F.objectNode().set(k, v)))),
        Tuple.of(1, compare.map(c -> (JsonNode) F.objectNode().set("$not", c))));
  }
}
