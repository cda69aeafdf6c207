package io.hyper.connect;

/**
 * Thrown for a 400 answer: the request was malformed (for example an invalid sort or index
 * definition).
 */
public class BadRequestException extends HyperServiceException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param status the HTTP status of the answer
   * @param operation the operation, as {@code service.op}
   * @param msg hyper's {@code msg}, or {@code null}
   */
  public BadRequestException(int status, String operation, String msg) {
    super(status, operation, msg);
  }
}
