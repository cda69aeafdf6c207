package io.hyper.connect;

import com.fasterxml.jackson.annotation.JsonValue;
import io.hyper.connect.internal.ResultText;
import java.util.Map;
import java.util.Optional;

/**
 * What every hyper operation returns: hyper's result shape, {@code {ok, status, msg}}, plus the
 * operation's payload in the implementing record.
 *
 * <p>A 2xx answer is an ok result. A 4xx answer is a result with {@code ok() == false}, as in every
 * hyper client; check {@link #ok()} or call {@link #orThrow()}. Reading the payload of a not-ok
 * result (for example {@link IdResult#id()}) throws the same exception {@link #orThrow()} would, so
 * a payload is never a silent {@code null}; {@link #toString()} and {@link #asMap()} never throw.
 * With {@link Hyper.Builder#throwOnError(boolean)} every not-ok answer throws instead. A 5xx answer
 * or a network failure never becomes a result: it throws ({@link ServerException}, {@link
 * HyperIoException}).
 */
public interface Result {

  /**
   * Tells whether hyper reported success.
   *
   * @return {@code true} for a 2xx answer that did not say {@code ok:false}
   */
  boolean ok();

  /**
   * Returns the HTTP status of the answer, for ok and not-ok results alike.
   *
   * @return the HTTP status, e.g. 200, 201 or 404
   */
  int status();

  /**
   * Returns hyper's message, which not-ok results usually carry. Its wording is free text: do not
   * parse it.
   *
   * @return the {@code msg} of the answer, or empty
   */
  Optional<String> msg();

  /**
   * Returns the operation that produced this result, as {@code service.op} (e.g. {@code
   * "data.add"}).
   *
   * @return the operation
   */
  String operation();

  /**
   * Returns this result when it is ok, or throws the exception matching its status.
   *
   * @return this result
   * @throws HyperServiceException the subclass matching {@link #status()} when not ok
   */
  Result orThrow();

  /**
   * Returns this result in hyper's shape as plain Java values ({@code ok}, {@code status}, {@code
   * msg} when present, and the payload), the same JSON {@link #toString()} prints. Any JSON mapper
   * (Jackson 3, Jackson 2, ...) serialises a result through this method ({@code @JsonValue}), so
   * logging a not-ok result as JSON never throws.
   *
   * @return the result as a map
   */
  @JsonValue
  default Map<String, Object> asMap() {
    return ResultText.asMap(toString());
  }
}
