package io.hyper.connect.storage;

import io.hyper.connect.Result;
import io.hyper.connect.internal.Failures;
import io.hyper.connect.internal.ResultText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The result of {@link StorageService#download(String)}: on success, the object's bytes as a stream
 * read straight from the connection. Close it (try-with-resources) to give the connection back; a
 * not-ok result holds no stream and closing it does nothing.
 *
 * <pre>{@code
 * try (DownloadResult download = hyper.storage().download("posters/dune.png")) {
 *   download.body().transferTo(out);
 * }
 * }</pre>
 *
 * @param ok whether hyper reported success
 * @param status the HTTP status of the answer
 * @param msg hyper's message (a not-ok result's reason), or empty
 * @param body the object's bytes; read them with {@link #body()}
 * @param contentType the object's media type, as the server sent it
 * @param contentLength the object's size when the server announced it (hyper streams chunked, so
 *     usually not)
 * @param operation the operation, as {@code service.op}
 */
public record DownloadResult(
    boolean ok,
    int status,
    Optional<String> msg,
    InputStream body,
    Optional<String> contentType,
    OptionalLong contentLength,
    String operation)
    implements Result, AutoCloseable {

  /**
   * Normalises absent values to empty.
   *
   * @param ok whether hyper reported success
   * @param status the HTTP status of the answer
   * @param msg hyper's message (a not-ok result's reason), or empty
   * @param body the object's bytes; read them with {@link #body()}
   * @param contentType the object's media type, as the server sent it
   * @param contentLength the object's size when the server announced it (hyper streams chunked, so
   *     usually not)
   * @param operation the operation, as {@code service.op}
   */
  public DownloadResult {
    msg = msg == null ? Optional.empty() : msg;
    contentType = contentType == null ? Optional.empty() : contentType;
    contentLength = contentLength == null ? OptionalLong.empty() : contentLength;
  }

  /**
   * Returns the object's bytes, read from the connection as you consume them. Read it once, then
   * close this result.
   *
   * @return the open stream
   * @throws io.hyper.connect.HyperServiceException when the result is not ok (for example a {@link
   *     io.hyper.connect.NotFoundException}), as {@link #orThrow()} would
   */
  @Override
  public InputStream body() {
    Failures.check(this);
    return body;
  }

  /**
   * Returns this result when ok, or throws the exception matching its status.
   *
   * @return this result
   * @throws io.hyper.connect.HyperServiceException when not ok
   */
  @Override
  public DownloadResult orThrow() {
    Failures.check(this);
    return this;
  }

  /**
   * Closes the stream, giving the connection back (or dropping it when the stream was not read to
   * its end).
   *
   * @throws UncheckedIOException when closing fails
   */
  @Override
  public void close() {
    if (body != null) {
      try {
        body.close();
      } catch (IOException e) {
        throw new UncheckedIOException(operation + ": closing the download failed", e);
      }
    }
  }

  /**
   * Hyper's shape without the stream, e.g. {@code
   * {"ok":true,"status":200,"contentType":"image/png"}}.
   */
  @Override
  public String toString() {
    return ResultText.of(
        this,
        "contentType",
        contentType.orElse(null),
        "contentLength",
        contentLength.isPresent() ? contentLength.getAsLong() : null);
  }
}
