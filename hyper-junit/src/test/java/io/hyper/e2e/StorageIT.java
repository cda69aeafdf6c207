package io.hyper.e2e;

import static io.hyper.e2e.Outcomes.assertNotOk;
import static io.hyper.e2e.Outcomes.assertOk;
import static io.hyper.e2e.Outcomes.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.connect.ConflictException;
import io.hyper.connect.Hyper;
import io.hyper.connect.NotFoundException;
import io.hyper.connect.storage.DownloadResult;
import io.hyper.connect.storage.SignedUrlType;
import io.hyper.connect.storage.StorageService;
import io.hyper.junit.HyperTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The storage service, every action in both forms: round trips, names, errors, signed URLs. */
@HyperTest
class StorageIT {
  /** Names with nesting, spaces and characters that need percent-encoding. */
  private static final List<String> NAMES =
      List.of(
          "plain.bin",
          "posters/2021/Dune Part One.png",
          "notes/q&a 100% + more?.txt",
          "films/été/Amélie.txt",
          "odd/[1] #hash; semi=colon 'quote'.bin");

  @TempDir Path dir;

  /** Every byte value, twice, so any re-encoding on the way shows. */
  private static byte[] everyByte() {
    byte[] bytes = new byte[512];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) i;
    }
    return bytes;
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void uploadDownloadRemoveRoundTripBytesUnderNestedNames(Mode mode, Hyper hyper) {
    StorageService storage = hyper.storage();
    byte[] content = everyByte();

    for (String name : NAMES) {
      assertOk(
          mode.call(
              () -> storage.upload(name, content), () -> storage.async().upload(name, content)),
          201);
    }
    for (String name : NAMES) {
      assertThat(download(mode, storage, name)).as(name).isEqualTo(content);
    }
    for (String name : NAMES) {
      assertOk(mode.call(() -> storage.remove(name), () -> storage.async().remove(name)), 201);
      assertNotOk(storage.download(name), 404, NotFoundException.class);
    }
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void anEmptyObjectRoundTripsAndAnUploadReplacesAnObject(Mode mode, Hyper hyper) {
    StorageService storage = hyper.storage();
    byte[] empty = {};
    byte[] second = {7, 8, 9};

    assertOk(
        mode.call(
            () -> storage.upload("empty.bin", empty),
            () -> storage.async().upload("empty.bin", empty)),
        201);
    assertThat(download(mode, storage, "empty.bin")).isEmpty();
    assertOk(
        mode.call(
            () -> storage.upload("empty.bin", second),
            () -> storage.async().upload("empty.bin", second)),
        201);
    assertThat(download(mode, storage, "empty.bin")).isEqualTo(second);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void downloadsCarryTheMediaTypeOfTheName(Mode mode, Hyper hyper) {
    StorageService storage = hyper.storage();
    storage.upload("docs/readme.txt", "héllo".getBytes(StandardCharsets.UTF_8));
    storage.upload("img/a.png", new byte[] {1, 2, 3});

    try (DownloadResult text =
            mode.call(
                () -> storage.download("docs/readme.txt"),
                () -> storage.async().download("docs/readme.txt"));
        DownloadResult png =
            mode.call(
                () -> storage.download("img/a.png"), () -> storage.async().download("img/a.png"))) {
      assertOk(text, 200);
      assertThat(text.contentType())
          .hasValueSatisfying(
              t -> assertThat(t.toLowerCase()).startsWith("text/plain").contains("charset=utf-8"));
      assertThat(png.contentType()).hasValue("image/png");
      assertThat(png.contentLength()).hasValue(3);
    }
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void uploadOfAStreamAndOfAFileAndDownloadToAFile(Mode mode, Hyper hyper) throws IOException {
    StorageService storage = hyper.storage();
    byte[] content = everyByte();
    Path source = Files.write(dir.resolve("source.bin"), content);

    assertOk(
        mode.call(
            () -> storage.upload("from/stream.bin", new ByteArrayInputStream(content)),
            () -> storage.async().upload("from/stream.bin", new ByteArrayInputStream(content))),
        201);
    assertOk(
        mode.call(
            () -> storage.upload("from/file.bin", source),
            () -> storage.async().upload("from/file.bin", source)),
        201);

    Path target = dir.resolve("out/file.bin");
    Files.createDirectories(target.getParent());
    assertOk(storage.download("from/file.bin", target), 200);
    assertThat(Files.readAllBytes(target)).isEqualTo(content);
    assertThat(download(mode, storage, "from/stream.bin")).isEqualTo(content);

    Path untouched = dir.resolve("out/missing.bin");
    assertNotOk(storage.download("from/missing.bin", untouched), 404, NotFoundException.class);
    assertThat(untouched).doesNotExist();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void missingObjectsAreNotOk404AndABucketIsCreatedOnce(Mode mode, Hyper hyper) {
    StorageService storage = hyper.storage();
    byte[] one = {1};

    assertNotOk(
        mode.call(() -> storage.download("nope.bin"), () -> storage.async().download("nope.bin")),
        404,
        NotFoundException.class);
    assertNotOk(
        mode.call(() -> storage.remove("nope.bin"), () -> storage.async().remove("nope.bin")),
        404,
        NotFoundException.class);
    assertNotOk(mode.call(storage::create, storage.async()::create), 409, ConflictException.class);

    assertOk(mode.call(() -> storage.destroy(true), () -> storage.async().destroy(true)), 201);
    assertNotOk(
        mode.call(() -> storage.upload("a.bin", one), () -> storage.async().upload("a.bin", one)),
        404,
        NotFoundException.class);
    assertNotOk(
        mode.call(() -> storage.destroy(true), () -> storage.async().destroy(true)),
        404,
        NotFoundException.class);
    assertOk(mode.call(storage::create, storage.async()::create), 201);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void signedUrlsUploadAndDownloadWithoutCredentials(Mode mode, Hyper hyper) throws Exception {
    StorageService storage = hyper.storage();
    byte[] content = everyByte();
    String name = "signed/Dune poster.png";
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    URI up =
        assertOk(
                mode.call(
                    () -> storage.signedUrl(name, SignedUrlType.UPLOAD),
                    () -> storage.async().signedUrl(name, SignedUrlType.UPLOAD)),
                201)
            .url();
    HttpResponse<String> put =
        http.send(
            HttpRequest.newBuilder(up).PUT(HttpRequest.BodyPublishers.ofByteArray(content)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(put.statusCode()).as(put.body()).isEqualTo(201);
    assertThat(download(mode, storage, name)).isEqualTo(content);

    URI down =
        assertOk(
                mode.call(
                    () -> storage.signedUrl(name, SignedUrlType.DOWNLOAD),
                    () -> storage.async().signedUrl(name, SignedUrlType.DOWNLOAD)),
                200)
            .url();
    HttpResponse<byte[]> get =
        http.send(
            HttpRequest.newBuilder(down).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(get.statusCode()).isEqualTo(200);
    assertThat(get.body()).isEqualTo(content);

    URI altered = URI.create(down.toString().replace("Dune%20poster", "Dune%20posters"));
    assertThat(altered).isNotEqualTo(down);
    assertThat(
            http.send(
                    HttpRequest.newBuilder(altered).GET().build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode())
        .isEqualTo(403);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void invalidNamesAreRejectedBeforeSending(Mode mode, Hyper hyper) {
    StorageService storage = hyper.storage();
    byte[] one = {1};

    assertRejected(
        () ->
            mode.call(
                () -> storage.upload("a/../b.txt", one),
                () -> storage.async().upload("a/../b.txt", one)),
        "name");
    assertRejected(
        () ->
            mode.call(
                () -> storage.upload("/lead.txt", one),
                () -> storage.async().upload("/lead.txt", one)),
        "name");
    assertRejected(
        () -> mode.call(() -> storage.download(" "), () -> storage.async().download(" ")), "name");
    assertRejected(
        () ->
            mode.call(
                () -> storage.signedUrl("a.txt", null),
                () -> storage.async().signedUrl("a.txt", null)),
        "type");
    assertRejected(
        () -> mode.call(() -> storage.destroy(false), () -> storage.async().destroy(false)),
        "confirm");
    assertNotOk(storage.download("a/b.txt"), 404, NotFoundException.class);
  }

  /** A 256 MiB object, generated while it is sent and hashed on the way up and on the way down. */
  @Test
  void aLargeObjectStreamsUpAndDownByteForByte(Hyper hyper) {
    // The large object runs once per form in one test, so only one sits in the bucket at a time.
    for (Mode mode : Mode.values()) {
      LargeObject.roundTrip(mode, hyper.storage(), "large/" + mode + " object.bin");
    }
  }

  private static byte[] download(Mode mode, StorageService storage, String name) {
    try (DownloadResult result =
            mode.call(() -> storage.download(name), () -> storage.async().download(name));
        InputStream body = assertOk(result, 200).body()) {
      return body.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
