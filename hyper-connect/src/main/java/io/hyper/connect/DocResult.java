package io.hyper.connect;

import io.hyper.connect.internal.Failures;
import io.hyper.connect.internal.ResultText;
import java.util.Optional;

/**
 * The result of reading one document or cached value: hyper's {@code {ok, doc}} plus the status.
 *
 * @param <T> the document type: a {@code Map<String, Object>}, a record or POJO, or a {@code
 *     JsonNode}
 * @param ok whether hyper reported success
 * @param status the HTTP status of the answer
 * @param msg hyper's message, or empty
 * @param doc the document; read it with {@link #doc()}
 * @param operation the operation, as {@code service.op}
 */
public record DocResult<T>(boolean ok, int status, Optional<String> msg, T doc, String operation)
    implements Result {

  /**
   * Normalises a {@code null} message to empty.
   *
   * @param ok whether hyper reported success
   * @param status the HTTP status of the answer
   * @param msg hyper's message, or empty
   * @param doc the document; read it with {@link #doc()}
   * @param operation the operation, as {@code service.op}
   */
  public DocResult {
    msg = msg == null ? Optional.empty() : msg;
  }

  /**
   * Returns the document.
   *
   * @return the document, decoded to the requested type
   * @throws HyperServiceException when the result is not ok (for example a {@link
   *     NotFoundException} for a missing document), as {@link #orThrow()} would
   */
  @Override
  public T doc() {
    Failures.check(this);
    return doc;
  }

  /**
   * Returns this result when ok, or throws the exception matching its status.
   *
   * @return this result
   * @throws HyperServiceException when not ok
   */
  @Override
  public DocResult<T> orThrow() {
    Failures.check(this);
    return this;
  }

  /** Hyper's shape, e.g. {@code {"ok":true,"status":201,"id":"movie-1"}}; never a secret. */
  @Override
  public String toString() {
    return ResultText.of(this, "doc", doc);
  }
}
