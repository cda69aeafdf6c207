package io.hyper.connect;

/**
 * Thrown for a not-ok answer whose status has no family of its own (for example a 3xx, 405 or 413).
 */
public class UnexpectedStatusException extends HyperServiceException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param status the HTTP status of the answer
   * @param operation the operation, as {@code service.op}
   * @param msg hyper's {@code msg}, or {@code null}
   */
  public UnexpectedStatusException(int status, String operation, String msg) {
    super(status, operation, msg);
  }
}
