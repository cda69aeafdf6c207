package io.hyper.connect;

/** Thrown for any 5xx answer: hyper failed. A 5xx always throws, it never becomes a result. */
public class ServerException extends HyperServiceException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param status the HTTP status of the answer
   * @param operation the operation, as {@code service.op}
   * @param msg hyper's {@code msg}, or {@code null}
   */
  public ServerException(int status, String operation, String msg) {
    super(status, operation, msg);
  }
}
