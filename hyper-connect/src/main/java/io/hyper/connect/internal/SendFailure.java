package io.hyper.connect.internal;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;

/**
 * What a failed exchange proves about the request, read from the JDK's exception: the input of the
 * retry decision of {@link Operation}. What is not recognised counts as {@link #MAY_HAVE_ACTED}, so
 * an unknown failure is never retried.
 *
 * <p>{@code java.net.http} on JDK 17 reports (each checked by {@code SendFailureTest}):
 *
 * <ul>
 *   <li>refused: {@code ConnectException} (cause {@code ClosedChannelException});
 *   <li>unknown host: {@code ConnectException} (cause {@code UnresolvedAddressException});
 *   <li>connect timeout: {@code HttpConnectTimeoutException};
 *   <li>request timeout: {@code HttpTimeoutException "request timed out"};
 *   <li>closed before any byte of the answer: {@code IOException "HTTP/1.1 header parser received
 *       no bytes"} (cause {@code EOFException});
 *   <li>closed inside the headers: {@code IOException "parsing HTTP/1.1 header, receiving [...]"};
 *   <li>closed inside the body: {@code IOException "fixed content-length: 100, bytes received: 6"}.
 * </ul>
 *
 * <p>Only the first four and "received no bytes" are recognised. A bare {@code EOFException} or any
 * other message proves nothing about how far the exchange got, so it counts as {@link
 * #MAY_HAVE_ACTED}; the transport also reports whether the answer's headers had arrived, which
 * settles every failure inside the body.
 */
public enum SendFailure {
  /** The request never left: no connection was made. Safe to send again. */
  NOT_SENT,
  /** The request may have arrived, but no byte of an answer came back. */
  NO_ANSWER,
  /** The server may have acted on it: part of an answer arrived, or the failure is unknown. */
  MAY_HAVE_ACTED;

  private static final String NO_BYTES = "header parser received no bytes";

  /**
   * Classifies a failure.
   *
   * @param failure the exception the exchange failed with
   * @param answerStarted whether the answer's headers had arrived when it failed
   * @return what the failure proves
   */
  public static SendFailure of(Throwable failure, boolean answerStarted) {
    if (answerStarted) {
      return MAY_HAVE_ACTED;
    }
    if (failure instanceof HttpConnectTimeoutException
        || failure instanceof ConnectException
        || failure instanceof UnknownHostException
        || failure instanceof UnresolvedAddressException) {
      return NOT_SENT;
    }
    if (failure instanceof HttpTimeoutException) {
      return NO_ANSWER;
    }
    if (failure.getMessage() != null && failure.getMessage().contains(NO_BYTES)) {
      return NO_ANSWER;
    }
    return MAY_HAVE_ACTED;
  }

  /**
   * Tells whether an operation of a retry class may be sent again after this failure.
   *
   * @param retry the operation's retry class
   * @return whether a retry is allowed
   */
  public boolean allows(Operation.Retry retry) {
    return switch (this) {
      case NOT_SENT -> true;
      case NO_ANSWER -> retry == Operation.Retry.IF_NO_ANSWER;
      case MAY_HAVE_ACTED -> false;
    };
  }
}
