package io.hyper.local.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hyper.local.HyperLocal;
import io.hyper.local.Multipart;
import io.hyper.local.Service;
import io.hyper.local.TestHttp;
import io.hyper.local.TestHttp.Reply;
import io.hyper.local.port.StoragePort.Access;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * hyper's storage routes (§7) over HTTP on a hyper-local whose storage is S3 ({@code
 * HyperLocal.builder().engine(Service.STORAGE, "s3://…")}): the same wire answers as on the file
 * engine, signed URLs that are S3 presigned URLs a plain HTTP client can use, and a 503 in hyper's
 * JSON when S3 goes away. S3 is reached through a {@link TcpRelay}, so the last test can cut it.
 */
class S3StorageRoutesIT {
  private static final String PREFIX = TestS3.newPrefix(S3StorageRoutesIT.class);
  private static final HttpClient PLAIN =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static TcpRelay relay;
  private static HyperLocal hyper;
  private static TestHttp http;
  private static int counter;
  private String bucket;

  @BeforeAll
  static void start() throws IOException {
    relay = TcpRelay.to("127.0.0.1", TestS3.port());
    hyper =
        HyperLocal.builder()
            .inMemory()
            .services(Service.STORAGE)
            .engine(Service.STORAGE, TestS3.urlVia(PREFIX, relay.port()))
            .start();
    http = new TestHttp(hyper.url());
  }

  @AfterAll
  static void stop() {
    if (hyper != null) {
      hyper.close();
    }
    relay.close();
    TestS3.deleteAll(PREFIX);
  }

  @BeforeEach
  void freshBucket() {
    bucket = "bucket-" + ++counter;
    assertThat(http.send("PUT", "/storage/" + bucket, BodyPublishers.noBody()).status())
        .isEqualTo(201);
  }

  private Reply upload(String path, byte[] bytes) {
    return http.send(
        "POST",
        "/storage/" + bucket + "/" + path,
        BodyPublishers.ofByteArray(bytes),
        "Content-Type",
        "application/octet-stream");
  }

  private static byte[] random(int size, long seed) {
    byte[] data = new byte[size];
    new Random(seed).nextBytes(data);
    return data;
  }

  @Test
  void uploadDownloadRemoveAnswerAsOnTheFileEngine() {
    byte[] data = random(9 * 1024 * 1024 + 17, 1); // two parts at 8 MiB
    assertThat(upload("photos/cat.png", data).status()).isEqualTo(201);
    Reply got = http.get("/storage/" + bucket + "/photos/cat.png");
    assertThat(got.status()).isEqualTo(200);
    assertThat(got.header("Content-Type")).isEqualTo("image/png");
    assertThat(got.body()).isEqualTo(data);

    assertThat(http.put("/storage/" + bucket, "").status()).as("exists").isEqualTo(409);
    assertThat(upload("photos", data).status()).as("a folder is there").isEqualTo(409);
    assertThat(http.delete("/storage/" + bucket + "/photos/cat.png").status()).isEqualTo(201);
    Reply gone = http.get("/storage/" + bucket + "/photos/cat.png");
    assertThat(gone.status()).isEqualTo(404);
    assertThat(gone.json().path("ok").asBoolean(true)).isFalse();
    assertThat(gone.json().path("msg").asString()).isEqualTo("object does not exist");
    assertThat(http.delete("/storage/" + bucket + "/photos/cat.png").status()).isEqualTo(404);
    assertThat(upload("../x", data).status()).isEqualTo(400);
    assertThat(http.get("/storage/no-such-bucket/x").json().path("msg").asString())
        .isEqualTo("bucket does not exist");
    assertThat(http.delete("/storage/" + bucket).status()).isEqualTo(201);
    assertThat(http.delete("/storage/" + bucket).status()).isEqualTo(404);
  }

  @Test
  void aMultipartFormIsStoredUnderItsFileName() {
    byte[] b = random(1000, 4);
    byte[] form = new Multipart().file("file", "actual.jpg", "image/jpeg", b).build();
    Reply posted =
        http.send(
            "POST",
            "/storage/" + bucket + "/foo/bar.jpg",
            BodyPublishers.ofByteArray(form),
            "Content-Type",
            Multipart.contentType());
    assertThat(posted.status()).isEqualTo(201);
    assertThat(http.get("/storage/" + bucket + "/foo/actual.jpg").body()).isEqualTo(b);
  }

