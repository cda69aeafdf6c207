package io.hyper.connect.internal;

import io.hyper.connect.CallListener;
import java.lang.System.Logger.Level;
import java.time.Duration;

/**
 * Tells the app's {@link CallListener} how each call ended, splitting {@code service.op} into its
 * two parts. A listener that throws is logged and ignored, so it can never change a result.
 */
public final class CallEvents {
  /** Tells nobody. */
  public static final CallEvents NONE = new CallEvents(null);

  private static final System.Logger LOG = System.getLogger("io.hyper.connect");

  private final CallListener listener;

  /**
   * Creates the events of a listener.
   *
   * @param listener the listener, or {@code null} for none
   */
  public CallEvents(CallListener listener) {
    this.listener = listener;
  }

  /**
   * Reports an answer below 500.
   *
   * @param operation the operation (its name is {@code service.op})
   * @param status the HTTP status
   * @param startNanos when the call started ({@link System#nanoTime()})
   */
  public void complete(Operation operation, int status, long startNanos) {
    if (listener == null) {
      return;
    }
    String name = operation.toString();
    int dot = name.indexOf('.');
    try {
      listener.onComplete(
          name.substring(0, dot), name.substring(dot + 1), status, since(startNanos));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "CallListener.onComplete of " + operation + " threw", e);
    }
  }

  /**
   * Reports a call that failed.
   *
   * @param operation the operation (its name is {@code service.op})
   * @param error what it failed with
   * @param startNanos when the call started ({@link System#nanoTime()})
   */
  public void error(Operation operation, Throwable error, long startNanos) {
    if (listener == null) {
      return;
    }
    String name = operation.toString();
    int dot = name.indexOf('.');
    try {
      listener.onError(name.substring(0, dot), name.substring(dot + 1), error, since(startNanos));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "CallListener.onError of " + operation + " threw", e);
    }
  }

  private static Duration since(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }
}
