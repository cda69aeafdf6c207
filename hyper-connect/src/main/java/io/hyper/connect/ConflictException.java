package io.hyper.connect;

/** Thrown for a 409 answer: the document, key, database or store already exists. */
public class ConflictException extends HyperServiceException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param status the HTTP status of the answer
   * @param operation the operation, as {@code service.op}
   * @param msg hyper's {@code msg}, or {@code null}
   */
  public ConflictException(int status, String operation, String msg) {
    super(status, operation, msg);
  }
}
