package io.hyper.local.core.data.mango;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.hyper.local.core.HyperError;
import io.hyper.local.core.Json;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

class MangoParserTest {
  static JsonNode json(String text) {
    return Json.MAPPER.readTree(text);
  }

  static Selector parse(String text) {
    return MangoParser.parse(json(text));
  }

  private static int status(String selector) {
    return catchThrowableOfType(HyperError.class, () -> parse(selector)).status();
  }

  @Test
  void fieldsBecomeAConjunctionWithDottedPathsSplit() {
    assertThat(parse("{\"type\":\"movie\",\"info.year\":{\"$gt\":1984}}"))
        .isEqualTo(
            new Selector.And(
                List.of(
                    new Selector.Field(List.of("type"), new Condition.Eq(json("\"movie\""))),
                    new Selector.Field(
                        List.of("info", "year"),
                        new Condition.Compare(Condition.Op.GT, json("1984"))))));
  }

  @Test
  void negativeOperatorsAreNegationsOfPositiveOnes() {
    assertThat(parse("{\"a\":{\"$ne\":1}}"))
        .isEqualTo(
            new Selector.Field(List.of("a"), new Condition.Not(new Condition.Eq(json("1")))));
    assertThat(parse("{\"a\":{\"$nin\":[1]}}"))
        .isEqualTo(
            new Selector.Field(
                List.of("a"), new Condition.Not(new Condition.In(List.of(json("1"))))));
  }

  @Test
  void elemMatchOnOperatorsTestsElementsAndOnFieldsTestsElementDocuments() {
    assertThat(((Selector.Field) parse("{\"a\":{\"$elemMatch\":{\"$gt\":1}}}")).condition())
        .isInstanceOf(Condition.ElemMatchValue.class);
    assertThat(((Selector.Field) parse("{\"a\":{\"$elemMatch\":{\"b\":1}}}")).condition())
        .isInstanceOf(Condition.ElemMatch.class);
  }

  @Test
  void anObjectWithoutOperatorsIsEqualityWithThatObject() {
    assertThat(parse("{\"a\":{\"b\":1}}"))
        .isEqualTo(new Selector.Field(List.of("a"), new Condition.Eq(json("{\"b\":1}"))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"$mod", "$type", "$where", "$text", "$options"})
  void unsupportedOperatorsAre400NamingTheOperator(String op) {
    for (String selector :
        List.of(
            "{\"a\":{\"" + op + "\":1}}",
            "{\"" + op + "\":1}",
            "{\"$or\":[{\"a\":{\"" + op + "\":[1]}}]}")) {
      HyperError error = catchThrowableOfType(HyperError.class, () -> parse(selector));
      assertThat(error.status()).isEqualTo(400);
      assertThat(error.msg()).contains(op);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"a\":{\"$in\":5}}",
        "{\"a\":{\"$all\":\"x\"}}",
        "{\"a\":{\"$exists\":1}}",
        "{\"a\":{\"$size\":-1}}",
        "{\"a\":{\"$size\":1.5}}",
        "{\"a\":{\"$regex\":\"(\"}}",
        "{\"a\":{\"$regex\":5}}",
        "{\"a\":{\"$gt\":[1]}}",
        "{\"a\":{\"$gt\":{\"b\":1}}}",
        "{\"a\":{\"$gt\":1,\"b\":2}}",
        "{\"a\":{\"$elemMatch\":5}}",
        "{\"a\":{\"$not\":5}}",
        "{\"$and\":[]}",
        "{\"$or\":{}}",
        "{\"$nor\":[5]}",
        "{\"$not\":[]}",
      })
  void operatorArgumentsOfTheWrongShapeAre422(String selector) {
    assertThat(status(selector)).isEqualTo(422);
  }

  @Test
  void aSelectorThatIsNotAnObjectIs422() {
    assertThatThrownBy(() -> MangoParser.parse(json("[1]")))
        .isInstanceOfSatisfying(HyperError.class, e -> assertThat(e.status()).isEqualTo(422));
    assertThatThrownBy(() -> MangoParser.parse(null))
        .isInstanceOfSatisfying(HyperError.class, e -> assertThat(e.status()).isEqualTo(422));
  }

  @Property(tries = 300)
  void anyJsonEitherParsesOrIsA400Or422(@ForAll("selectorLike") JsonNode selector) {
    try {
      Selector parsed = MangoParser.parse(selector);
      MangoMatcher.matches(parsed, json("{\"a\":[1,{\"b\":\"x\"}],\"b\":null}"));
    } catch (HyperError e) {
      assertThat(e.status()).isIn(400, 422);
    }
  }

  @Provide
  Arbitrary<JsonNode> selectorLike() {
    return node(3);
  }

  private Arbitrary<JsonNode> node(int depth) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    Arbitrary<JsonNode> leaf =
        Arbitraries.oneOf(
            Arbitraries.integers().between(-2, 2).map(i -> (JsonNode) f.numberNode(i)),
            Arbitraries.of("a", "^a", "(", "").map(s -> (JsonNode) f.stringNode(s)),
            Arbitraries.of(true, false).map(b -> (JsonNode) f.booleanNode(b)),
            Arbitraries.just((JsonNode) f.nullNode()));
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<String> keys =
        Arbitraries.of(
            "a",
            "b.c",
            "$and",
            "$or",
            "$nor",
            "$not",
            "$eq",
            "$ne",
            "$gt",
            "$lte",
            "$in",
            "$nin",
            "$exists",
            "$regex",
            "$all",
            "$size",
            "$elemMatch",
            "$mod");
    Arbitrary<JsonNode> child = Arbitraries.lazy(() -> node(depth - 1));
    Arbitrary<JsonNode> object =
        net.jqwik.api.Combinators.combine(keys.list().ofMaxSize(3), child.list().ofSize(3))
            .as(
                (ks, vs) -> {
                  ObjectNode o = f.objectNode();
                  for (int i = 0; i < ks.size(); i++) {
                    o.set(ks.get(i), vs.get(i));
                  }
                  return (JsonNode) o;
                });
    Arbitrary<JsonNode> array =
        child.list().ofMaxSize(3).map(l -> (JsonNode) f.arrayNode().addAll(l));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(2, leaf),
        net.jqwik.api.Tuple.of(4, object),
        net.jqwik.api.Tuple.of(1, array));
  }
}
