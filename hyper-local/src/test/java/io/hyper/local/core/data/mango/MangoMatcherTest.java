package io.hyper.local.core.data.mango;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.local.core.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MangoMatcherTest {
  private static final String DOC =
      "{\"_id\":\"1\",\"year\":1985,\"title\":\"Alien\",\"code\":\"1985\",\"price\":1.0,"
          + "\"tags\":[\"a\",\"b\",[\"x\"]],\"info\":{\"rating\":4,\"cast\":[{\"name\":\"Ripley\"}]},"
          + "\"nothing\":null,\"scores\":[3,8,12],\"flag\":true}";

  private static boolean matches(String selector) {
    return MangoMatcher.matches(
        MangoParser.parse(Json.MAPPER.readTree(selector)), Json.MAPPER.readTree(DOC));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{}|true",
        "{\"year\":{\"$gt\":1984}}|true",
        "{\"code\":{\"$gt\":1984}}|false",
        "{\"code\":{\"$gt\":\"1984\"}}|true",
        "{\"year\":\"1985\"}|false",
        "{\"price\":1}|true",
        "{\"year\":{\"$gte\":1985,\"$lt\":1986}}|true",
        "{\"tags\":\"a\"}|true",
        "{\"tags\":[\"x\"]}|true",
        "{\"tags\":[\"a\",\"b\",[\"x\"]]}|true",
        "{\"tags\":[\"b\",\"a\"]}|false",
        "{\"tags\":\"x\"}|false",
        "{\"tags\":{\"$ne\":\"a\"}}|false",
        "{\"missing\":{\"$ne\":\"a\"}}|true",
        "{\"missing\":{\"$nin\":[\"a\"]}}|true",
        "{\"missing\":{\"$gt\":0}}|false",
        "{\"missing\":{\"$not\":{\"$gt\":0}}}|true",
        "{\"nothing\":null}|true",
        "{\"missing\":null}|false",
        "{\"nothing\":{\"$exists\":true}}|true",
        "{\"missing\":{\"$exists\":false}}|true",
        "{\"scores\":{\"$gt\":10}}|true",
        "{\"scores\":{\"$gt\":20}}|false",
        "{\"scores\":{\"$elemMatch\":{\"$gt\":5,\"$lt\":9}}}|true",
        "{\"scores\":{\"$elemMatch\":{\"$gt\":8,\"$lt\":12}}}|false",
        "{\"info.cast\":{\"$elemMatch\":{\"name\":\"Ripley\"}}}|true",
        "{\"info.cast.name\":\"Ripley\"}|false",
        "{\"info.rating\":{\"$in\":[3,4]}}|true",
        "{\"tags\":{\"$all\":[\"b\",\"a\"]}}|true",
        "{\"tags\":{\"$all\":[\"a\",\"c\"]}}|false",
        "{\"tags\":{\"$all\":[]}}|false",
        "{\"tags\":{\"$size\":3}}|true",
        "{\"title\":{\"$size\":5}}|false",
        "{\"title\":{\"$regex\":\"^Al\"}}|true",
        "{\"tags\":{\"$regex\":\"^b$\"}}|true",
        "{\"year\":{\"$regex\":\"19\"}}|false",
        "{\"flag\":{\"$gt\":false}}|true",
        "{\"nothing\":{\"$gte\":null}}|true",
        "{\"nothing\":{\"$gt\":null}}|false",
        "{\"$or\":[{\"year\":1},{\"title\":\"Alien\"}]}|true",
        "{\"$nor\":[{\"year\":1},{\"title\":\"Alien\"}]}|false",
        "{\"$and\":[{\"year\":1985},{\"$not\":{\"title\":\"Heat\"}}]}|true",
        "{\"info\":{\"rating\":4,\"cast\":[{\"name\":\"Ripley\"}]}}|true",
        "{\"info\":{\"cast\":[{\"name\":\"Ripley\"}],\"rating\":4}}|false",
      })
  void selectorsMatchAsMongoDbDoesWithStrictTypes(String selector, boolean expected) {
    assertThat(matches(selector)).isEqualTo(expected);
  }

  @Test
  void stringsCompareByCodePointNotByUtf16Unit() {
    assertThat(JsonValues.compareCodePoints("\uFFFF", "\uD83D\uDE00")).isNegative();
    assertThat(JsonValues.compareCodePoints("ab", "a")).isPositive();
    assertThat(JsonValues.compareCodePoints("", "")).isZero();
  }
}
