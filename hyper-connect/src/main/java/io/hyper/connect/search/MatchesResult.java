package io.hyper.connect.search;

import io.hyper.connect.HyperException;
import io.hyper.connect.HyperServiceException;
import io.hyper.connect.PayloadResult;
import io.hyper.connect.TypeRef;
import io.hyper.connect.internal.Check;
import io.hyper.connect.internal.Untyped;
import io.hyper.connect.json.DocumentCodec;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The result of a search query: hyper's {@code {ok, matches}} plus the status. Each match holds
 * {@code id}, usually {@code score}, and the stored fields of the document (contract §6.4), best
 * match first. The matches are kept as the JSON hyper sent and decoded when asked: {@link
 * #matches()} as maps, {@link #matches(Class)} as records or POJOs, {@link #matches(TypeRef)} as a
 * generic type.
 */
public final class MatchesResult extends PayloadResult {

  /**
   * Creates a result; the SDK makes them, and a test's fake service may too.
   *
   * @param ok whether hyper reported success
   * @param status the HTTP status of the answer
   * @param msg hyper's message, or empty ({@code null} is taken as empty)
   * @param matches the matches as a JSON array, or {@code null} when not ok
   * @param codec decodes the matches
   * @param operation the operation, as {@code service.op}
   */
  public MatchesResult(
      boolean ok,
      int status,
      Optional<String> msg,
      JsonNode matches,
      DocumentCodec codec,
      String operation) {
    super(ok, status, msg, "matches", matches, codec, operation);
  }

  /**
   * Returns the matches as maps, best first.
   *
   * @return an unmodifiable list, empty when nothing matched; decoded anew on each call
   * @throws HyperServiceException when the result is not ok, as {@link #orThrow()} would
   */
  public List<Map<String, Object>> matches() {
    return matches(Untyped.MAP);
  }

  /**
   * Returns the matches as a class, e.g. {@code matches(Hit.class)}.
   *
   * @param <T> the element type
   * @param type a record, POJO or {@code JsonNode} class
   * @return an unmodifiable list
   * @throws HyperServiceException when the result is not ok
   * @throws HyperException when an element does not fit {@code type}
   */
  public <T> List<T> matches(Class<T> type) {
    return payloads(type);
  }

  /**
   * Returns the matches as a generic type.
   *
   * @param <T> the element type
   * @param type the type
   * @return an unmodifiable list
   * @throws HyperServiceException when the result is not ok
   * @throws HyperException when an element does not fit {@code type}
   */
  public <T> List<T> matches(TypeRef<T> type) {
    return payloads(Check.notNull(type, "type").type());
  }

  @Override
  public MatchesResult orThrow() {
    return (MatchesResult) checked(this);
  }
}
