package io.hyper.connect;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyper.connect.storage.SignedUrlType;
import io.hyper.connect.testing.InvalidCall;
import io.hyper.connect.testing.Mode;
import io.hyper.connect.testing.RecordingServer;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invalid arguments to search, storage and queue are rejected before anything is sent, sync and
 * async alike, with an {@link IllegalArgumentException} that names the argument and the bad value
 * (but never a secret).
 */
class MoreArgumentValidationIT {
  private static final String LONG_SECRET = "s".repeat(101);

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
                "search.create no fields",
                h -> h.search().create(List.of()),
                h -> h.search().async().create(List.of()),
                "fields must not be empty"),
            new InvalidCall(
                "search.create blank store field",
                h -> h.search().create(List.of("a"), List.of(" ")),
                h -> h.search().async().create(List.of("a"), List.of(" ")),
                "storeFields[0] must not be blank, was \" \""),
            new InvalidCall(
                "search.add blank key",
                h -> h.search().add("", Map.of()),
                h -> h.search().async().add("", Map.of()),
                "key must not be blank, was \"\""),
            new InvalidCall(
                "search.add array doc",
                h -> h.search().add("k", List.of()),
                h -> h.search().async().add("k", List.of()),
                "doc must be a JSON object, was an array"),
            new InvalidCall(
                "search.get null key",
                h -> h.search().get(null),
                h -> h.search().async().get(null),
                "key must not be null"),
            new InvalidCall(
                "search.update null doc",
                h -> h.search().update("k", null),
                h -> h.search().async().update("k", null),
                "doc must not be null"),
            new InvalidCall(
                "search.remove blank key",
                h -> h.search().remove(" "),
                h -> h.search().async().remove(" "),
                "key must not be blank, was \" \""),
            new InvalidCall(
                "search.query blank",
                h -> h.search().query(" "),
                h -> h.search().async().query(" "),
                "query must not be blank, was \" \""),
            new InvalidCall(
                "search.query null options",
                h -> h.search().query("x", null),
                h -> h.search().async().query("x", null),
                "options must not be null"),
            new InvalidCall(
                "search.load doc without key",
                h -> h.search().load(List.of(Map.of("_id", "1"), Map.of("title", "x"))),
                h -> h.search().async().load(List.of(Map.of("_id", "1"), Map.of("title", "x"))),
                "docs[1] needs a string _id or id to be its key, was {\"title\":\"x\"}"),
            new InvalidCall(
                "search.load empty",
                h -> h.search().load(List.of()),
                h -> h.search().async().load(List.of()),
                "docs must not be empty"),
            new InvalidCall(
                "search.destroy false",
                h -> h.search().destroy(false),
                h -> h.search().async().destroy(false),
                "confirm must be true to destroy the search index at "
                    + server.url()
                    + "/search/test, was false; nothing was sent"),
            new InvalidCall(
                "storage.upload dot-dot",
                h -> h.storage().upload("a/../b.txt", new byte[0]),
                h -> h.storage().async().upload("a/../b.txt", new byte[0]),
                "name must not contain '..' as a segment, was \"a/../b.txt\""),
            new InvalidCall(
                "storage.upload empty segment",
                h -> h.storage().upload("a//b.txt", new ByteArrayInputStream(new byte[0])),
                h -> h.storage().async().upload("a//b.txt", new ByteArrayInputStream(new byte[0])),
                "name must not contain an empty segment ('//'), was \"a//b.txt\""),
            new InvalidCall(
                "storage.upload leading slash",
                h -> h.storage().upload("/a.txt", new byte[0]),
                h -> h.storage().async().upload("/a.txt", new byte[0]),
                "name must not start or end with '/', was \"/a.txt\""),
            new InvalidCall(
                "storage.upload null stream",
                h -> h.storage().upload("a.txt", (java.io.InputStream) null),
                h -> h.storage().async().upload("a.txt", (java.io.InputStream) null),
                "content must not be null"),
            new InvalidCall(
                "storage.upload missing file",
                h -> h.storage().upload("a.txt", Path.of("no/such/file.txt")),
                h -> h.storage().async().upload("a.txt", Path.of("no/such/file.txt")),
                "file must be a readable regular file, was no/such/file.txt"),
            new InvalidCall(
                "storage.download blank",
                h -> h.storage().download(" "),
                h -> h.storage().async().download(" "),
                "name must not be blank, was \" \""),
            new InvalidCall(
                "storage.signedUrl null type",
                h -> h.storage().signedUrl("a.txt", null),
                h -> h.storage().async().signedUrl("a.txt", null),
                "type must not be null"),
            new InvalidCall(
                "storage.signedUrl dot segment",
                h -> h.storage().signedUrl("./a.txt", SignedUrlType.DOWNLOAD),
                h -> h.storage().async().signedUrl("./a.txt", SignedUrlType.DOWNLOAD),
                "name must not contain '.' as a segment, was \"./a.txt\""),
            new InvalidCall(
                "storage.remove trailing slash",
                h -> h.storage().remove("dir/"),
                h -> h.storage().async().remove("dir/"),
                "name must not start or end with '/', was \"dir/\""),
            new InvalidCall(
                "storage.destroy false",
                h -> h.storage().destroy(false),
                h -> h.storage().async().destroy(false),
                "confirm must be true to destroy the bucket at "
                    + server.url()
                    + "/storage/test, was false; nothing was sent"),
            new InvalidCall(
                "queue.create relative target",
                h -> h.queue().create("/jobs"),
                h -> h.queue().async().create("/jobs"),
                "target must be an absolute http(s) URL with a host, was \"/jobs\""),
            new InvalidCall(
                "queue.create ftp target",
                h -> h.queue().create("ftp://example.com/jobs", "s"),
                h -> h.queue().async().create("ftp://example.com/jobs", "s"),
                "target must be an absolute http(s) URL with a host, was \"ftp://example.com/jobs\""),
            new InvalidCall(
                "queue.create malformed target",
                h -> h.queue().create("http://exa mple.com"),
                h -> h.queue().async().create("http://exa mple.com"),
                "target must be an absolute http(s) URL, was \"http://exa mple.com\": Illegal"
                    + " character in authority"),
            new InvalidCall(
                "queue.create secret too long",
                h -> h.queue().create("https://w.example/jobs", LONG_SECRET),
                h -> h.queue().async().create("https://w.example/jobs", LONG_SECRET),
                "secret must be at most 100 characters, was 101 characters long"),
            new InvalidCall(
                "queue.create empty secret",
                h -> h.queue().create("https://w.example/jobs", ""),
                h -> h.queue().async().create("https://w.example/jobs", ""),
                "secret must be 1 to 100 characters, was empty; use create(target) for an"
                    + " unsigned queue"),
            new InvalidCall(
                "queue.enqueue string",
                h -> h.queue().enqueue("job"),
                h -> h.queue().async().enqueue("job"),
                "job must be a JSON object, was a string"),
            new InvalidCall(
                "queue.destroy false",
                h -> h.queue().destroy(false),
                h -> h.queue().async().destroy(false),
                "confirm must be true to destroy the queue at "
                    + server.url()
                    + "/queue/test, was false; nothing was sent"));
    return Stream.of(Mode.values()).flatMap(mode -> cases.stream().map(c -> Arguments.of(mode, c)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void invalidArgumentsAreRejectedBeforeSending(Mode mode, InvalidCall call) {
    call.assertRejectedBeforeSending(mode, hyper, server);
  }

  @Test
  void aTooLongSecretIsNeverShown() {
    assertThatThrownBy(() -> hyper.queue().create("https://w.example/jobs", LONG_SECRET))
        .message()
        .doesNotContain(LONG_SECRET);
  }
}
