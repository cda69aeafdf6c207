package io.hyper.spring.boot.autoconfigure.metrics;

import io.hyper.connect.CallListener;
import io.hyper.connect.HyperServiceException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * Times every SDK call in the timer {@value #METRIC}, tagged {@code service} ({@code data}), {@code
 * operation} ({@code get}), {@code status} (the HTTP status, or {@code IO_ERROR} when hyper never
 * answered), {@code outcome} ({@code SUCCESS}, {@code CLIENT_ERROR}, {@code SERVER_ERROR}, {@code
 * UNKNOWN}) and {@code exception} ({@code none} or the exception's simple name): the tags of Boot's
 * own {@code http.client.requests}.
 */
public final class MicrometerCallListener implements CallListener {
  /** The timer's name. */
  public static final String METRIC = "hyper.client.requests";

  private final MeterRegistry registry;

  /**
   * Creates the listener.
   *
   * @param registry where the timers go
   */
  public MicrometerCallListener(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void onComplete(String service, String operation, int status, Duration duration) {
    String outcome = status < 400 ? "SUCCESS" : "CLIENT_ERROR";
    timer(service, operation, Integer.toString(status), outcome, "none").record(duration);
  }

  @Override
  public void onError(String service, String operation, Throwable error, Duration duration) {
    String status;
    String outcome;
    if (error instanceof HyperServiceException e) {
      status = Integer.toString(e.status());
      outcome = e.status() >= 500 ? "SERVER_ERROR" : "CLIENT_ERROR";
    } else {
      status = "IO_ERROR";
      outcome = "UNKNOWN";
    }
    timer(service, operation, status, outcome, error.getClass().getSimpleName()).record(duration);
  }

  private Timer timer(
      String service, String operation, String status, String outcome, String exception) {
    return Timer.builder(METRIC)
        .description("Calls of the hyper SDK")
        .tag("service", service)
        .tag("operation", operation)
        .tag("status", status)
        .tag("outcome", outcome)
        .tag("exception", exception)
        .register(registry);
  }
}
