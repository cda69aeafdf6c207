package io.hyper.connect;

/** Thrown for a 401 or 403 answer: the token was missing, invalid or not allowed. */
public class UnauthorizedException extends HyperServiceException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param status the HTTP status of the answer
   * @param operation the operation, as {@code service.op}
   * @param msg hyper's {@code msg}, or {@code null}
   */
  public UnauthorizedException(int status, String operation, String msg) {
    super(status, operation, msg);
  }
}
