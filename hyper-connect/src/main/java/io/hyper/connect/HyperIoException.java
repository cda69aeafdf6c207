package io.hyper.connect;

/**
 * Thrown when a request could not be completed on the network: the connection was refused or
 * dropped, a timeout expired ({@link Hyper.Builder#requestTimeout}, {@link
 * Hyper.Builder#idleTimeout}; the message names the wait), or the calling thread was interrupted
 * while waiting (its interrupt flag is then set again). Requests are retried before this is thrown
 * where their operation allows it; see {@link Hyper.Builder#maxRetries(int)}.
 */
public class HyperIoException extends HyperException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception for a network failure.
   *
   * @param message what failed, naming the operation (e.g. {@code "data.get"})
   * @param cause the underlying I/O failure
   */
  public HyperIoException(String message, Throwable cause) {
    super(message, cause);
  }
}
