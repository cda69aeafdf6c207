package io.hyper.connect.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Property-based round trips of {@link Selectors}: random selector trees are built twice, once with
 * the builder and once as a plain {@code Map}/{@code List} model of the JSON they must render to;
 * rendering, parsing and comparing must agree.
 */
class SelectorPropertiesTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final int MAX_DEPTH = 3;

  /** A selector and, built independently, the JSON it must render to. */
  record Case(Selector selector, Map<String, Object> model) {
    @Override
    public String toString() {
      return selector + " expecting " + model;
    }
  }

  @Property(tries = 300)
  void rendersTheModelsJson(@ForAll("selectors") Case c) {
    JsonNode rendered = MAPPER.readTree(c.selector().toString());
    JsonNode expected = MAPPER.readTree(MAPPER.writeValueAsString(c.model()));

    assertThat(rendered).isEqualTo(expected);
    assertThat(c.selector().toJson()).isEqualTo(rendered);
  }

  @Property(tries = 300)
  void parsingTheRenderedTextGivesAnEqualSelector(@ForAll("selectors") Case c) {
    Selector reparsed = Selectors.parse(c.selector().toString());

    assertThat(reparsed).isEqualTo(c.selector());
    assertThat(reparsed.hashCode()).isEqualTo(c.selector().hashCode());
    assertThat(reparsed.toString()).isEqualTo(c.selector().toString());
  }

  @Property(tries = 300)
  void theRawModelIsAnEqualSelector(@ForAll("selectors") Case c) {
    assertThat(Selectors.of(c.model())).isEqualTo(c.selector());
  }

  @Provide
  Arbitrary<Case> selectors() {
    return Arbitraries.integers().between(0, MAX_DEPTH).flatMap(this::tree);
  }

  /** Selector trees at most {@code depth} levels deep, so generation always terminates. */
  private Arbitrary<Case> tree(int depth) {
    if (depth == 0) {
      return leaf();
    }
    return Arbitraries.oneOf(
        leaf(),
        combined(depth - 1, "$and", Selectors::and),
        combined(depth - 1, "$or", Selectors::or),
        combined(depth - 1, "$nor", Selectors::nor),
        negated(depth - 1),
        elemMatch(depth - 1));
  }

  private Arbitrary<Case> leaf() {
    Arbitrary<String> path = paths();
    Arbitrary<Object> value = scalars();
    Arbitrary<List<Object>> list = scalars().list().ofMaxSize(4);
    return Arbitraries.oneOf(
        Combinators.combine(path, value).as((p, v) -> new Case(Selectors.eq(p, v), map(p, v))),
        operator(path, value, "$ne", Selectors::ne),
        operator(path, value, "$gt", Selectors::gt),
        operator(path, value, "$gte", Selectors::gte),
        operator(path, value, "$lt", Selectors::lt),
        operator(path, value, "$lte", Selectors::lte),
        Combinators.combine(path, list)
            .as((p, l) -> new Case(Selectors.in(p, l), map(p, map("$in", l)))),
        Combinators.combine(path, list)
            .as((p, l) -> new Case(Selectors.nin(p, l), map(p, map("$nin", l)))),
        Combinators.combine(path, list)
            .as((p, l) -> new Case(Selectors.all(p, l), map(p, map("$all", l)))),
        Combinators.combine(path, Arbitraries.of(true, false))
            .as((p, b) -> new Case(Selectors.exists(p, b), map(p, map("$exists", b)))),
        Combinators.combine(path, Arbitraries.strings().ofMaxLength(12))
            .as((p, r) -> new Case(Selectors.regex(p, r), map(p, map("$regex", r)))),
        Combinators.combine(path, Arbitraries.integers().between(0, 1000))
            .as((p, n) -> new Case(Selectors.size(p, n), map(p, map("$size", n)))));
  }

  private Arbitrary<Case> operator(
      Arbitrary<String> path,
      Arbitrary<Object> value,
      String name,
      BiFunction<String, Object, Selector> factory) {
    return Combinators.combine(path, value)
        .as((p, v) -> new Case(factory.apply(p, v), map(p, map(name, v))));
  }

  private Arbitrary<Case> combined(
      int depth, String name, Function<List<Selector>, Selector> factory) {
    return tree(depth)
        .list()
        .ofMinSize(1)
        .ofMaxSize(3)
        .map(
            cases -> {
              List<Selector> selectors = new ArrayList<>();
              List<Object> models = new ArrayList<>();
              cases.forEach(
                  c -> {
                    selectors.add(c.selector());
                    models.add(c.model());
                  });
              return new Case(factory.apply(selectors), map(name, models));
            });
  }

  /** The negation rule of {@link Selectors#not}, applied to the model. */
  private Arbitrary<Case> negated(int depth) {
    return tree(depth).map(c -> new Case(Selectors.not(c.selector()), negatedModel(c.model())));
  }

  private static Map<String, Object> negatedModel(Map<String, Object> model) {
    if (model.size() == 1) {
      String key = model.keySet().iterator().next();
      if (!key.startsWith("$")) {
        Object condition = model.get(key);
        if (condition instanceof Map<?, ?> m && m.size() == 1 && m.containsKey("$not")) {
          return map(key, m.get("$not"));
        }
        boolean operators =
            condition instanceof Map<?, ?> m
                && !m.isEmpty()
                && m.keySet().stream().allMatch(k -> k.toString().startsWith("$"));
        return map(key, map("$not", operators ? condition : map("$eq", condition)));
      }
    }
    return map("$nor", List.of(model));
  }

  private Arbitrary<Case> elemMatch(int depth) {
    return Combinators.combine(paths(), tree(depth))
        .as(
            (p, c) ->
                new Case(
                    Selectors.elemMatch(p, c.selector()), map(p, map("$elemMatch", c.model()))));
  }

  /** Field paths, dotted or not; letters and digits, never starting with {@code $}. */
  private static Arbitrary<String> paths() {
    return Arbitraries.strings()
        .alpha()
        .numeric()
        .withChars('_')
        .ofMinLength(1)
        .ofMaxLength(6)
        .list()
        .ofMinSize(1)
        .ofMaxSize(3)
        .map(segments -> String.join(".", segments))
        .filter(p -> !Character.isDigit(p.charAt(0)));
  }

  /** JSON scalars that are not objects: strings with escapes and non-ASCII, numbers, null. */
  private static Arbitrary<Object> scalars() {
    return Arbitraries.<Object>oneOf(
            Arbitraries.strings()
                .withCharRange(' ', '~')
                .withChars('é', '€', '日', '\n', '\t', '"', '\\')
                .ofMaxLength(10),
            Arbitraries.integers(),
            Arbitraries.longs(),
            Arbitraries.doubles().between(-1e12, 1e12),
            Arbitraries.of(true, false))
        .injectNull(0.05);
  }

  private static Map<String, Object> map(String key, Object value) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put(key, value);
    return map;
  }
}
