package io.hyper.connect;

import io.hyper.connect.internal.Failures;
import io.hyper.connect.internal.ResultText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The result of an operation that answers with a list of documents ({@code list}, {@code query}):
 * hyper's {@code {ok, docs}} plus the status.
 *
 * @param <T> the document type: a {@code Map<String, Object>}, a record or POJO, or a {@code
 *     JsonNode}
 * @param ok whether hyper reported success
 * @param status the HTTP status of the answer
 * @param msg hyper's message, or empty
 * @param docs the documents; read them with {@link #docs()}
 * @param operation the operation, as {@code service.op}
 */
public record DocsResult<T>(
    boolean ok, int status, Optional<String> msg, List<T> docs, String operation)
    implements Result {

  /**
   * Normalises a {@code null} message to empty and copies the list.
   *
   * @param ok whether hyper reported success
   * @param status the HTTP status of the answer
   * @param msg hyper's message, or empty
   * @param docs the documents; read them with {@link #docs()}
   * @param operation the operation, as {@code service.op}
   */
  public DocsResult {
    msg = msg == null ? Optional.empty() : msg;
    docs = docs == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(docs));
  }

  /**
   * Returns the documents, in the order hyper sent them.
   *
   * @return an unmodifiable list, empty when nothing matched
   * @throws HyperServiceException when the result is not ok, as {@link #orThrow()} would
   */
  @Override
  public List<T> docs() {
    Failures.check(this);
    return docs;
  }

  /**
   * Returns this result when ok, or throws the exception matching its status.
   *
   * @return this result
   * @throws HyperServiceException when not ok
   */
  @Override
  public DocsResult<T> orThrow() {
    Failures.check(this);
    return this;
  }

  /** Hyper's shape, e.g. {@code {"ok":true,"status":201,"id":"movie-1"}}; never a secret. */
  @Override
  public String toString() {
    return ResultText.of(this, "docs", docs);
  }
}
