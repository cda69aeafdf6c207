package io.hyper.connect;

import io.hyper.connect.internal.Check;
import io.hyper.connect.internal.Failures;
import io.hyper.connect.internal.JsonCodec;
import io.hyper.connect.internal.ResultText;
import io.hyper.connect.internal.Untyped;
import io.hyper.connect.json.DocumentCodec;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A result whose payload is the app's JSON, kept as hyper sent it and decoded on each call with the
 * client's {@link DocumentCodec}: {@link DocResult}, {@link DocsResult} and {@link
 * io.hyper.connect.search.MatchesResult}.
 */
public abstract class PayloadResult implements Result {
  private final boolean ok;
  private final int status;
  private final Optional<String> msg;
  private final String field;
  private final JsonNode payload;
  private final DocumentCodec codec;
  private final String operation;

  /**
   * Creates a result.
   *
   * @param ok whether hyper reported success
   * @param status the HTTP status of the answer
   * @param msg hyper's message, or empty ({@code null} is taken as empty)
   * @param field the payload's name in hyper's shape ({@code doc}, {@code docs}, {@code matches})
   * @param payload the payload as JSON, or {@code null} when not ok
   * @param codec decodes the payload
   * @param operation the operation, as {@code service.op}
   */
  protected PayloadResult(
      boolean ok,
      int status,
      Optional<String> msg,
      String field,
      JsonNode payload,
      DocumentCodec codec,
      String operation) {
    this.ok = ok;
    this.status = status;
    this.msg = msg == null ? Optional.empty() : msg;
    this.field = field;
    this.payload = payload;
    this.codec = Objects.requireNonNull(codec, "codec");
    this.operation = operation;
  }

  @Override
  public final boolean ok() {
    return ok;
  }

  @Override
  public final int status() {
    return status;
  }

  @Override
  public final Optional<String> msg() {
    return msg;
  }

  @Override
  public final String operation() {
    return operation;
  }

  /**
   * Decodes the payload, after checking the result is ok.
   *
   * @param <T> the target type
   * @param type the target type
   * @return the payload
   * @throws HyperServiceException when the result is not ok
   * @throws HyperException when the payload does not fit {@code type}
   */
  protected final <T> T payload(Type type) {
    Failures.check(this);
    return JsonCodec.decode(codec, payload, Check.notNull(type, "type"), operation);
  }

  /**
   * Decodes each element of an array payload, after checking the result is ok.
   *
   * @param <T> the element type
   * @param type the element type
   * @return an unmodifiable list
   * @throws HyperServiceException when the result is not ok
   * @throws HyperException when an element does not fit {@code type}
   */
  protected final <T> List<T> payloads(Type type) {
    Failures.check(this);
    return Untyped.list(codec, payload, Check.notNull(type, "type"), operation);
  }

  /**
   * Returns the result when ok, or throws, for the subclasses' {@code orThrow()}.
   *
   * @param result this result
   * @return {@code result}
   * @throws HyperServiceException when not ok
   */
  protected static PayloadResult checked(PayloadResult result) {
    Failures.check(result);
    return result;
  }

  @Override
  public boolean equals(Object o) {
    return o != null
        && o.getClass() == getClass()
        && o instanceof PayloadResult r
        && ok == r.ok
        && status == r.status
        && msg.equals(r.msg)
        && Objects.equals(payload, r.payload)
        && Objects.equals(operation, r.operation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ok, status, msg, payload, operation);
  }

  /** Hyper's shape, e.g. {@code {"ok":true,"status":200,"doc":{...}}}; never a secret. */
  @Override
  public String toString() {
    return ResultText.of(this, field, payload);
  }
}
