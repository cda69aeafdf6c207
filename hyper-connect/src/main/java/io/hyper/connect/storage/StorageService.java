package io.hyper.connect.storage;

import io.hyper.connect.HyperIoException;
import io.hyper.connect.OkResult;
import java.io.InputStream;
import java.nio.file.Path;

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
 * <p>Every action is declared once, in its sync form; {@link #async()} gives the same actions
 * returning a {@code CompletableFuture}. See {@link io.hyper.connect.data.DataService} for the
 * shared rules on results and exceptions. Invalid arguments throw {@link IllegalArgumentException}
 * from both forms before anything is sent.
 */
public interface StorageService {

  /**
   * Creates the bucket ({@code PUT /storage/{bucket}}); 409 when it exists.
   *
   * @return the result
   */
  OkResult create();

  /**
   * Deletes the bucket and its objects ({@code DELETE /storage/{bucket}}); 404 when missing.
   *
   * @param confirm must be {@code true}
   * @return the result
   * @throws IllegalArgumentException when {@code confirm} is false; nothing is sent
   */
  OkResult destroy(boolean confirm);

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
  OkResult upload(String name, InputStream content);

  /**
   * Uploads a file, streaming it from disk; see {@link #upload(String, InputStream)}.
   *
   * @param name the object name
   * @param file the file to send
   * @return the result
   * @throws IllegalArgumentException when the name is invalid or {@code file} is not a readable
   *     regular file
   */
  OkResult upload(String name, Path file);

  /**
   * Uploads bytes already in memory; see {@link #upload(String, InputStream)}.
   *
   * @param name the object name
   * @param content the bytes
   * @return the result
   * @throws IllegalArgumentException when the name is invalid or {@code content} is null
   */
  OkResult upload(String name, byte[] content);

  /**
   * Downloads an object as a stream read straight from the connection ({@code GET
   * /storage/{bucket}/{name}}). Close the result when done; a not-ok result (404 for a missing
   * object) holds no stream.
   *
   * @param name the object name
   * @return the result; {@link DownloadResult#body()} is the open stream
   * @throws IllegalArgumentException when the name is invalid
   */
  DownloadResult download(String name);

  /**
   * Downloads an object into a file, streaming it to disk. The bytes go to a temporary file next to
   * {@code target}, which replaces {@code target} only once complete; a not-ok answer leaves {@code
   * target} untouched. Not in the async view: writing a file blocks, so in async code use {@code
   * async().download(name)} and copy the stream on a thread of yours.
   *
   * @param name the object name
   * @param target the file to write; replaced when it exists
   * @return the result (without payload)
   * @throws IllegalArgumentException when the name is invalid or {@code target} is null
   * @throws HyperIoException when reading the answer or writing the file fails
   */
  OkResult download(String name, Path target);

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
  UrlResult signedUrl(String name, SignedUrlType type);

  /**
   * Deletes an object ({@code DELETE /storage/{bucket}/{name}}); 404 when missing.
   *
   * @param name the object name
   * @return the result
   * @throws IllegalArgumentException when the name is invalid
   */
  OkResult remove(String name);

  /**
   * Returns the async form of this service: the same actions, each returning a {@link
   * java.util.concurrent.CompletableFuture} at once instead of blocking.
   *
   * @return the async view; the same object on every call
   */
  AsyncStorageService async();
}
