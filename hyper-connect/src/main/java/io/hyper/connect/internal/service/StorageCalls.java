package io.hyper.connect.internal.service;

import io.hyper.connect.HyperException;
import io.hyper.connect.HyperIoException;
import io.hyper.connect.OkResult;
import io.hyper.connect.internal.Call;
import io.hyper.connect.internal.Check;
import io.hyper.connect.internal.JsonCodec;
import io.hyper.connect.internal.Replies;
import io.hyper.connect.internal.Reply;
import io.hyper.connect.internal.RequestBuilder;
import io.hyper.connect.internal.ServiceClient;
import io.hyper.connect.storage.DownloadResult;
import io.hyper.connect.storage.SignedUrlType;
import io.hyper.connect.storage.UrlResult;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.OptionalLong;

/** The storage service's requests and answer mappings, built once for both forms. */
final class StorageCalls {
  final ServiceClient http;
  final JsonCodec codec;

  StorageCalls(ServiceClient http) {
    this.http = http;
    this.codec = http.codec();
  }

  Call<OkResult> create() {
    return http.put("create").call(Replies::ok);
  }

  Call<OkResult> destroy(boolean confirm) {
    Check.confirmed(confirm, "the bucket at " + http.baseUrl());
    return http.delete("destroy").call(Replies::ok);
  }

  Call<OkResult> upload(String name, BodyPublisher content, boolean oneShot) {
    ObjectNames.check(name);
    RequestBuilder request = http.post("upload").path(name).body(content, MediaTypes.of(name));
    return (oneShot ? request.oneShotBody() : request).call(Replies::ok);
  }

  Call<DownloadResult> download(String name) {
    ObjectNames.check(name);
    return http.get("download").path(name).streamResponse().call(StorageCalls::toDownload);
  }

  Call<UrlResult> signedUrl(String name, SignedUrlType type) {
    ObjectNames.check(name);
    Check.notNull(type, "type");
    var request = type == SignedUrlType.DOWNLOAD ? http.get("signedUrl") : http.post("signedUrl");
    return request.path(name).query("useSignedUrl", "true").call(StorageCalls::toUrl);
  }

  Call<OkResult> remove(String name) {
    return http.delete("remove").path(ObjectNames.check(name)).call(Replies::ok);
  }

  static BodyPublisher streamOf(InputStream content) {
    Check.notNull(content, "content");
    return BodyPublishers.ofInputStream(() -> content);
  }

  static BodyPublisher bytesOf(byte[] content) {
    return BodyPublishers.ofByteArray(Check.notNull(content, "content"));
  }

  static BodyPublisher fileOf(Path file) {
    Check.notNull(file, "file");
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new IllegalArgumentException("file must be a readable regular file, was " + file);
    }
    try {
      return BodyPublishers.ofFile(file);
    } catch (FileNotFoundException e) {
      throw new IllegalArgumentException("file must be a readable regular file, was " + file, e);
    }
  }

  static DownloadResult toDownload(Reply reply) {
    String length = reply.headers().firstValue("Content-Length").orElse(null);
    return new DownloadResult(
        reply.ok(),
        reply.status(),
        reply.msg(),
        reply.ok() ? reply.stream() : null,
        reply.ok() ? reply.headers().firstValue("Content-Type") : Optional.empty(),
        reply.ok() && length != null && length.matches("\\d{1,18}")
            ? OptionalLong.of(Long.parseLong(length))
            : OptionalLong.empty(),
        reply.operation());
  }

  static UrlResult toUrl(Reply reply) {
    URI url = null;
    if (reply.ok()) {
      String text = reply.required("url").asString();
      try {
        url = new URI(text);
      } catch (java.net.URISyntaxException e) {
        throw new HyperException(reply.operation() + ": the answer's url is not a URL: " + text, e);
      }
      if (!url.isAbsolute()) {
        throw new HyperException(reply.operation() + ": the answer's url is not absolute: " + text);
      }
    }
    return new UrlResult(reply.ok(), reply.status(), reply.msg(), url, reply.operation());
  }

  static void writeAtomically(DownloadResult download, Path target) {
    Path absolute = target.toAbsolutePath();
    Path part = null;
    try {
      part = Files.createTempFile(absolute.getParent(), ".hyper-download-", ".part");
      try (InputStream in = download.body()) {
        Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
      }
      try {
        Files.move(
            part, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(part, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      deleteQuietly(part);
      throw new HyperIoException(
          download.operation() + ": downloading into " + absolute + " failed: " + e, e);
    }
  }

  static void deleteQuietly(Path part) {
    if (part != null) {
      try {
        Files.deleteIfExists(part);
      } catch (IOException ignored) {
        // The download already failed; a leftover .part file is the lesser problem.
      }
    }
  }
}