  @Test
  void aSignedDownloadUrlIsAnS3PresignedUrlThatAPlainClientCanGet() throws Exception {
    byte[] data = random(200_000, 2);
    assertThat(upload("docs/report.pdf", data).status()).isEqualTo(201);
    Reply signed = http.get("/storage/" + bucket + "/docs/report.pdf?useSignedUrl=true");
    assertThat(signed.status()).isEqualTo(200);
    String url = signed.json().path("url").asString();
    assertThat(url)
        .startsWith("http://127.0.0.1:" + relay.port() + "/")
        .contains("X-Amz-Signature=")
        .contains("X-Amz-Expires=3600");

    var response =
        PLAIN.send(HttpRequest.newBuilder(URI.create(url)).build(), BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(data);

    String tampered = url.replace("/docs/report.pdf", "/docs/other.pdf");
    var refused =
        PLAIN.send(HttpRequest.newBuilder(URI.create(tampered)).build(), BodyHandlers.ofString());
    assertThat(refused.statusCode()).isEqualTo(403);
  }

  @Test
  void aSignedUploadUrlTakesAPlainPutOfTheBytes() throws Exception {
    Reply signed =
        http.send(
            "POST",
            "/storage/" + bucket + "/in/upload.bin?useSignedUrl=true",
            BodyPublishers.noBody());
    assertThat(signed.status()).isEqualTo(201);
    String url = signed.json().path("url").asString();
    byte[] data = random(100_000, 5);
    var put =
        PLAIN.send(
            HttpRequest.newBuilder(URI.create(url)).PUT(BodyPublishers.ofByteArray(data)).build(),
            BodyHandlers.ofString());
    // Uploads come through hyper-local on every engine (its rules, its 201), not S3 directly.
    assertThat(url).startsWith(hyper.url() + "/_signed/storage/");
    assertThat(put.statusCode()).as(put.body()).isEqualTo(201);
    assertThat(http.get("/storage/" + bucket + "/in/upload.bin").body()).isEqualTo(data);

    Reply missing =
        http.send(
            "POST", "/storage/no-such-bucket/x.bin?useSignedUrl=true", BodyPublishers.noBody());
    // As on the file engine: the URL is signed, and the upload through it finds no bucket.
    assertThat(missing.status()).isEqualTo(201);
    var nowhere =
        PLAIN.send(
            HttpRequest.newBuilder(URI.create(missing.json().path("url").asString()))
                .PUT(BodyPublishers.ofByteArray(data))
                .build(),
            BodyHandlers.ofString());
    assertThat(nowhere.statusCode()).isEqualTo(404);
  }

  @Test
  void aPresignedUrlExpires() throws Exception {
    assertThat(upload("soon.txt", "bye".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(201);
    try (S3Storage port = S3Storage.open(TestS3.location(PREFIX))) {
      URI url =
          port.presign(Access.DOWNLOAD, bucket, "soon.txt", Duration.ofSeconds(2))
              .value()
              .orElseThrow();
      assertThat(PLAIN.send(HttpRequest.newBuilder(url).build(), BodyHandlers.ofString()).body())
          .isEqualTo("bye");
      await()
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(500))
          .until(
              () ->
                  PLAIN
                          .send(HttpRequest.newBuilder(url).build(), BodyHandlers.ofString())
                          .statusCode()
                      == 403);
    }
  }

  @Test
  void whenS3GoesAwayTheRoutesAnswer503JsonAndTheServerKeepsServing() throws IOException {
    TcpRelay own = TcpRelay.to("127.0.0.1", TestS3.port());
    try (HyperLocal server =
        HyperLocal.builder()
            .inMemory()
            .services(Service.STORAGE)
            .engine(Service.STORAGE, TestS3.urlVia(PREFIX, own.port()))
            .start()) {
      TestHttp client = new TestHttp(server.url());
      byte[] k = "k".getBytes(StandardCharsets.UTF_8);
      String path = "/storage/" + bucket + "/kept.txt";
      String type = "application/octet-stream";
      assertThat(
              client
                  .send("POST", path, BodyPublishers.ofByteArray(k), "Content-Type", type)
                  .status())
          .isEqualTo(201);
      own.close();
      Reply[] replies = {
        client.get(path),
        client.send("POST", path, BodyPublishers.ofByteArray(k), "Content-Type", type),
        client.delete(path),
        client.send("PUT", "/storage/other-" + bucket, BodyPublishers.noBody()),
        client.get(path + "?useSignedUrl=true")
      };
      for (Reply reply : replies) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(503);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        assertThat(reply.json().path("ok").asBoolean(true)).isFalse();
        assertThat(reply.json().path("status").asInt()).isEqualTo(503);
        assertThat(reply.json().path("msg").asString())
            .contains("retry later")
            .doesNotContain("127.0.0.1")
            .doesNotContain("hyper-test");
        assertThat(reply.text()).doesNotContain("Exception").doesNotContain("s3proxy-secret");
      }
      assertThat(client.get("/storage").status()).as("still serving").isEqualTo(200);
    } finally {
      own.close();
    }
    assertThat(http.get("/storage/" + bucket + "/kept.txt").body())
        .as("stored data intact")
        .isEqualTo("k".getBytes(StandardCharsets.UTF_8));
  }
}
