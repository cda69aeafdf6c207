package io.hyper.connect;

import io.hyper.connect.internal.Failures;
import io.hyper.connect.internal.ResultText;
import java.util.List;
import java.util.Optional;

/**
 * The result of a bulk write: hyper's {@code {ok, results}} with one {@link BulkItem} per input
 * document, in input order.
 *
 * @param ok whether hyper accepted the request
 * @param status the HTTP status of the answer
 * @param msg hyper's message, or empty
 * @param results the per-document outcomes; read them with {@link #results()}
 * @param operation the operation, as {@code service.op}
 */
public record BulkResult(
    boolean ok, int status, Optional<String> msg, List<BulkItem> results, String operation)
    implements Result {

  /**
   * Normalises a {@code null} message to empty and copies the list.
   *
   * @param ok whether hyper accepted the request
   * @param status the HTTP status of the answer
   * @param msg hyper's message, or empty
   * @param results the per-document outcomes; read them with {@link #results()}
   * @param operation the operation, as {@code service.op}
   */
  public BulkResult {
    msg = msg == null ? Optional.empty() : msg;
    results = results == null ? List.of() : List.copyOf(results);
  }

  /**
   * Returns the per-document outcomes, one per input document, in input order.
   *
   * @return an unmodifiable list
   * @throws HyperServiceException when the whole request was not ok, as {@link #orThrow()} would
   */
  @Override
  public List<BulkItem> results() {
    Failures.check(this);
    return results;
  }

  /**
   * Returns this result when ok, or throws the exception matching its status.
   *
   * @return this result
   * @throws HyperServiceException when not ok
   */
  @Override
  public BulkResult orThrow() {
    Failures.check(this);
    return this;
  }

  /** Hyper's shape, e.g. {@code {"ok":true,"status":201,"id":"movie-1"}}; never a secret. */
  @Override
  public String toString() {
    return ResultText.of(this, "results", results);
  }
}
