package io.hyper.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyper.connect.testing.InvalidCall;
import io.hyper.connect.testing.Mode;
import io.hyper.connect.testing.RecordingServer;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Ids are checked alike on every action that takes one (blank, {@code .} and {@code ..}), in
 * documents and bulk items too, and domains by hyper's name rule, before anything reaches the
 * socket: the recording server counts every request it gets.
 */
class IdAndDomainValidationIT {
  private static final String DOT =
      "must not be \".\" or \"..\" (a URL path reads them as dot segments)";

  private static RecordingServer server;
  private static Hyper hyper;

  @BeforeAll
  static void start() {
    server = RecordingServer.start();
    hyper = TestHypers.builder().connectionString(server.url() + "/test").build();
  }

  @AfterAll
  static void stop() {
    hyper.close();
    server.close();
  }

  @BeforeEach
  void nothingYet() {
    assertThat(server.requestCount()).isZero();
  }

  static Stream<Arguments> cases() {
    List<InvalidCall> cases =
        List.of(
            new InvalidCall(
                "data.add blank _id",
                h -> h.data().add(Map.of("_id", " ")),
                h -> h.data().async().add(Map.of("_id", " ")),
                "doc._id must not be blank, was \" \""),
            new InvalidCall(
                "data.add empty _id",
                h -> h.data().add(Map.of("_id", "", "title", "x")),
                h -> h.data().async().add(Map.of("_id", "", "title", "x")),
                "doc._id must not be blank, was \"\""),
            new InvalidCall(
                "data.add _id ..",
                h -> h.data().add(Map.of("_id", "..")),
                h -> h.data().async().add(Map.of("_id", "..")),
                "doc._id " + DOT + ", was \"..\""),
            new InvalidCall(
                "data.get .",
                h -> h.data().get("."),
                h -> h.data().async().get("."),
                "id " + DOT + ", was \".\""),
            new InvalidCall(
                "data.update ..",
                h -> h.data().update("..", Map.of("a", 1)),
                h -> h.data().async().update("..", Map.of("a", 1)),
                "id " + DOT + ", was \"..\""),
            new InvalidCall(
                "data.remove .",
                h -> h.data().remove("."),
                h -> h.data().async().remove("."),
                "id " + DOT + ", was \".\""),
            new InvalidCall(
                "data.bulk item 1 _id ..",
                h -> h.data().bulk(List.of(Map.of("_id", "ok"), Map.of("_id", ".."))),
                h -> h.data().async().bulk(List.of(Map.of("_id", "ok"), Map.of("_id", ".."))),
                "docs[1]._id " + DOT + ", was \"..\""),
            new InvalidCall(
                "data.bulk item 0 blank _id",
                h -> h.data().bulk(List.of(Map.of("_id", "  "))),
                h -> h.data().async().bulk(List.of(Map.of("_id", "  "))),
                "docs[0]._id must not be blank, was \"  \""),
            new InvalidCall(
                "search.add key .",
                h -> h.search().add(".", Map.of("a", 1)),
                h -> h.search().async().add(".", Map.of("a", 1)),
                "key " + DOT + ", was \".\""),
            new InvalidCall(
                "search.get key ..",
                h -> h.search().get(".."),
                h -> h.search().async().get(".."),
                "key " + DOT + ", was \"..\""),
            new InvalidCall(
                "search.update key .",
                h -> h.search().update(".", Map.of("a", 1)),
                h -> h.search().async().update(".", Map.of("a", 1)),
                "key " + DOT + ", was \".\""),
            new InvalidCall(
                "search.remove key ..",
                h -> h.search().remove(".."),
                h -> h.search().async().remove(".."),
                "key " + DOT + ", was \"..\""),
            new InvalidCall(
                "search.load item 1 id ..",
                h -> h.search().load(List.of(Map.of("_id", "a"), Map.of("id", ".."))),
                h -> h.search().async().load(List.of(Map.of("_id", "a"), Map.of("id", ".."))),
                "docs[1].id " + DOT + ", was \"..\""),
            new InvalidCall(
                "storage.remove name ..",
                h -> h.storage().remove("a/../b"),
                h -> h.storage().async().remove("a/../b"),
                "name must not contain '..' as a segment, was \"a/../b\""));
    return Stream.of(Mode.values()).flatMap(mode -> cases.stream().map(c -> Arguments.of(mode, c)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void invalidIdsAreRejectedBeforeSending(Mode mode, InvalidCall call) {
    call.assertRejectedBeforeSending(mode, hyper, server);
  }

  @Test
  void aDomainThatIsNotALowerCaseNameFailsAtConnectWithoutARequest() {
    String rule =
        " must be a lower-case name: a-z or 0-9 first, then only a-z 0-9 _ ~ -"
            + " (hyper's rule for cache stores and queues), was \"Movies\"";
    assertThatThrownBy(() -> Hyper.connect(server.url() + "/Movies"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the connection string's path (domain)" + rule);
    assertThatThrownBy(() -> Hyper.connect("cloud://k:s@cloud.hyper.io/app", "Movies"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("domain" + rule);
    assertThatThrownBy(() -> hyper.withDomain("Movies"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("domain" + rule);
    assertThatThrownBy(() -> Hyper.builder().domain("Movies"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("domain" + rule);

    assertThat(server.requestCount()).as("requests sent").isZero();
  }
}
