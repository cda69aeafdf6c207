package io.hyper.local.core.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyper.local.core.HyperError;
import io.hyper.local.core.Json;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TtlTest {
  /** Every unit spelling of §5.5 with its length in milliseconds. */
  private static final Map<String, Long> UNITS =
      Map.ofEntries(
          Map.entry("", 1L),
          Map.entry("ms", 1L),
          Map.entry("msec", 1L),
          Map.entry("msecs", 1L),
          Map.entry("millisecond", 1L),
          Map.entry("milliseconds", 1L),
          Map.entry("s", 1_000L),
          Map.entry("sec", 1_000L),
          Map.entry("secs", 1_000L),
          Map.entry("second", 1_000L),
          Map.entry("seconds", 1_000L),
          Map.entry("m", 60_000L),
          Map.entry("min", 60_000L),
          Map.entry("mins", 60_000L),
          Map.entry("minute", 60_000L),
          Map.entry("minutes", 60_000L),
          Map.entry("h", 3_600_000L),
          Map.entry("hr", 3_600_000L),
          Map.entry("hrs", 3_600_000L),
          Map.entry("hour", 3_600_000L),
          Map.entry("hours", 3_600_000L),
          Map.entry("d", 86_400_000L),
          Map.entry("day", 86_400_000L),
          Map.entry("days", 86_400_000L),
          Map.entry("w", 604_800_000L),
          Map.entry("week", 604_800_000L),
          Map.entry("weeks", 604_800_000L),
          Map.entry("y", 31_557_600_000L),
          Map.entry("yr", 31_557_600_000L),
          Map.entry("yrs", 31_557_600_000L),
          Map.entry("year", 31_557_600_000L),
          Map.entry("years", 31_557_600_000L));

  @ParameterizedTest(name = "{0} is {1} ms")
  @CsvSource(
      delimiter = '|',
      value = {
        "30s         | 30000",
        "10m         | 600000",
        "2h          | 7200000",
        "2 hours     | 7200000",
        "'2   hours' | 7200000",
        "1d          | 86400000",
        "1w          | 604800000",
        "1y          | 31557600000",
        "1.5h        | 5400000",
        "100         | 100",
        "1M          | 60000",
        "1MS         | 1",
        "1Ms         | 1",
        "1 Hour      | 3600000",
        "1HRS        | 3600000",
        "3 DAYS      | 259200000",
        "2 Weeks     | 1209600000",
        "1 Year      | 31557600000",
        "1 yr        | 31557600000",
        "1 millisecond | 1",
        "53 milliseconds | 53",
        "17 msecs    | 17",
        "1 sec       | 1000",
        "1 min       | 60000",
        ".5s         | 500",
        ".5          | 0.5",
        "0.5ms       | 0.5",
        "1.5         | 1.5",
        "-100        | -100",
        "-1.5h       | -5400000",
        "-.5h        | -1800000",
        "-3 days     | -259200000",
        "0           | 0",
        "0s          | 0",
        "-0          | 0",
        "007s        | 7000",
        "'100 '      | 100",
      })
  void parsesTheMsFormat(String text, BigDecimal millis) {
    assertThat(Ttl.parse(text)).isEqualTo(nanos(millis.multiply(BigDecimal.valueOf(1_000_000))));
  }

  @ParameterizedTest(name = "\"{0}\" is not a ttl")
  @ValueSource(
      strings = {
        "",
        " ",
        "1h30m",
        " 5m",
        "5m ",
        "1mo",
        "1 month",
        "1.",
        "1.2.3",
        "--1",
        "+1",
        "-",
        ".",
        "h",
        "ms",
        "1e3",
        "1,5h",
        "1_000",
        "1\ts",
        "1\ns",
        "1s\n",
        "1 h s",
        "1 secondss",
        "1 minutess",
        "1 hourz",
        "1x",
        "1 μs",
        "١s",
        "NaN",
        "Infinity",
        "0x10",
        "one hour",
      })
  void rejectsWhatMsRejects(String text) {
    assertInvalid(text);
  }

  @Test
  void acceptsExactlyOneHundredCharacters() {
    String hundred = "1".repeat(99) + "0";
    assertThat(hundred).hasSize(100);
    assertThat(Ttl.parse(hundred)).isEqualTo(Duration.ofNanos(Long.MAX_VALUE));
    assertInvalid("0".repeat(100) + "1");
  }

  @Test
  void capsHugeValuesAtAbout292Years() {
    assertThat(Ttl.parse("1000y")).isEqualTo(Duration.ofNanos(Long.MAX_VALUE));
    assertThat(Ttl.parse("-1000y")).isEqualTo(Duration.ofNanos(-Long.MAX_VALUE));
    assertThat(Ttl.parse("292y")).isEqualTo(Duration.ofDays(292 * 365).plusHours(292 * 6));
  }

  @Test
  void jsonAbsentOrNullMeansNoTtl() {
    assertThat(Ttl.fromJson(null)).isEmpty();
    assertThat(Ttl.fromJson(Json.object().get("ttl"))).isEmpty();
    assertThat(Ttl.fromJson(Json.object().putNull("ttl").get("ttl"))).isEmpty();
    assertThat(Ttl.fromJson(Json.object().path("ttl"))).isEmpty();
  }

  @Test
  void jsonStringIsParsedAndJsonNumberIsMilliseconds() {
    assertThat(Ttl.fromJson(Json.object().put("t", "2h").get("t"))).contains(Duration.ofHours(2));
    assertThat(Ttl.fromJson(Json.object().put("t", 60000).get("t")))
        .contains(Duration.ofMinutes(1));
    assertThat(Ttl.fromJson(Json.object().put("t", 1.5).get("t")))
        .contains(Duration.ofNanos(1_500_000));
    assertThat(Ttl.fromJson(Json.MAPPER.readTree("1e400")))
        .contains(Duration.ofNanos(Long.MAX_VALUE));
  }

  @Test
  void otherJsonTypesAre422() {
    for (String json : List.of("true", "{}", "[]", "[\"1h\"]", "\"soon\"")) {
      assertThatThrownBy(() -> Ttl.fromJson(Json.MAPPER.readTree(json)))
          .as(json)
          .isInstanceOfSatisfying(HyperError.class, e -> assertThat(e.status()).isEqualTo(422));
    }
  }

  @Property
  void anyNumberWithAnyUnitIsThatManyUnits(
      @ForAll("numbers") String number,
      @ForAll("units") String unit,
      @ForAll @IntRange(max = 3) int spaces) {
    String text = number + " ".repeat(unit.isEmpty() ? 0 : spaces) + unit;
    BigDecimal millis = new BigDecimal(number).multiply(BigDecimal.valueOf(UNITS.get(unit)));
    assertThat(Ttl.parse(text)).isEqualTo(nanos(millis.multiply(BigDecimal.valueOf(1_000_000))));
  }

  @Property
  void unitsIgnoreCase(
      @ForAll("numbers") String number, @ForAll("units") String unit, @ForAll long caseBits) {
    StringBuilder mixed = new StringBuilder();
    for (int i = 0; i < unit.length(); i++) {
      char c = unit.charAt(i);
      mixed.append((caseBits >> (i % 64) & 1) == 1 ? Character.toUpperCase(c) : c);
    }
    assertThat(Ttl.parse(number + mixed)).isEqualTo(Ttl.parse(number + unit));
  }

  @Property
  void aNegativeTtlIsTheNegatedPositiveOne(
      @ForAll("numbers") String number, @ForAll("units") String unit) {
    assertThat(Ttl.parse("-" + number + unit)).isEqualTo(Ttl.parse(number + unit).negated());
  }

  @Property
  void twoTtlsInARowAreNotATtl(
      @ForAll("numbers") String a,
      @ForAll("nonEmptyUnits") String unit,
      @ForAll("numbers") String b,
      @ForAll("units") String unit2) {
    assertInvalid(a + unit + b + unit2);
  }

  @Property
  void surroundingWhitespaceIsNotATtl(
      @ForAll("numbers") String number,
      @ForAll("units") String unit,
      @ForAll("blanks") String blank,
      @ForAll boolean before) {
    // ms's " *" before an absent unit also accepts trailing spaces: "100 " is 100 ms.
    boolean msAllowsIt = !before && unit.isEmpty() && blank.chars().allMatch(c -> c == ' ');
    if (!msAllowsIt) {
      assertInvalid(before ? blank + number + unit : number + unit + blank);
    }
  }

  @Property
  void textWithoutDigitsIsNeverATtl(@ForAll @StringLength(max = 20) String text) {
    if (text.chars().noneMatch(c -> c >= '0' && c <= '9')) {
      assertInvalid(text);
    }
  }

  @Property
  void parsingNeverFailsWithAnythingButA422(@ForAll @StringLength(max = 120) String text) {
    try {
      Ttl.parse(text);
    } catch (HyperError e) {
      assertThat(e.status()).isEqualTo(422);
      assertThat(e.msg()).startsWith("ttl is not valid");
    }
  }

  @Provide
  Arbitrary<String> numbers() {
    Arbitrary<String> whole = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(9);
    Arbitrary<String> fraction = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(6);
    return Arbitraries.oneOf(
        whole,
        Combinators.combine(whole, fraction).as((w, f) -> w + "." + f),
        fraction.map(f -> "." + f));
  }

  @Provide
  Arbitrary<String> units() {
    return Arbitraries.of(UNITS.keySet());
  }

  @Provide
  Arbitrary<String> nonEmptyUnits() {
    return Arbitraries.of(UNITS.keySet()).filter(u -> !u.isEmpty());
  }

  @Provide
  Arbitrary<String> blanks() {
    return Arbitraries.of(" ", "  ", "\t", "\n", "\r\n", "\u00a0");
  }

  /** Exact nanoseconds, rounded half up and capped at ±Long.MAX_VALUE as Ttl promises. */
  private static Duration nanos(BigDecimal nanos) {
    BigDecimal max = BigDecimal.valueOf(Long.MAX_VALUE);
    BigDecimal capped = nanos.min(max).max(max.negate());
    return Duration.ofNanos(capped.setScale(0, RoundingMode.HALF_UP).longValueExact());
  }

  private static void assertInvalid(String text) {
    assertThatThrownBy(() -> Ttl.parse(text))
        .as("\"%s\"", text)
        .isInstanceOfSatisfying(HyperError.class, e -> assertThat(e.status()).isEqualTo(422));
  }
}
