package io.hyper.spring.boot.autoconfigure.metrics;

import io.hyper.connect.Hyper;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Times every call of the auto-configured {@link Hyper} with Micrometer ({@link
 * MicrometerCallListener}) when the app has a {@link MeterRegistry}.
 */
@AutoConfiguration(
    afterName = {
      "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration"
    })
@ConditionalOnClass({MeterRegistry.class, Hyper.class})
@ConditionalOnBean(MeterRegistry.class)
public class HyperMetricsAutoConfiguration {

  /** Creates the auto-configuration; Spring calls it. */
  public HyperMetricsAutoConfiguration() {}

  /**
   * Creates the listener the {@code Hyper} bean reports its calls to.
   *
   * @param registry the app's registry
   * @return the listener
   */
  @Bean
  @ConditionalOnMissingBean
  public MicrometerCallListener hyperMicrometerCallListener(MeterRegistry registry) {
    return new MicrometerCallListener(registry);
  }
}
