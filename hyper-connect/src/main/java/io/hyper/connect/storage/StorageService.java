package io.hyper.connect.storage;

import io.hyper.connect.HyperException;
import io.hyper.connect.HyperIoException;
import io.hyper.connect.OkResult;
import io.hyper.connect.internal.Call;
import io.hyper.connect.internal.Check;
import io.hyper.connect.internal.Replies;
import io.hyper.connect.internal.Reply;
import io.hyper.connect.internal.RequestBuilder;
import io.hyper.connect.internal.ServiceClient;
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
import java.util.concurrent.CompletableFuture;

/**
 * The storage service of one domain: objects (files) in a bucket. Get it from {@link
 * io.hyper.connect.Hyper#storage()}.
 *
 * <pre>{@code
 * StorageService storage = hyper.storage();
 * storage.upload("posters/dune.png", Path.of("dune.png"));
 * try (DownloadResult poster = storage.download("posters/dune.png")) {
 *   poster.body().transferTo(out);
 * }
 * }</pre>
 *
 * <p>Both directions stream: an upload sends its {@code InputStream} or file as it reads it, and a
 * download hands over the connection's stream, so objects of any size pass through a small heap. An
 * upload may take as long as its body needs while it makes progress: it fails when the connection
 * takes no bytes of it for the idle timeout ({@link io.hyper.connect.Hyper.Builder#idleTimeout}),
 * and when the answer does not come within the request timeout after the body was sent. A
 * download's request timeout ends when the answer's headers arrive; then each read of {@link
 * DownloadResult#body()} waits at most the idle timeout for bytes, and fails with an {@code
 * IOException} ({@code HttpTimeoutException}) naming the operation and the wait; {@link
 * #download(String, Path)} turns that into a {@link HyperIoException}. An upload is sent once: it
 * is retried only when the connection could not be made. Object names may contain {@code /} (each
 * segment is percent-encoded on its own); they must not start or end with {@code /} nor contain
 * empty, {@code .} or {@code ..} segments.
 *
 * <p>Every action has a sync form and an {@code ...Async} twin returning a {@link
 * CompletableFuture}; see {@link io.hyper.connect.data.DataService} for the shared rules on results
 * and exceptions. Invalid arguments throw {@link IllegalArgumentException} from both forms before
 * anything is sent.
 */
public final class StorageService {
  private final ServiceClient http;

  /**
   * Creates the service; use {@link io.hyper.connect.Hyper#storage()} instead.
   *
   * @param http the service's client
   */
  public StorageService(ServiceClient http) {
    this.http = http;
  }

  // ---- create / destroy --------------------------------------------------------------------

  /**
   * Creates the bucket ({@code PUT /storage/{bucket}}); 409 when it exists.
   *
   * @return the result
   */
  public OkResult create() {
    return createCall().send();
  }

  /**
   * Creates the bucket without blocking; see {@link #create()}.
   *
   * @return the future result
   */
  public CompletableFuture<OkResult> createAsync() {
    return createCall().sendAsync();
  }

  /**
   * Deletes the bucket and its objects ({@code DELETE /storage/{bucket}}); 404 when missing.
   *
   * @param confirm must be {@code true}
   * @return the result
   * @throws IllegalArgumentException when {@code confirm} is false; nothing is sent
   */
  public OkResult destroy(boolean confirm) {
    return destroyCall(confirm).send();
  }

  /**
   * Deletes the bucket without blocking; see {@link #destroy(boolean)}.
   *
   * @param confirm must be {@code true}
   * @return the future result
   * @throws IllegalArgumentException when {@code confirm} is false; nothing is sent
   */
  public CompletableFuture<OkResult> destroyAsync(boolean confirm) {
    return destroyCall(confirm).sendAsync();
  }

  // ---- upload ------------------------------------------------------------------------------

