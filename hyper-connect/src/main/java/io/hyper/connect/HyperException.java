package io.hyper.connect;

/**
 * The root of every exception the SDK throws on purpose: a failed request ({@link
 * HyperServiceException}), a network failure ({@link HyperIoException}) or a response it cannot
 * read.
 *
 * <p>All SDK exceptions are unchecked. Invalid arguments are reported with the JDK's {@link
 * IllegalArgumentException} before any request is sent, and are not part of this family. Messages
 * never contain an app secret or an {@code Authorization} header.
 */
public class HyperException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong
   */
  public HyperException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message what went wrong
   * @param cause the underlying failure
   */
  public HyperException(String message, Throwable cause) {
    super(message, cause);
  }
}
