package io.hyper.spring.boot.autoconfigure;

import io.hyper.connect.CallListener;
import java.time.Duration;
import java.util.List;

/** Tells several {@link CallListener} beans, in order. */
final class CompositeCallListener implements CallListener {
  private final List<CallListener> listeners;

  CompositeCallListener(List<CallListener> listeners) {
    this.listeners = List.copyOf(listeners);
  }

  @Override
  public void onComplete(String service, String operation, int status, Duration duration) {
    listeners.forEach(l -> l.onComplete(service, operation, status, duration));
  }

  @Override
  public void onError(String service, String operation, Throwable error, Duration duration) {
    listeners.forEach(l -> l.onError(service, operation, error, duration));
  }
}