  /**
   * Uploads an object from a stream, sending the bytes as they are read ({@code POST
   * /storage/{bucket}/{name}}, {@code Content-Type} from the name's extension or {@code
   * application/octet-stream}). An existing object is replaced. The stream is read to its end;
   * closing it stays your job.
   *
   * @param name the object name, e.g. {@code posters/dune.png}
   * @param content the bytes
   * @return the result; 404 when the bucket is missing
   * @throws IllegalArgumentException when the name is invalid or {@code content} is null
   */
  public OkResult upload(String name, InputStream content) {
    return uploadCall(name, streamOf(content), true).send();
  }

  /**
   * Uploads a file, streaming it from disk; see {@link #upload(String, InputStream)}.
   *
   * @param name the object name
   * @param file the file to send
   * @return the result
   * @throws IllegalArgumentException when the name is invalid or {@code file} is not a readable
   *     regular file
   */
  public OkResult upload(String name, Path file) {
    return uploadCall(name, fileOf(file), false).send();
  }

  /**
   * Uploads bytes already in memory; see {@link #upload(String, InputStream)}.
   *
   * @param name the object name
   * @param content the bytes
   * @return the result
   * @throws IllegalArgumentException when the name is invalid or {@code content} is null
   */
  public OkResult upload(String name, byte[] content) {
    return uploadCall(name, bytesOf(content), false).send();
  }

  /**
   * Uploads from a stream without blocking; see {@link #upload(String, InputStream)}. The HTTP
   * client's threads read the stream.
   *
   * @param name the object name
   * @param content the bytes
   * @return the future result
   * @throws IllegalArgumentException as {@link #upload(String, InputStream)}
   */
  public CompletableFuture<OkResult> uploadAsync(String name, InputStream content) {
    return uploadCall(name, streamOf(content), true).sendAsync();
  }

  /**
   * Uploads a file without blocking; see {@link #upload(String, Path)}.
   *
   * @param name the object name
   * @param file the file to send
   * @return the future result
   * @throws IllegalArgumentException as {@link #upload(String, Path)}
   */
  public CompletableFuture<OkResult> uploadAsync(String name, Path file) {
    return uploadCall(name, fileOf(file), false).sendAsync();
  }

  /**
   * Uploads bytes without blocking; see {@link #upload(String, byte[])}.
   *
   * @param name the object name
   * @param content the bytes
   * @return the future result
   * @throws IllegalArgumentException as {@link #upload(String, byte[])}
   */
  public CompletableFuture<OkResult> uploadAsync(String name, byte[] content) {
    return uploadCall(name, bytesOf(content), false).sendAsync();
  }

  // ---- download ----------------------------------------------------------------------------

  /**
   * Downloads an object as a stream read straight from the connection ({@code GET
   * /storage/{bucket}/{name}}). Close the result when done; a not-ok result (404 for a missing
   * object) holds no stream.
   *
   * @param name the object name
   * @return the result; {@link DownloadResult#body()} is the open stream
   * @throws IllegalArgumentException when the name is invalid
   */
  public DownloadResult download(String name) {
    return downloadCall(name).send();
  }

  /**
   * Downloads an object without blocking; see {@link #download(String)}. The future completes when
   * the answer's headers have arrived; the body is read as you consume the stream.
   *
   * @param name the object name
   * @return the future result
   * @throws IllegalArgumentException when the name is invalid
   */
  public CompletableFuture<DownloadResult> downloadAsync(String name) {
    return downloadCall(name).sendAsync();
  }

  /**
   * Downloads an object into a file, streaming it to disk. The bytes go to a temporary file next to
   * {@code target}, which replaces {@code target} only once complete; a not-ok answer leaves {@code
   * target} untouched. There is no async twin: writing a file blocks, so in async code use {@link
   * #downloadAsync(String)} and copy the stream on a thread of yours.
   *
   * @param name the object name
   * @param target the file to write; replaced when it exists
   * @return the result (without payload)
   * @throws IllegalArgumentException when the name is invalid or {@code target} is null
   * @throws HyperIoException when reading the answer or writing the file fails
   */
  public OkResult download(String name, Path target) {
    Check.notNull(target, "target");
    try (DownloadResult download = download(name)) {
      if (download.ok()) {
        writeAtomically(download, target);
      }
      return new OkResult(download.ok(), download.status(), download.msg(), download.operation());
    }
  }

