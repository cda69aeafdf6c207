package io.hyper.local.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.hyper.local.core.HyperError;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Property-based fuzzing of the request parsers hyper-local owns: the query string, path
 * percent-decoding, and the router. Each property runs with a fixed seed, so CI is repeatable; a
 * longer run: {@code ./mvnw -pl hyper-local -am test -Dtest=RequestParsingPropertiesTest
 * -Djqwik.tries.default=200000 -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class RequestParsingPropertiesTest {
  private static final String SEED = "20261201";

  private final Router router =
      new Router()
          .add("GET", "/data/{db}/{id}", r -> Response.ok(200))
          .add("POST", "/data/{db}/_query", r -> Response.ok(200))
          .add("GET", "/storage/{bucket}/{path*}", r -> Response.ok(200));

  /**
   * Any text that is valid Unicode (a lone surrogate has no UTF-8 form, so no client can send it),
   * with controls, emoji and the characters URLs give meaning to.
   */
  @Provide
  Arbitrary<String> text() {
    return Arbitraries.oneOf(
            Arbitraries.strings().ofMaxLength(40),
            Arbitraries.strings().withChars("%/?#&=+ ;.%2Fa\u00e9\ud83d\ude00").ofMaxLength(20),
            Arbitraries.strings().all().ofMaxLength(20))
        .filter(RequestParsingPropertiesTest::validUnicode);
  }

  @Provide
  Arbitrary<String> nonEmptyText() {
    return text().filter(s -> !s.isEmpty());
  }

  @Provide
  Arbitrary<List<String>> segments() {
    return nonEmptyText().list().ofMinSize(1).ofMaxSize(5);
  }

  @Provide
  Arbitrary<List<String>> names() {
    return nonEmptyText().list().ofMaxSize(5);
  }

  /** Raw bytes on the wire: what a hostile client may put in a path or query. */
  @Provide
  Arbitrary<String> raw() {
    return Arbitraries.strings().withChars("%0123456789abcdefABCDEFxyz/+&=?.~-_").ofMaxLength(30);
  }

  @Property(seed = SEED)
  void aPercentEncodedSegmentDecodesToItself(@ForAll("text") String segment) {
    assertThat(Router.decode(encodeSegment(segment))).isEqualTo(segment);
  }

  @Property(seed = SEED)
  void decodingAnyTextEitherSucceedsOrIs400(@ForAll("raw") String raw) {
    assertOnly400(() -> Router.decode(raw));
  }

  @Property(seed = SEED)
  void encodedParametersRouteToTheirOwnSegments(
      @ForAll("nonEmptyText") String db, @ForAll("nonEmptyText") String id) {
    Optional<Router.Match> match =
        router.match("GET", "/data/" + encodeSegment(db) + "/" + encodeSegment(id));
    assertThat(match).isPresent();
    assertThat(match.get().params()).isEqualTo(Map.of("db", db, "id", id));
  }

  @Property(seed = SEED)
  void wildcardPathsKeepEverySegment(@ForAll("segments") List<String> segments) {
    List<String> encoded = new ArrayList<>();
    segments.forEach(s -> encoded.add(encodeSegment(s)));
    Router.Match match =
        router.match("GET", "/storage/b/" + String.join("/", encoded)).orElseThrow();
    assertThat(match.params().get("path")).isEqualTo(String.join("/", segments));
  }

  @Property(seed = SEED)
  void routingAnyRawPathEitherMatchesMissesOrIs400(@ForAll("raw") String raw) {
    assertOnly400(() -> router.match("GET", "/" + raw));
    assertOnly400(() -> router.match("POST", "/data/" + raw));
  }

  @Property(seed = SEED)
  void aFormEncodedQueryParsesBackToItsParameters(
      @ForAll("names") List<String> names, @ForAll("text") String value) {
    Map<String, List<String>> expected = new LinkedHashMap<>();
    List<String> pairs = new ArrayList<>();
    for (String name : names) {
      expected.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      pairs.add(encodeForm(name) + "=" + encodeForm(value));
    }
    assertThat(QueryString.parse(String.join("&", pairs))).isEqualTo(expected);
  }

  @Property(seed = SEED)
  void parsingAnyRawQueryEitherSucceedsOrIs400(@ForAll("raw") String raw) {
    assertOnly400(() -> QueryString.parse(raw));
  }

  private static boolean validUnicode(String text) {
    return StandardCharsets.UTF_8.newEncoder().canEncode(text);
  }

  private static void assertOnly400(Runnable parse) {
    assertThatCode(
            () -> {
              try {
                parse.run();
              } catch (HyperError e) {
                assertThat(e.status()).isEqualTo(400);
              }
            })
        .doesNotThrowAnyException();
  }

  /** Percent-encodes every byte that is not unreserved, as a careful client does. */
  private static String encodeSegment(String text) {
    StringBuilder out = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (Character.isLetterOrDigit(c) && c < 128 || "-._~".indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(String.format("%02X", c));
      }
    }
    return out.toString();
  }

  private static String encodeForm(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
