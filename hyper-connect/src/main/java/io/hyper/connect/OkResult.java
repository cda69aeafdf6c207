package io.hyper.connect;

import io.hyper.connect.internal.Failures;
import io.hyper.connect.internal.ResultText;
import java.util.Optional;

/**
 * The result of an operation whose success carries no payload ({@code create}, {@code destroy},
 * cache {@code add}, {@code set}, {@code remove}): hyper's {@code {ok, status, msg}}.
 *
 * @param ok whether hyper reported success
 * @param status the HTTP status of the answer
 * @param msg hyper's message, or empty
 * @param operation the operation, as {@code service.op}
 */
public record OkResult(boolean ok, int status, Optional<String> msg, String operation)
    implements Result {

  /**
   * Normalises a {@code null} message to empty.
   *
   * @param ok whether hyper reported success
   * @param status the HTTP status of the answer
   * @param msg hyper's message, or empty
   * @param operation the operation, as {@code service.op}
   */
  public OkResult {
    msg = msg == null ? Optional.empty() : msg;
  }

  /**
   * Returns this result when ok, or throws the exception matching its status.
   *
   * @return this result
   * @throws HyperServiceException when not ok
   */
  @Override
  public OkResult orThrow() {
    Failures.check(this);
    return this;
  }

  /** Hyper's shape, e.g. {@code {"ok":true,"status":201,"id":"movie-1"}}; never a secret. */
  @Override
  public String toString() {
    return ResultText.of(this);
  }
}
