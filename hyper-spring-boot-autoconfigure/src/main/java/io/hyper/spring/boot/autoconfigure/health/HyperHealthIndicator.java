package io.hyper.spring.boot.autoconfigure.health;

import io.hyper.connect.Hyper;
import io.hyper.connect.info.ServicesResult;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Reports hyper as up when it answers {@code GET /} and runs every service the app needs ({@code
 * hyper.health.services}, by default those the dev service creates); down when it is unreachable,
 * refuses the app's credentials, or lacks a service. Details: the services hyper runs, the domain,
 * and any missing service. Never shows the connection string.
 */
public final class HyperHealthIndicator extends AbstractHealthIndicator {
  private final Hyper hyper;
  private final List<String> required;

  /**
   * Creates the indicator.
   *
   * @param hyper the app's connection
   * @param required the services the app needs
   */
  public HyperHealthIndicator(Hyper hyper, List<String> required) {
    super("hyper health check failed");
    this.hyper = hyper;
    this.required = List.copyOf(required);
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    ServicesResult result = hyper.info().services();
    builder.withDetail("domain", hyper.domain());
    if (!result.ok()) {
      builder.down().withDetail("status", result.status());
      result.msg().ifPresent(msg -> builder.withDetail("msg", msg));
      return;
    }
    List<String> missing = new ArrayList<>(required);
    missing.removeAll(result.services());
    builder.withDetail("services", result.services());
    if (missing.isEmpty()) {
      builder.up();
    } else {
      builder.down().withDetail("missing", missing);
    }
  }
}
