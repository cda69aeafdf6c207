package io.hyper.connect;

/** Thrown for a 404 answer: the document, key, database or store does not exist. */
public class NotFoundException extends HyperServiceException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param status the HTTP status of the answer
   * @param operation the operation, as {@code service.op}
   * @param msg hyper's {@code msg}, or {@code null}
   */
  public NotFoundException(int status, String operation, String msg) {
    super(status, operation, msg);
  }
}
