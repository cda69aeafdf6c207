package io.hyper.connect;

/** Thrown for a 422 answer: hyper rejected an argument as invalid. */
public class UnprocessableException extends HyperServiceException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param status the HTTP status of the answer
   * @param operation the operation, as {@code service.op}
   * @param msg hyper's {@code msg}, or {@code null}
   */
  public UnprocessableException(int status, String operation, String msg) {
    super(status, operation, msg);
  }
}
