package io.hyper.local.http;

import static io.hyper.local.http.ReplyAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hyper.local.HyperLocal;
import io.hyper.local.Multipart;
import io.hyper.local.RawHttp;
import io.hyper.local.TestHttp;
import io.hyper.local.TestHttp.Reply;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The storage service (§7) over real HTTP, on a data directory so the disk can be checked. */
class StorageRoutesIT {
  @TempDir static Path dir;
  private static HyperLocal hyper;
  private static TestHttp http;
  private static Path buckets;
  private static int counter;
  private String bucket;

  @BeforeAll
  static void start() {
    hyper = HyperLocal.builder().dataDir(dir).start();
    http = new TestHttp(hyper.url());
    buckets = dir.resolve("storage");
  }

  @AfterAll
  static void stop() {
    hyper.close();
  }

  @BeforeEach
  void freshBucket() {
    bucket = "bucket-" + ++counter;
    assertThat(http.send("PUT", "/storage/" + bucket, BodyPublishers.noBody()).status())
        .isEqualTo(201);
  }

  private Reply upload(String path, byte[] bytes, String type) {
    return http.send(
        "POST",
        "/storage/" + bucket + "/" + path,
        BodyPublishers.ofByteArray(bytes),
        "Content-Type",
        type);
  }

  private Reply download(String path) {
    return http.get("/storage/" + bucket + "/" + path);
  }

  private static byte[] random(int size, long seed) {
    byte[] data = new byte[size];
    new Random(seed).nextBytes(data);
    return data;
  }

