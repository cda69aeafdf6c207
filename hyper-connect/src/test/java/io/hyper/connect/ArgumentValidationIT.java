package io.hyper.connect;

import io.hyper.connect.data.SortField;
import io.hyper.connect.testing.InvalidCall;
import io.hyper.connect.testing.Mode;
import io.hyper.connect.testing.RecordingServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invalid arguments are rejected before anything is sent, sync and async alike, with an {@link
 * IllegalArgumentException} that names the argument and shows the bad value.
 */
class ArgumentValidationIT {
  private static RecordingServer server;
  private static Hyper hyper;

  @BeforeAll
  static void start() {
    server = RecordingServer.start();
    hyper = TestHypers.builder().connectionString(server.url() + "/test").build();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static Stream<Arguments> cases() {
    List<InvalidCall> cases =
        List.of(
            new InvalidCall(
                "data.get null id",
                h -> h.data().get(null),
                h -> h.data().async().get(null),
                "id must not be null"),
            new InvalidCall(
                "data.get blank id",
                h -> h.data().get("  "),
                h -> h.data().async().get("  "),
                "id must not be blank, was \"  \""),
            new InvalidCall(
                "data.add null",
                h -> h.data().add(null),
                h -> h.data().async().add(null),
                "doc must not be null"),
            new InvalidCall(
                "data.add array",
                h -> h.data().add(List.of(1)),
                h -> h.data().async().add(List.of(1)),
                "doc must be a JSON object, was an array"),
            new InvalidCall(
                "data.add numeric _id",
                h -> h.data().add(Map.of("_id", 5)),
                h -> h.data().async().add(Map.of("_id", 5)),
                "doc._id must be a string, was number 5"),
            new InvalidCall(
                "data.update blank id",
                h -> h.data().update("", Map.of()),
                h -> h.data().async().update("", Map.of()),
                "id must not be blank, was \"\""),
            new InvalidCall(
                "data.update string doc",
                h -> h.data().update("x", "text"),
                h -> h.data().async().update("x", "text"),
                "doc must be a JSON object, was a string"),
            new InvalidCall(
                "data.remove null",
                h -> h.data().remove(null),
                h -> h.data().async().remove(null),
                "id must not be null"),
            new InvalidCall(
                "data.destroy false",
                h -> h.data().destroy(false),
                h -> h.data().async().destroy(false),
                "confirm must be true to destroy the database at "
                    + server.url()
                    + "/data/test, was false; nothing was sent"),
            new InvalidCall(
                "data.list null options",
                h -> h.data().list(null),
                h -> h.data().async().list(null),
                "options must not be null"),
            new InvalidCall(
                "data.query array selector",
                h -> h.data().query(List.of("a")),
                h -> h.data().async().query(List.of("a")),
                "selector must be a JSON object, was an array"),
            new InvalidCall(
                "data.query null options",
                h -> h.data().query(Map.of(), null),
                h -> h.data().async().query(Map.of(), null),
                "options must not be null"),
            new InvalidCall(
                "data.index blank name",
                h -> h.data().index(" ", "a"),
                h -> h.data().async().index(" ", "a"),
                "name must not be blank, was \" \""),
            new InvalidCall(
                "data.index no fields",
                h -> h.data().index("i"),
                h -> h.data().async().index("i"),
                "fields must not be empty"),
            new InvalidCall(
                "data.index blank field",
                h -> h.data().index("i", "a", ""),
                h -> h.data().async().index("i", "a", ""),
                "fields[1] must not be blank, was \"\""),
            new InvalidCall(
                "data.index filter not an object",
                h -> h.data().index("i", List.of(SortField.of("a")), "x"),
                h -> h.data().async().index("i", List.of(SortField.of("a")), "x"),
                "partialFilter must be a JSON object, was a string"),
            new InvalidCall(
                "data.bulk empty",
                h -> h.data().bulk(List.of()),
                h -> h.data().async().bulk(List.of()),
                "docs must not be empty"),
            new InvalidCall(
                "data.bulk doc without _id",
                h -> h.data().bulk(List.of(Map.of("a", 1))),
                h -> h.data().async().bulk(List.of(Map.of("a", 1))),
                "docs[0]._id must be a non-empty string (bulk writes need ids), was missing"),
            new InvalidCall(
                "cache.add upper-case key",
                h -> h.cache().add("Movie", Map.of()),
                h -> h.cache().async().add("Movie", Map.of()),
                "key must start with a-z and contain only a-z 0-9 - ~ _ / $ +, was \"Movie\""),
            new InvalidCall(
                "cache.add null value",
                h -> h.cache().add("k", null),
                h -> h.cache().async().add("k", null),
                "value must not be null"),
            new InvalidCall(
                "cache.add array value",
                h -> h.cache().add("k", List.of()),
                h -> h.cache().async().add("k", List.of()),
                "value must be a JSON object, was an array"),
            new InvalidCall(
                "cache.add compound ttl",
                h -> h.cache().add("k", Map.of(), "1h30m"),
                h -> h.cache().async().add("k", Map.of(), "1h30m"),
                "ttl must be a number with an optional unit (ms, s, m, h, d, w, y), like \"30s\" or"
                    + " \"1.5h\", was \"1h30m\""),
            new InvalidCall(
                "cache.add negative duration",
                h -> h.cache().add("k", Map.of(), Duration.ofSeconds(-1)),
                h -> h.cache().async().add("k", Map.of(), Duration.ofSeconds(-1)),
                "ttl must not be negative, was PT-1S"),
            new InvalidCall(
                "cache.get digit first",
                h -> h.cache().get("1abc"),
                h -> h.cache().async().get("1abc"),
                "key must start with a-z and contain only a-z 0-9 - ~ _ / $ +, was \"1abc\""),
            new InvalidCall(
                "cache.set bad ttl",
                h -> h.cache().set("k", Map.of(), "1mo"),
                h -> h.cache().async().set("k", Map.of(), "1mo"),
                "ttl must be a number with an optional unit (ms, s, m, h, d, w, y), like \"30s\" or"
                    + " \"1.5h\", was \"1mo\""),
            new InvalidCall(
                "cache.set null key",
                h -> h.cache().set(null, Map.of()),
                h -> h.cache().async().set(null, Map.of()),
                "key must not be null"),
            new InvalidCall(
                "cache.remove space in key",
                h -> h.cache().remove("a b"),
                h -> h.cache().async().remove("a b"),
                "key must start with a-z and contain only a-z 0-9 - ~ _ / $ +, was \"a b\""),
            new InvalidCall(
                "cache.query blank pattern",
                h -> h.cache().query(""),
                h -> h.cache().async().query(""),
                "pattern must not be blank, was \"\""),
            new InvalidCall(
                "cache.destroy false",
                h -> h.cache().destroy(false),
                h -> h.cache().async().destroy(false),
                "confirm must be true to destroy the cache store at "
                    + server.url()
                    + "/cache/test, was false; nothing was sent"));
    return Stream.of(Mode.values()).flatMap(mode -> cases.stream().map(c -> Arguments.of(mode, c)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void invalidArgumentsAreRejectedBeforeSending(Mode mode, InvalidCall call) {
    call.assertRejectedBeforeSending(mode, hyper, server);
  }
}
