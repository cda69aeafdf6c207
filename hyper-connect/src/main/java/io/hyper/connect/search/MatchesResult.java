package io.hyper.connect.search;

import io.hyper.connect.Result;
import io.hyper.connect.internal.Failures;
import io.hyper.connect.internal.ResultText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The result of a search query: hyper's {@code {ok, matches}} plus the status. Each match holds
 * {@code id}, usually {@code score}, and the stored fields of the document (contract §6.4), best
 * match first.
 *
 * @param <T> the match type: a {@code Map<String, Object>}, a record or POJO, or a {@code JsonNode}
 * @param ok whether hyper reported success
 * @param status the HTTP status of the answer
 * @param msg hyper's message, or empty
 * @param matches the matches; read them with {@link #matches()}
 * @param operation the operation, as {@code service.op}
 */
public record MatchesResult<T>(
    boolean ok, int status, Optional<String> msg, List<T> matches, String operation)
    implements Result {

  /**
   * Normalises a {@code null} message to empty and copies the list.
   *
   * @param ok whether hyper reported success
   * @param status the HTTP status of the answer
   * @param msg hyper's message, or empty
   * @param matches the matches; read them with {@link #matches()}
   * @param operation the operation, as {@code service.op}
   */
  public MatchesResult {
    msg = msg == null ? Optional.empty() : msg;
    matches = matches == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(matches));
  }

  /**
   * Returns the matches, best first.
   *
   * @return an unmodifiable list, empty when nothing matched
   * @throws io.hyper.connect.HyperServiceException when the result is not ok, as {@link #orThrow()}
   *     would
   */
  @Override
  public List<T> matches() {
    Failures.check(this);
    return matches;
  }

  /**
   * Returns this result when ok, or throws the exception matching its status.
   *
   * @return this result
   * @throws io.hyper.connect.HyperServiceException when not ok
   */
  @Override
  public MatchesResult<T> orThrow() {
    Failures.check(this);
    return this;
  }

  /** Hyper's shape, e.g. {@code {"ok":true,"status":200,...}}; never a secret. */
  @Override
  public String toString() {
    return ResultText.of(this, "matches", matches);
  }
}
