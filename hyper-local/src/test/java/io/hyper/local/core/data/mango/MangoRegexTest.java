package io.hyper.local.core.data.mango;

import static io.hyper.local.core.HyperErrorAssert.assertStatus;
import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.local.core.Deadline;
import io.hyper.local.core.HyperError;
import io.hyper.local.core.Json;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MangoRegexTest {

  /** Patterns that backtrack catastrophically or overflow the stack in java.util.regex. */
  @ParameterizedTest
  @CsvSource(
      delimiter = ' ',
      value = {
        "(a|a)+$ false",
        "((x*)*)*y false",
        "(.*){1,1000}y false",
        "(a|b)*c false",
        "(\\w+\\s?)*$ true",
        "^(a+)+$ false",
      })
  void pathologicalPatternsMatchInLinearTime(String pattern, boolean expected) {
    String text = "a".repeat(2000) + "!";
    long started = System.nanoTime();
    assertThat(MangoRegex.compile(pattern).matcher(text).find()).isEqualTo(expected);
    assertThat((System.nanoTime() - started) / 1_000_000).as(pattern).isLessThan(5000);
  }

  @Test
  void aPatternLongerThanTheLimitIs400() {
    assertStatus(400, () -> MangoRegex.compile("a".repeat(100_000)));
    assertThat(MangoRegex.compile("a".repeat(MangoRegex.MAX_LENGTH)).matcher("a").find()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "(a)\\1",
        "(?=a)b",
        "(?!a)b",
        "(?<=a)b",
        "(?<!a)b",
        "a++",
        "a{1001}",
        "((a{1,1000}){1,1000}){1,1000}",
        "(((a{100}){100}){100})"
      })
  void patternsOutsideTheDialectOrTooLargeAre400(String pattern) {
    long started = System.nanoTime();
    assertStatus(400, () -> MangoRegex.compile(pattern));
    assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(2000);
  }

  @ParameterizedTest
  @ValueSource(strings = {"(", "[a", "a)", "*a", "\\"})
  void malformedPatternsAre422(String pattern) {
    assertStatus(422, () -> MangoRegex.compile(pattern));
  }

  @Test
  void theSizeBoundMultipliesNestedRepeats() {
    assertThat(MangoRegex.size("abc")).isEqualTo(3);
    assertThat(MangoRegex.size("(ab){10}")).isBetween(30L, 40L);
    assertThat(MangoRegex.size("((a{1000}){1000})")).isGreaterThan(MangoRegex.MAX_SIZE);
    assertThat(MangoRegex.size("[{}()]{2}\\{3}\\Q((((\\E")).isLessThan(20);
  }

  @Test
  void aMatchStopsWhenItsDeadlinePasses() {
    Selector selector =
        MangoParser.parse(Json.MAPPER.readTree("{\"s\":{\"$regex\":\"(.*){1,1000}y\"}}"));
    var doc = Json.object().put("s", "a".repeat(200_000));
    Deadline deadline = Deadline.after(Duration.ofMillis(200), "query");
    long started = System.nanoTime();
    HyperError error =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            HyperError.class, () -> MangoMatcher.matches(selector, doc, deadline));
    assertThat(error.status()).isEqualTo(503);
    assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(5000);
  }

  @Test
  void aPartialIndexFilterWithAPathologicalRegexParsesQuickly() {
    long started = System.nanoTime();
    io.hyper.local.core.data.IndexSpec spec =
        io.hyper.local.core.data.IndexSpec.parse(
            Json.MAPPER.readTree(
                "{\"name\":\"i\",\"fields\":[\"a\"],"
                    + "\"partialFilter\":{\"a\":{\"$regex\":\"((x*)*)*y\"}}}"));
    assertThat(spec.partialSelector()).isPresent();
    assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(2000);
  }
}
