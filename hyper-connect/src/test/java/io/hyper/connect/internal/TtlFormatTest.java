package io.hyper.connect.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The cache TTL grammar of hyper contract §5.5, and rendering durations in it. */
class TtlFormatTest {

  @ParameterizedTest
  @CsvSource({
    "30s, 30000",
    "10m, 600000",
    "2h, 7200000",
    "2 hours, 7200000",
    "1d, 86400000",
    "1w, 604800000",
    "1y, 31557600000",
    "1.5h, 5400000",
    "100, 100",
    ".5s, 500",
    "1M, 60000",
    "-1s, -1000",
    "5 Minutes, 300000",
    "3   msecs, 3",
    "2yrs, 63115200000",
  })
  void parsesTheContractExamples(String ttl, long millis) {
    assertThat(TtlFormat.parseMillis(ttl)).isEqualTo(millis);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1h30m", " 5m", "1mo", "", "abc", "1.", "5m ", "1e3", "--1", "1 h m"})
  void rejectsWhatTheGrammarDoesNot(String ttl) {
    assertThatThrownBy(() -> TtlFormat.parseMillis(ttl))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("was \"" + ttl + "\"");
  }

  @ParameterizedTest
  @CsvSource({
    "PT0S, 0ms",
    "PT1.5S, 1500ms",
    "PT10M, 10m",
    "PT2H, 2h",
    "P1D, 1d",
    "P14D, 2w",
    "PT90S, 90s"
  })
  void formatsDurationsInTheLargestExactUnit(String duration, String ttl) {
    assertThat(TtlFormat.format(Duration.parse(duration))).isEqualTo(ttl);
  }

  @ParameterizedTest
  @CsvSource({
    "PT-1S, 'ttl must not be negative, was PT-1S'",
    "PT0.0005S, 'ttl must be a whole number of milliseconds, was PT0.0005S'"
  })
  void rejectsDurationsItCannotSend(String duration, String message) {
    assertThatThrownBy(() -> TtlFormat.format(Duration.parse(duration)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Property(tries = 500)
  void everyFormattedDurationParsesBackToItsMillis(
      @ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long millis) {
    String ttl = TtlFormat.format(Duration.ofMillis(millis));

    assertThat(TtlFormat.parseMillis(ttl)).isEqualTo(millis);
  }

  @Property(tries = 500)
  void everyGrammaticalTtlParses(@ForAll("grammatical") String ttl) {
    assertThat(TtlFormat.parseMillis(ttl)).isNotNull();
  }

  @Property(tries = 500)
  void aTtlWithALeadingSpaceOrAMonthUnitNeverParses(@ForAll("grammatical") String ttl) {
    assertThatThrownBy(() -> TtlFormat.parseMillis(" " + ttl))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TtlFormat.parseMillis(ttl + "mo"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Provide
  Arbitrary<String> grammatical() {
    Arbitrary<String> sign = Arbitraries.of("", "-");
    Arbitrary<String> number =
        Arbitraries.oneOf(
            Arbitraries.integers().between(0, 100_000).map(String::valueOf),
            Arbitraries.integers().between(0, 999).map(n -> "." + n),
            Arbitraries.integers().between(0, 999).map(n -> n + "." + (n % 10)));
    Arbitrary<String> spaces = Arbitraries.of("", " ", "  ");
    Arbitrary<String> unit =
        Arbitraries.of(
                "",
                "ms",
                "msec",
                "msecs",
                "millisecond",
                "milliseconds",
                "s",
                "sec",
                "secs",
                "second",
                "seconds",
                "m",
                "min",
                "mins",
                "minute",
                "minutes",
                "h",
                "hr",
                "hrs",
                "hour",
                "hours",
                "d",
                "day",
                "days",
                "w",
                "week",
                "weeks",
                "y",
                "yr",
                "yrs",
                "year",
                "years")
            .flatMap(u -> Arbitraries.of(u, u.toUpperCase(java.util.Locale.ROOT)));
    return Combinators.combine(sign, number, spaces, unit)
        .as((s, n, sp, u) -> s + n + (u.isEmpty() ? "" : sp) + u);
  }
}
