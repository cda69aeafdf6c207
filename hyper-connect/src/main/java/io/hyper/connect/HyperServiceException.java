package io.hyper.connect;

import java.util.Optional;

/**
 * Thrown when hyper answered with an error status: always for a 5xx ({@link ServerException}), and
 * for a 4xx when the caller asks for it with {@link Result#orThrow()} or reads the payload of a
 * not-ok result. Each status family has its own subclass, so callers can catch exactly what they
 * handle:
 *
 * <ul>
 *   <li>400 {@link BadRequestException}
 *   <li>401 and 403 {@link UnauthorizedException}
 *   <li>404 {@link NotFoundException}
 *   <li>409 {@link ConflictException}
 *   <li>422 {@link UnprocessableException}
 *   <li>429 {@link RateLimitedException}
 *   <li>5xx {@link ServerException}
 *   <li>anything else {@link UnexpectedStatusException}
 * </ul>
 *
 * <p>The message reads {@code "<status> <service>.<op>: <msg>"}, for example {@code "404 data.get:
 * document not found"}.
 */
public abstract class HyperServiceException extends HyperException {
  private static final long serialVersionUID = 1L;

  /** The HTTP status of the failed answer. */
  private final int status;

  /** The operation, as {@code service.op}. */
  private final String operation;

  /** hyper's message, or {@code null}. */
  private final String msg;

  /**
   * Creates an exception for a failed operation.
   *
   * @param status the HTTP status of the answer
   * @param operation the operation, as {@code service.op} (e.g. {@code "data.get"})
   * @param msg hyper's {@code msg}, or {@code null} when the answer had none
   */
  protected HyperServiceException(int status, String operation, String msg) {
    super(status + " " + operation + ": " + (msg == null ? "(no message)" : msg));
    this.status = status;
    this.operation = operation;
    this.msg = msg;
  }

  /**
   * Returns the HTTP status of the failed answer.
   *
   * @return the HTTP status
   */
  public int status() {
    return status;
  }

  /**
   * Returns the operation that failed, as {@code service.op} (e.g. {@code "cache.add"}).
   *
   * @return the operation
   */
  public String operation() {
    return operation;
  }

  /**
   * Returns hyper's error message, when the answer carried one.
   *
   * @return the {@code msg} of the answer, or empty
   */
  public Optional<String> msg() {
    return Optional.ofNullable(msg);
  }
}
