package io.hyper.connect.storage;

import static io.hyper.connect.testing.Json.assertNoBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyper.connect.Hyper;
import io.hyper.connect.NotFoundException;
import io.hyper.connect.OkResult;
import io.hyper.connect.TestHypers;
import io.hyper.connect.testing.Mode;
import io.hyper.connect.testing.RecordedRequest;
import io.hyper.connect.testing.RecordingServer.Answer;
import io.hyper.connect.testing.Target;
import io.hyper.connect.testing.WireTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every storage action, sync and async, against every connection-string form: the exact request on
 * the wire (binary uploads with a real {@code Content-Type} and no {@code Accept:
 * application/json}, object paths encoded per segment) and the result read from a scripted answer.
 */
class StorageWireIT extends WireTest {

  @TempDir Path dir;

  private static void assertBinaryUpload(RecordedRequest r, String contentType, String body) {
    assertThat(r.header("Content-Type")).contains(contentType);
    assertThat(r.header("Accept")).isEmpty();
    assertThat(r.bodyText()).isEqualTo(body);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void createPutsTheBucket(Mode mode, Target target) {
    Hyper hyper = servers.hyper(target);
    target.server(servers).enqueue(Answer.json(201, "{\"ok\":true}"));

    OkResult r = mode.call(() -> hyper.storage().create(), () -> hyper.storage().async().create());

    assertThat(r).isEqualTo(new OkResult(true, 201, Optional.empty(), "storage.create"));
    assertNoBody(take(target, "PUT", target.base("storage")));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void destroyDeletesTheBucket(Mode mode, Target target) {
    Hyper hyper = servers.hyper(target);
    target.server(servers).enqueue(Answer.json(201, "{\"ok\":true}"));

    OkResult r =
        mode.call(() -> hyper.storage().destroy(true), () -> hyper.storage().async().destroy(true));

    assertThat(r.ok()).isTrue();
    assertNoBody(take(target, "DELETE", target.base("storage")));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void uploadOfBytesPostsThemWithTheMediaTypeOfTheName(Mode mode, Target target) {
    Hyper hyper = servers.hyper(target);
    target.server(servers).enqueue(Answer.json(201, "{\"ok\":true}"));
    byte[] png = "\u0089PNG-bytes".getBytes(StandardCharsets.UTF_8);

    OkResult r =
        mode.call(
            () -> hyper.storage().upload("posters/dune 1984.png", png),
            () -> hyper.storage().async().upload("posters/dune 1984.png", png));

    assertThat(r.status()).isEqualTo(201);
    RecordedRequest request =
        take(target, "POST", target.base("storage") + "/posters/dune%201984.png");
    assertThat(request.body()).isEqualTo(png);
    assertThat(request.header("Content-Type")).contains("image/png");
    assertThat(request.header("Accept")).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void uploadOfAStreamSendsItWithoutKnowingItsLength(Mode mode, Target target) {
    Hyper hyper = servers.hyper(target);

    OkResult r =
        mode.call(
            () -> hyper.storage().upload("notes/a.json", stream("{\"a\":1}")),
            () -> hyper.storage().async().upload("notes/a.json", stream("{\"a\":1}")));

    assertThat(r.ok()).isTrue();
    assertBinaryUpload(
        take(target, "POST", target.base("storage") + "/notes/a.json"),
        "application/json",
        "{\"a\":1}");
  }

  @ParameterizedTest
  @MethodSource("cases")
  void uploadOfAFileSendsItsBytes(Mode mode, Target target) throws IOException {
    Hyper hyper = servers.hyper(target);
    Path file = Files.writeString(dir.resolve("local-name.bin"), "file content");

    mode.call(
        () -> hyper.storage().upload("a/b/c.txt", file),
        () -> hyper.storage().async().upload("a/b/c.txt", file));

    assertBinaryUpload(
        take(target, "POST", target.base("storage") + "/a/b/c.txt"), "text/plain", "file content");
  }

  @ParameterizedTest
  @MethodSource("cases")
  void uploadOfANameWithoutKnownExtensionIsOctetStream(Mode mode, Target target) {
    Hyper hyper = servers.hyper(target);

    mode.call(
        () -> hyper.storage().upload("README", new byte[] {1}),
        () -> hyper.storage().async().upload("README", new byte[] {1}));
    mode.call(
        () -> hyper.storage().upload("x.unknownext", new byte[] {1}),
        () -> hyper.storage().async().upload("x.unknownext", new byte[] {1}));

    assertThat(take(target, "POST", target.base("storage") + "/README").header("Content-Type"))
        .contains("application/octet-stream");
    assertThat(
            take(target, "POST", target.base("storage") + "/x.unknownext").header("Content-Type"))
        .contains("application/octet-stream");
  }

  @ParameterizedTest
  @MethodSource("cases")
  void uploadIntoAMissingBucketIsNotOk404(Mode mode, Target target) {
    Hyper hyper = servers.hyper(target);
    target
        .server(servers)
        .enqueue(
            Answer.json(404, "{\"ok\":false,\"status\":404,\"msg\":\"bucket does not exist\"}"));

    OkResult r =
        mode.call(
            () -> hyper.storage().upload("a.txt", new byte[] {1}),
            () -> hyper.storage().async().upload("a.txt", new byte[] {1}));

    assertThat(r.ok()).isFalse();
    assertThat(r.status()).isEqualTo(404);
    assertThatThrownBy(r::orThrow).isInstanceOf(NotFoundException.class);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void downloadStreamsTheBodyAndItsMediaType(Mode mode, Target target) throws IOException {
    Hyper hyper = servers.hyper(target);
    target.server(servers).enqueue(Answer.of(200, "image/png", "PNG bytes"));

    try (DownloadResult r =
        mode.call(
            () -> hyper.storage().download("posters/dune 1984.png"),
            () -> hyper.storage().async().download("posters/dune 1984.png"))) {
      assertThat(r.ok()).isTrue();
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.contentType()).contains("image/png");
      assertThat(new String(r.body().readAllBytes(), StandardCharsets.UTF_8))
          .isEqualTo("PNG bytes");
    }
    RecordedRequest request =
        take(target, "GET", target.base("storage") + "/posters/dune%201984.png");
    assertNoBody(request);
    assertThat(request.header("Accept")).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void downloadOfAMissingObjectIsNotOk404WithoutAStream(Mode mode, Target target) {
    Hyper hyper = servers.hyper(target);
    target
        .server(servers)
        .enqueue(
            Answer.json(404, "{\"ok\":false,\"status\":404,\"msg\":\"object does not exist\"}"));

    try (DownloadResult r =
        mode.call(
            () -> hyper.storage().download("nope.txt"),
            () -> hyper.storage().async().download("nope.txt"))) {
      assertThat(r.ok()).isFalse();
      assertThat(r.status()).isEqualTo(404);
      assertThat(r.msg()).contains("object does not exist");
      assertThatThrownBy(r::body).isInstanceOf(NotFoundException.class);
    }
  }

  /** The file form is sync only: writing a file is blocking work, kept off the async threads. */
  @ParameterizedTest
  @EnumSource(Target.class)
  void downloadToAFileWritesItOnlyWhenOk(Target target) throws IOException {
    Hyper hyper = servers.hyper(target);
    Path file = Files.writeString(dir.resolve("poster.png"), "old");
    target
        .server(servers)
        .enqueue(
            Answer.of(200, "image/png", "new bytes"),
            Answer.json(404, "{\"ok\":false,\"status\":404,\"msg\":\"gone\"}"));

    OkResult ok = hyper.storage().download("poster.png", file);
    assertThat(ok.ok()).isTrue();
    assertThat(Files.readString(file)).isEqualTo("new bytes");

    OkResult missing = hyper.storage().download("poster.png", file);
    assertThat(missing.status()).isEqualTo(404);
    assertThat(Files.readString(file)).isEqualTo("new bytes");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
    take(target, "GET", target.base("storage") + "/poster.png");
    take(target, "GET", target.base("storage") + "/poster.png");
  }

  @ParameterizedTest
  @MethodSource("cases")
  void signedUrlForDownloadIsAGetAndForUploadAPostWithoutBody(Mode mode, Target target) {
    Hyper hyper = servers.hyper(target);
    target
        .server(servers)
        .enqueue(
            Answer.json(200, "{\"ok\":true,\"url\":\"http://files.example/d?sig=1\"}"),
            Answer.json(201, "{\"ok\":true,\"url\":\"http://files.example/u?sig=2\"}"));

    UrlResult download =
        mode.call(
            () -> hyper.storage().signedUrl("a/b.png", SignedUrlType.DOWNLOAD),
            () -> hyper.storage().async().signedUrl("a/b.png", SignedUrlType.DOWNLOAD));
    UrlResult upload =
        mode.call(
            () -> hyper.storage().signedUrl("a/b.png", SignedUrlType.UPLOAD),
            () -> hyper.storage().async().signedUrl("a/b.png", SignedUrlType.UPLOAD));

    assertThat(download.url()).isEqualTo(URI.create("http://files.example/d?sig=1"));
    assertThat(upload.url()).isEqualTo(URI.create("http://files.example/u?sig=2"));
    assertNoBody(take(target, "GET", target.base("storage") + "/a/b.png?useSignedUrl=true"));
    assertNoBody(take(target, "POST", target.base("storage") + "/a/b.png?useSignedUrl=true"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void signedUrlOnAServerWithoutThemIsNotOk501(Mode mode, Target target) {
    Hyper hyper = servers.hyper(target);
    target
        .server(servers)
        .enqueue(Answer.json(501, "{\"ok\":false,\"status\":501,\"msg\":\"Not Implemented\"}"));

    assertThatThrownBy(
            () ->
                mode.call(
                    () -> hyper.storage().signedUrl("a.png", SignedUrlType.DOWNLOAD),
                    () -> hyper.storage().async().signedUrl("a.png", SignedUrlType.DOWNLOAD)))
        .isInstanceOf(io.hyper.connect.ServerException.class)
        .hasMessageContaining("501");
  }

  @ParameterizedTest
  @MethodSource("cases")
  void removeDeletesTheEncodedObjectPath(Mode mode, Target target) {
    Hyper hyper = servers.hyper(target);
    target.server(servers).enqueue(Answer.json(201, "{\"ok\":true}"));

    OkResult r =
        mode.call(
            () -> hyper.storage().remove("dir/x y#1.txt"),
            () -> hyper.storage().async().remove("dir/x y#1.txt"));

    assertThat(r.ok()).isTrue();
    assertNoBody(take(target, "DELETE", target.base("storage") + "/dir/x%20y%231.txt"));
  }

  /**
   * java.net.http counts sending the body against the request timeout; an upload must not be capped
   * by it. The body here takes about 1.2 s to produce, the timeout is 300 ms.
   */
  @ParameterizedTest
  @EnumSource(Mode.class)
  void uploadMayTakeLongerThanTheRequestTimeout(Mode mode) {
    Hyper hyper =
        TestHypers.builder()
            .connectionString(servers.http().url() + "/test")
            .requestTimeout(Duration.ofMillis(300))
            .build();

    OkResult r =
        mode.call(
            () -> hyper.storage().upload("slow.txt", new SlowStream(4, Duration.ofMillis(300))),
            () ->
                hyper
                    .storage()
                    .async()
                    .upload("slow.txt", new SlowStream(4, Duration.ofMillis(300))));

    assertThat(r.ok()).isTrue();
    assertThat(servers.http().takeRequest().bodyText()).isEqualTo("xxxx");
  }

  /** Yields one byte per pause: a slow producer such as a network source. */
  private static final class SlowStream extends InputStream {
    private int left;
    private final Duration pause;

    SlowStream(int bytes, Duration pause) {
      this.left = bytes;
      this.pause = pause;
    }

    @Override
    public int read() throws IOException {
      if (left == 0) {
        return -1;
      }
      try {
        Thread.sleep(pause.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new java.io.InterruptedIOException("interrupted");
      }
      left--;
      return 'x';
    }
  }

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