  @Test
  void describesTheService() {
    Reply reply = http.get("/storage");
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("name").asString()).isEqualTo("hyper63 Storage");
    assertThat(http.get("/").json().get("services").toString()).contains("storage", "queue");
  }

  @Test
  void binaryRoundTripOfSeveralMegabytesIsByteForByte() {
    byte[] data = random(6 * 1024 * 1024 + 123, 1);
    assertThat(upload("big.bin", data, "application/octet-stream").status()).isEqualTo(201);
    Reply reply = download("big.bin");
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header("Content-Type")).isEqualTo("application/octet-stream");
    assertThat(reply.body()).isEqualTo(data);
  }

  @Test
  void nestedNamesAndEncodedSegmentsRoundTrip() {
    byte[] data = random(10_000, 2);
    assertThat(upload("a/b%20c/d.png", data, "image/png").status()).isEqualTo(201);
    assertThat(upload("x/a..b.txt", "dots".getBytes(StandardCharsets.UTF_8), "text/plain").status())
        .isEqualTo(201);
    Reply png = download("a/b%20c/d.png");
    assertThat(png.body()).isEqualTo(data);
    assertThat(png.header("Content-Type")).isEqualTo("image/png");
    Reply txt = download("x/a..b.txt");
    assertThat(txt.text()).isEqualTo("dots");
    assertThat(txt.header("Content-Type")).isEqualTo("text/plain; charset=UTF-8");
    assertThat(buckets.resolve(bucket).resolve("a/b c/d.png")).hasBinaryContent(data);
  }

  @Test
  void emptyObjectRoundTrips() {
    assertThat(upload("empty.txt", new byte[0], "text/plain").status()).isEqualTo(201);
    Reply reply = download("empty.txt");
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body()).isEmpty();
    assertThat(reply.header("Content-Type")).isEqualTo("text/plain; charset=UTF-8");
  }

  @Test
  void uploadOverwritesAndRemoveDeletes() {
    upload("doc.json", "{\"v\":1}".getBytes(StandardCharsets.UTF_8), "application/json");
    assertThat(
            upload("doc.json", "{\"v\":2}".getBytes(StandardCharsets.UTF_8), "application/json")
                .status())
        .isEqualTo(201);
    Reply reply = download("doc.json");
    assertThat(reply.text()).isEqualTo("{\"v\":2}");
    assertThat(reply.header("Content-Type")).isEqualTo("application/json; charset=UTF-8");
    assertThat(http.delete("/storage/" + bucket + "/doc.json").status()).isEqualTo(201);
    Reply gone = download("doc.json");
    assertError(gone, 404);
    assertThat(gone.json().get("ok").asBoolean()).isFalse();
    assertError(http.delete("/storage/" + bucket + "/doc.json"), 404);
  }

  @Test
  void bucketLifecycleStatuses() {
    assertError(http.send("PUT", "/storage/" + bucket, BodyPublishers.noBody()), 409);
    upload("x.txt", new byte[] {1}, "text/plain");
    assertThat(http.delete("/storage/" + bucket).status()).isEqualTo(201);
    assertError(http.delete("/storage/" + bucket), 404);
    assertError(upload("x.txt", new byte[] {1}, "text/plain"), 404);
    assertError(http.get("/storage/" + bucket), 404);
  }

  @Test
  void requestKindRulesOfPost() {
    Reply noType = http.send("POST", "/storage/" + bucket + "/a.txt", BodyPublishers.ofString("x"));
    assertThat(noType.status()).isEqualTo(201);
    assertThat(noType.json().get("url").asString()).startsWith(hyper.url() + "/_signed/storage/");
    Reply accept =
        http.send(
            "POST",
            "/storage/" + bucket + "/a.txt",
            BodyPublishers.ofString("x"),
            "Content-Type",
            "text/plain",
            "Accept",
            "application/json");
    assertThat(accept.json().has("url")).isTrue();
    assertError(download("a.txt"), 404);
    Reply root =
        http.send(
            "POST",
            "/storage/" + bucket,
            BodyPublishers.ofString("x"),
            "Content-Type",
            "text/plain");
    assertError(root, 422);
    assertError(upload("", new byte[] {1}, "text/plain"), 400);
  }

  @Test
  void multipartUploadsFollowThePathRules() {
    byte[] a = random(300_000, 3);
    byte[] form =
        new Multipart().field("path", "x/y/").file("file", "a.png", "image/png", a).build();
    Reply root =
        http.send(
            "POST",
            "/storage/" + bucket,
            BodyPublishers.ofByteArray(form),
            "Content-Type",
            Multipart.contentType());
    assertThat(root.status()).isEqualTo(201);
    assertThat(download("x/y/a.png").body()).isEqualTo(a);

    byte[] b = random(1000, 4);
    byte[] fileFirst = new Multipart().file("file", "actual.jpg", "image/jpeg", b).build();
    Reply wildcard =
        http.send(
            "POST",
            "/storage/" + bucket + "/foo/bar.jpg",
            BodyPublishers.ofByteArray(fileFirst),
            "Content-Type",
            Multipart.contentType());
    assertThat(wildcard.status()).isEqualTo(201);
    assertThat(download("foo/actual.jpg").body()).isEqualTo(b);

    byte[] pathAfterFile =
        new Multipart().file("file", "dir/late.txt", "text/plain", b).field("path", "p").build();
    http.send(
        "POST",
        "/storage/" + bucket,
        BodyPublishers.ofByteArray(pathAfterFile),
        "Content-Type",
        Multipart.contentType());
    assertThat(download("p/late.txt").body()).isEqualTo(b);
  }

  @Test
  void multipartWithoutAFileIs422AndUnsafePathIs400AndNothingIsStored() throws IOException {
    byte[] noFile = new Multipart().field("path", "x").build();
    assertError(
        http.send(
            "POST",
            "/storage/" + bucket,
            BodyPublishers.ofByteArray(noFile),
            "Content-Type",
            Multipart.contentType()),
        422);
    byte[] traversal =
        new Multipart()
            .field("path", "../../escape")
            .file("file", "a.txt", "text/plain", new byte[] {1})
            .build();
    assertError(
        http.send(
            "POST",
            "/storage/" + bucket,
            BodyPublishers.ofByteArray(traversal),
            "Content-Type",
            Multipart.contentType()),
        400);
    assertThat(filesUnder(buckets.resolve(bucket))).isEmpty();
    assertThat(dir.resolve("escape")).doesNotExist();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/storage/B/../outside.txt",
        "/storage/B/a/../../outside.txt",
        "/storage/B/%2e%2e/outside.txt",
        "/storage/B/%2E%2E/outside.txt",
        "/storage/B/a%2f..%2f..%2foutside.txt",
        "/storage/B/%2f..%2foutside.txt",
        "/storage/B/%2Fetc%2Fpasswd",
        "/storage/B/..%5Coutside.txt",
        "/storage/B/a%00b",
        "/storage/B/./x",
        "/storage/%2e%2e/storage/outside.txt",
        "/storage/..%2Fstorage/outside.txt",
        "/storage/a%5Cb/x"
      })
  void everyTraversalIs400ForEveryMethodAndTouchesNothing(String template) throws IOException {
    Path outside = buckets.resolve("outside.txt");
    Files.writeString(outside, "do not touch");
    String path = template.replace("/B/", "/" + bucket + "/");
    assertThat(RawHttp.status(hyper.url(), "GET", path)).isEqualTo(400);
    assertThat(RawHttp.status(hyper.url(), "DELETE", path)).isEqualTo(400);
    try (RawHttp raw = RawHttp.connect(hyper.url())) {
      raw.head("POST", path, "Content-Type", "text/plain", "Content-Length", "5")
          .body("evil!".getBytes(StandardCharsets.UTF_8));
      assertThat(raw.status()).isEqualTo(400);
    }
    assertThat(outside).hasContent("do not touch");
    assertThat(filesUnder(buckets.resolve(bucket))).isEmpty();
  }

  @Test
  void cutOffUploadLeavesThePreviousVersionAndNoPartialFile() throws IOException {
    byte[] v1 = random(1000, 5);
    upload("keep.bin", v1, "application/octet-stream");
    cutOff(bucket + "/keep.bin");
    assertThat(download("keep.bin").body()).isEqualTo(v1);
    cutOff(bucket + "/new/fresh.bin");
    assertError(download("new/fresh.bin"), 404);
    assertThat(filesUnder(buckets.resolve(bucket))).containsExactly("keep.bin");
  }

  @Test
  void concurrentOverwritesNeverMixVersionsForReaders() {
    List<byte[]> versions =
        IntStream.range(0, 6).mapToObj(i -> random(512 * 1024, 100 + i)).toList();
    upload("hot.bin", versions.get(0), "application/octet-stream");
    List<CompletableFuture<Void>> writers =
        versions.stream()
            .map(
                v ->
                    CompletableFuture.runAsync(
                        () ->
                            assertThat(upload("hot.bin", v, "application/octet-stream").status())
                                .isEqualTo(201)))
            .toList();
    CompletableFuture<Void> reader =
        CompletableFuture.runAsync(
            () -> {
              for (int i = 0; i < 20; i++) {
                byte[] seen = download("hot.bin").body();
                assertThat(versions).anySatisfy(v -> assertThat(seen).isEqualTo(v));
              }
            });
    writers.forEach(CompletableFuture::join);
    reader.join();
    byte[] last = download("hot.bin").body();
    assertThat(versions).anySatisfy(v -> assertThat(last).isEqualTo(v));
  }

  @Test
  void chunkedUploadOfUnknownLengthRoundTrips() {
    byte[] data = random(3 * 1024 * 1024 + 7, 9);
    Reply reply =
        http.send(
            "POST",
            "/storage/" + bucket + "/chunked.bin",
            BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(data)),
            "Content-Type",
            "application/octet-stream");
    assertThat(reply.status()).isEqualTo(201);
    assertThat(download("chunked.bin").body()).isEqualTo(data);
  }

  @Test
  void cutOffChunkedUploadLeavesNothingBehind() throws IOException {
    Path bucketDir = buckets.resolve(bucket);
    try (RawHttp raw = RawHttp.connect(hyper.url())) {
      raw.head(
          "POST",
          "/storage/" + bucket + "/chunks.bin",
          "Content-Type",
          "application/octet-stream",
          "Transfer-Encoding",
          "chunked");
      raw.body(("100000\r\n").getBytes(StandardCharsets.US_ASCII));
      raw.body(random(64 * 1024, 10));
      await().until(() -> stagingFiles(bucketDir) == 1);
    }
    await().until(() -> stagingFiles(bucketDir) == 0);
    assertThat(download("chunks.bin").status()).isEqualTo(404);
    assertThat(filesUnder(bucketDir)).isEmpty();
  }

  @Test
  void cutOffMultipartUploadLeavesNothingBehind() throws IOException {
    byte[] form =
        new Multipart()
            .field("path", "m")
            .file("file", "part.bin", "application/octet-stream", random(200_000, 8))
            .build();
    cutOff(bucket, Multipart.contentType(), Arrays.copyOf(form, 100_000));
    assertError(download("m/part.bin"), 404);
    assertThat(filesUnder(buckets.resolve(bucket))).isEmpty();
  }

  /** Starts a binary upload promising 10 MB, sends 64 KiB while the server streams it, hangs up. */
  private void cutOff(String objectPath) throws IOException {
    cutOff(objectPath, "application/octet-stream", random(64 * 1024, 6));
  }

  private void cutOff(String objectPath, String contentType, byte[] sent) throws IOException {
    Path bucketDir = buckets.resolve(bucket);
    try (RawHttp raw = RawHttp.connect(hyper.url())) {
      raw.head(
          "POST",
          "/storage/" + objectPath,
          "Content-Type",
          contentType,
          "Content-Length",
          Integer.toString(10_000_000));
      raw.body(sent);
      await().until(() -> stagingFiles(bucketDir) == 1);
    }
    await().until(() -> stagingFiles(bucketDir) == 0);
  }

  private static long stagingFiles(Path bucketDir) throws IOException {
    try (Stream<Path> files = Files.list(bucketDir)) {
      return files.filter(p -> p.getFileName().toString().startsWith(".hyper-upload-")).count();
    }
  }

  private static List<String> filesUnder(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString())
          .sorted()
          .toList();
    }
  }
}
