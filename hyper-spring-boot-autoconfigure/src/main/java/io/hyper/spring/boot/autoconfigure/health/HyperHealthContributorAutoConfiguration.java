package io.hyper.spring.boot.autoconfigure.health;

import io.hyper.connect.Hyper;
import io.hyper.spring.boot.autoconfigure.HyperAutoConfiguration;
import io.hyper.spring.boot.autoconfigure.HyperProperties;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * Adds {@link HyperHealthIndicator} as the {@code hyper} health component when the app has Boot's
 * health support (actuator) and a {@link Hyper}; {@code management.health.hyper.enabled=false}
 * turns it off.
 */
@AutoConfiguration(after = HyperAutoConfiguration.class)
@ConditionalOnClass({HealthIndicator.class, Hyper.class})
@ConditionalOnBean(Hyper.class)
@ConditionalOnEnabledHealthIndicator("hyper")
public class HyperHealthContributorAutoConfiguration {

  /** Creates the auto-configuration; Spring calls it. */
  public HyperHealthContributorAutoConfiguration() {}

  /**
   * Creates the indicator.
   *
   * @param hyper the app's connection
   * @param properties the services the app needs
   * @return the indicator
   */
  @Bean
  @ConditionalOnMissingBean(name = {"hyperHealthIndicator", "hyperHealthContributor"})
  public HyperHealthIndicator hyperHealthIndicator(Hyper hyper, HyperProperties properties) {
    List<String> required = properties.getHealth().getServices();
    if (required.isEmpty() && properties.getLocal().isEnabled()) {
      required = properties.getLocal().getServices();
    }
    return new HyperHealthIndicator(
        hyper, required.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList());
  }
}
