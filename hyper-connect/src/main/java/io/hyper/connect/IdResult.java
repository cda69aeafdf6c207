package io.hyper.connect;

import io.hyper.connect.internal.Failures;
import io.hyper.connect.internal.ResultText;
import java.util.Optional;

/**
 * The result of an operation that answers with a document id ({@code add}, {@code update}, {@code
 * remove}): hyper's {@code {ok, id}} plus the status.
 *
 * @param ok whether hyper reported success
 * @param status the HTTP status of the answer
 * @param msg hyper's message, or empty
 * @param id the document id; read it with {@link #id()}
 * @param operation the operation, as {@code service.op}
 */
public record IdResult(boolean ok, int status, Optional<String> msg, String id, String operation)
    implements Result {

  /**
   * Normalises a {@code null} message to empty.
   *
   * @param ok whether hyper reported success
   * @param status the HTTP status of the answer
   * @param msg hyper's message, or empty
   * @param id the document id; read it with {@link #id()}
   * @param operation the operation, as {@code service.op}
   */
  public IdResult {
    msg = msg == null ? Optional.empty() : msg;
  }

  /**
   * Returns the id of the document the operation added, updated or removed.
   *
   * @return the document id
   * @throws HyperServiceException when the result is not ok, as {@link #orThrow()} would
   */
  @Override
  public String id() {
    Failures.check(this);
    return id;
  }

  /**
   * Returns this result when ok, or throws the exception matching its status.
   *
   * @return this result
   * @throws HyperServiceException when not ok
   */
  @Override
  public IdResult orThrow() {
    Failures.check(this);
    return this;
  }

  /** Hyper's shape, e.g. {@code {"ok":true,"status":201,"id":"movie-1"}}; never a secret. */
  @Override
  public String toString() {
    return ResultText.of(this, "id", id);
  }
}
