package io.hyper.local.core;

import static io.hyper.local.core.HyperErrorAssert.assertStatus;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class JsonGateTest {

  private static JsonNode read(String json) {
    return JsonGate.read(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void surrogatePairKeysAreAcceptedEscapedOrRaw() {
    // How Python's json.dumps sends an emoji key: jackson-core before 3.1 called this malformed.
    assertThat(read("{\"\\ud83d\\ude00\":1}").has("\uD83D\uDE00")).isTrue();
    assertThat(read("{\"\uD83D\uDE00\":\"\uD83D\uDE00\"}").get("\uD83D\uDE00").stringValue())
        .isEqualTo("\uD83D\uDE00");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"a\":1e400}", "[-1e400]", "{\"a\":{\"b\":[1E999]}}"})
  void numbersBeyondADoubleAre400(String json) {
    assertStatus(400, () -> read(json));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"a\":18446744073709551616}",
        "[-9223372036854775809]",
        "{\"limit\":100000000000000000000000000000}"
      })
  void integersBeyond64BitsAre422(String json) {
    assertStatus(422, () -> read(json));
  }

  @Test
  void numbersAtTheEdgesOfLongsAndDoublesPass() {
    JsonNode node =
        read("[9223372036854775807,-9223372036854775808,1.7976931348623157e308,1e-400,-0.0]");
    assertThat(node.get(0).longValue()).isEqualTo(Long.MAX_VALUE);
    assertThat(node.get(1).longValue()).isEqualTo(Long.MIN_VALUE);
    assertThat(node.get(2).doubleValue()).isEqualTo(Double.MAX_VALUE);
    assertThat(node.get(3).doubleValue()).isZero();
  }

  @Test
  void nestingIsLimited() {
    String ok = "[".repeat(JsonGate.MAX_DEPTH) + "]".repeat(JsonGate.MAX_DEPTH);
    assertThat(read(ok).isArray()).isTrue();
    String deep = "[".repeat(JsonGate.MAX_DEPTH + 1) + "]".repeat(JsonGate.MAX_DEPTH + 1);
    assertStatus(400, () -> read(deep));
    String veryDeep = "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000);
    assertStatus(400, () -> read(veryDeep));
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"a\":\"\\ud800\"}", "{\"\\udc00\":1}", "[\"x\\ude00y\"]"})
  void unpairedSurrogatesAre400(String json) {
    assertStatus(400, () -> read(json));
  }

  @Test
  void invalidUtf8Is400() {
    byte[][] bodies = {
      {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, '(', '"', '}'},
      {'[', '"', (byte) 0xFF, '"', ']'},
      {'[', '"', (byte) 0xE2, (byte) 0x82, '"', ']'},
      {'[', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', ']'},
    };
    for (byte[] body : bodies) {
      assertStatus(400, () -> JsonGate.read(body));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"a\":1,\"a\":2}", "{", "[1,]", "{'a':1}", "[NaN]", "[1] [2]"})
  void malformedJsonIs400(String json) {
    assertStatus(400, () -> read(json));
  }

  @Test
  void queryStringJsonGoesThroughTheSameRules() {
    assertThat(JsonGate.read("{\"a\":[1,\"b\"]}").get("a").size()).isEqualTo(2);
    assertStatus(400, () -> JsonGate.read("[1e400]"));
  }

  @Property(seed = "20261201")
  void arbitraryBytesGiveAValueOrA4xx(@ForAll("bodies") byte[] body) {
    try {
      JsonNode node = JsonGate.read(body);
      assertThat(node).isNotNull();
      if (!node.isMissingNode()) {
        // What passes can be written back and read again to an equal value.
        assertThat(read(Json.MAPPER.writeValueAsString(node))).isEqualTo(node);
      }
    } catch (HyperError e) {
      assertThat(e.status()).isIn(400, 422);
    }
  }

  @Provide
  Arbitrary<byte[]> bodies() {
    Arbitrary<String> tokens =
        Arbitraries.of(
            "{",
            "}",
            "[",
            "]",
            ":",
            ",",
            "\"",
            "\\u",
            "d83d",
            "\\ude00",
            "1e400",
            "-",
            "0",
            "9",
            "18446744073709551616",
            "true",
            "null",
            "\"k\"",
            "\"\\ud800\"",
            "é",
            "\uD83D\uDE00");
    Arbitrary<byte[]> structured =
        tokens.list().ofMaxSize(40).map(l -> String.join("", l).getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> raw = Arbitraries.bytes().array(byte[].class).ofMaxSize(64).map(b -> wrap(b));
    return Arbitraries.oneOf(structured, raw);
  }

  private static byte[] wrap(byte[] inner) {
    byte[] out = new byte[inner.length + 4];
    out[0] = '[';
    out[1] = '"';
    System.arraycopy(inner, 0, out, 2, inner.length);
    out[out.length - 2] = '"';
    out[out.length - 1] = ']';
    return out;
  }
}
