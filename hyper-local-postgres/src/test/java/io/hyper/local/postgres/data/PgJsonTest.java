package io.hyper.local.postgres.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.local.core.Json;
import io.hyper.local.core.data.mango.JsonValues;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The compared form agrees with the core: numbers written by {@link PgJson} compare as decimals
 * (what PostgreSQL's {@code numeric} does) exactly as {@link JsonValues} compares them, and the
 * U+0000 escape keeps equality and code point order.
 */
class PgJsonTest {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  @Property(tries = 2000)
  void numbersCompareAsDecimalsAsTheCoreComparesThem(
      @ForAll("numbers") JsonNode a, @ForAll("numbers") JsonNode b) {
    BigDecimal x = new BigDecimal(PgJson.text(a));
    BigDecimal y = new BigDecimal(PgJson.text(b));
    assertThat(Integer.signum(x.compareTo(y)))
        .as("%s vs %s", a, b)
        .isEqualTo(Integer.signum(JsonValues.compareScalars(a, b)));
  }

  @Example
  void aDoubleAboveTwoToThe53IsWrittenAsItsExactValue() {
    // 2^60 prints as 1.15292150460684698E18 but is 1152921504606846976.
    assertThat(PgJson.text(F.numberNode(0x1p60))).isEqualTo("1152921504606846976");
    assertThat(PgJson.text(F.numberNode(0.1))).isEqualTo("0.1");
    assertThat(PgJson.text(F.numberNode(Long.MIN_VALUE))).isEqualTo("-9223372036854775808");
  }

  @Property(tries = 1000)
  void theNulEscapeKeepsEqualityAndCodePointOrder(
      @ForAll("texts") String a, @ForAll("texts") String b) {
    String x = PgJson.key(a);
    String y = PgJson.key(b);
    assertThat(x).doesNotContain("\u0000");
    assertThat(x.equals(y)).isEqualTo(a.equals(b));
    assertThat(Integer.signum(JsonValues.compareCodePoints(x, y)))
        .isEqualTo(Integer.signum(JsonValues.compareCodePoints(a, b)));
  }

  @Example
  void keysAndStringsInsideDocumentsAreEscapedToo() {
    JsonNode doc = Json.MAPPER.readTree("{\"a\\u0000\":[\"x\\u0000y\",{\"\\u0001\":1}]}");
    assertThat(PgJson.text(doc))
        .isEqualTo("{\"a\\u0001\\u0001\":[\"x\\u0001\\u0001y\",{\"\\u0001\\u0002\":1}]}");
  }

  @Provide
  Arbitrary<JsonNode> numbers() {
    Arbitrary<JsonNode> longs =
        Arbitraries.oneOf(
                Arbitraries.longs(),
                Arbitraries.longs().between(-(1L << 54), 1L << 54),
                Arbitraries.of(
                    Long.MAX_VALUE, Long.MIN_VALUE, 9_007_199_254_740_993L, 1L << 60, 0L, 1L))
            .map(l -> (JsonNode) F.numberNode(l));
    Arbitrary<JsonNode> doubles =
        Arbitraries.oneOf(
                Arbitraries.doubles(),
                Arbitraries.longs().map(l -> (double) l),
                Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite),
                Arbitraries.of(
                    -0.0, 0.1, 0x1p53, 0x1p60, 9.223372036854775807E18, 1e300, 4.9e-324, 1e23))
            .map(d -> (JsonNode) F.numberNode(d));
    return Arbitraries.oneOf(longs, doubles);
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("\u0000\u0001\u0002a\uFFFF").ofMaxLength(5);
  }
}
