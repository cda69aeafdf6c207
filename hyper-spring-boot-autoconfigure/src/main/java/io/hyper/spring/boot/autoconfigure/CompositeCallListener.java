package io.hyper.spring.boot.autoconfigure;

import io.hyper.connect.CallListener;
import java.time.Duration;
import java.util.List;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Tells several {@link CallListener} beans, in order; one that throws does not silence the rest.
 */
final class CompositeCallListener implements CallListener {
  private static final Log LOG = LogFactory.getLog(CompositeCallListener.class);

  private final List<CallListener> listeners;

  CompositeCallListener(List<CallListener> listeners) {
    this.listeners = List.copyOf(listeners);
  }

  @Override
  public void onComplete(String service, String operation, int status, Duration duration) {
    for (CallListener listener : listeners) {
      try {
        listener.onComplete(service, operation, status, duration);
      } catch (RuntimeException e) {
        LOG.warn(listener + ".onComplete of " + service + "." + operation + " threw", e);
      }
    }
  }

  @Override
  public void onError(String service, String operation, Throwable error, Duration duration) {
    for (CallListener listener : listeners) {
      try {
        listener.onError(service, operation, error, duration);
      } catch (RuntimeException e) {
        LOG.warn(listener + ".onError of " + service + "." + operation + " threw", e);
      }
    }
  }
}