  // ---- signed URLs, remove -----------------------------------------------------------------

  /**
   * Asks for a URL that lets anyone holding it upload ({@code PUT}) or download ({@code GET}) the
   * object without credentials, for a limited time ({@code GET} or {@code POST
   * /storage/{bucket}/{name}?useSignedUrl=true}). Servers without signed URLs answer 501.
   *
   * @param name the object name
   * @param type what the URL allows
   * @return the result; {@link UrlResult#url()} is the URL
   * @throws IllegalArgumentException when the name is invalid or {@code type} is null
   */
  public UrlResult signedUrl(String name, SignedUrlType type) {
    return signedUrlCall(name, type).send();
  }

  /**
   * Asks for a signed URL without blocking; see {@link #signedUrl(String, SignedUrlType)}.
   *
   * @param name the object name
   * @param type what the URL allows
   * @return the future result
   * @throws IllegalArgumentException as {@link #signedUrl(String, SignedUrlType)}
   */
  public CompletableFuture<UrlResult> signedUrlAsync(String name, SignedUrlType type) {
    return signedUrlCall(name, type).sendAsync();
  }

  /**
   * Deletes an object ({@code DELETE /storage/{bucket}/{name}}); 404 when missing.
   *
   * @param name the object name
   * @return the result
   * @throws IllegalArgumentException when the name is invalid
   */
  public OkResult remove(String name) {
    return removeCall(name).send();
  }

  /**
   * Deletes an object without blocking; see {@link #remove(String)}.
   *
   * @param name the object name
   * @return the future result
   * @throws IllegalArgumentException when the name is invalid
   */
  public CompletableFuture<OkResult> removeAsync(String name) {
    return removeCall(name).sendAsync();
  }

  // ---- request building, once per action ---------------------------------------------------

  private Call<OkResult> createCall() {
    return http.put("create").call(Replies::ok);
  }

  private Call<OkResult> destroyCall(boolean confirm) {
    Check.confirmed(confirm, "the bucket at " + http.baseUrl());
    return http.delete("destroy").call(Replies::ok);
  }

  private Call<OkResult> uploadCall(String name, BodyPublisher content, boolean oneShot) {
    ObjectNames.check(name);
    RequestBuilder request = http.post("upload").path(name).body(content, MediaTypes.of(name));
    return (oneShot ? request.oneShotBody() : request).call(Replies::ok);
  }

  private Call<DownloadResult> downloadCall(String name) {
    ObjectNames.check(name);
    return http.get("download").path(name).streamResponse().call(StorageService::toDownload);
  }

  private Call<UrlResult> signedUrlCall(String name, SignedUrlType type) {
    ObjectNames.check(name);
    Check.notNull(type, "type");
    var request = type == SignedUrlType.DOWNLOAD ? http.get("signedUrl") : http.post("signedUrl");
    return request.path(name).query("useSignedUrl", "true").call(StorageService::toUrl);
  }

  private Call<OkResult> removeCall(String name) {
    return http.delete("remove").path(ObjectNames.check(name)).call(Replies::ok);
  }

  private static BodyPublisher streamOf(InputStream content) {
    Check.notNull(content, "content");
    return BodyPublishers.ofInputStream(() -> content);
  }

  private static BodyPublisher bytesOf(byte[] content) {
    return BodyPublishers.ofByteArray(Check.notNull(content, "content"));
  }

  private static BodyPublisher fileOf(Path file) {
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

  private static DownloadResult toDownload(Reply reply) {
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

  private static UrlResult toUrl(Reply reply) {
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

  private static void writeAtomically(DownloadResult download, Path target) {
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

  private static void deleteQuietly(Path part) {
    if (part != null) {
      try {
        Files.deleteIfExists(part);
      } catch (IOException ignored) {
        // The download already failed; a leftover .part file is the lesser problem.
      }
    }
  }
}
