package io.hyper.spring.boot.autoconfigure;

import io.hyper.connect.CallListener;
import io.hyper.connect.Hyper;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Auto-configures a {@link Hyper} from the {@code hyper.*} properties, the {@code HYPER} variable
 * or a dev service's {@link HyperConnectionDetails}. It backs off when the app defines its own
 * {@code Hyper}, and does nothing when no connection is known.
 *
 * <p>Documents go through the app's Jackson {@link JsonMapper} (with unknown properties ignored, as
 * the SDK's own mapper does, since hyper adds fields such as {@code _id}); every {@link
 * CallListener} bean hears every call; {@link HyperBuilderCustomizer} beans adjust the rest.
 */
@AutoConfiguration(
    afterName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@ConditionalOnClass(Hyper.class)
@EnableConfigurationProperties(HyperProperties.class)
public class HyperAutoConfiguration {

  /** Creates the auto-configuration; Spring calls it. */
  public HyperAutoConfiguration() {}

  /**
   * Reads the connection from {@code hyper.connection-string} or the {@code HYPER} variable.
   *
   * @param properties the {@code hyper.*} properties
   * @param environment the environment, for {@code HYPER}
   * @return the connection details
   */
  @Bean
  @ConditionalOnMissingBean(HyperConnectionDetails.class)
  @Conditional(OnConnectionStringCondition.class)
  public HyperConnectionDetails hyperConnectionDetails(
      HyperProperties properties, Environment environment) {
    return new PropertiesHyperConnectionDetails(properties, environment);
  }

  /**
   * Creates the app's {@link Hyper}. Spring closes it with the context when it has a {@code
   * close()} method (an inferred destroy method).
   *
   * @param details where to connect
   * @param properties timeouts and retries
   * @param jsonMapper the app's mapper, when Jackson auto-configuration made one
   * @param listeners the call listeners
   * @param customizers the builder customizers, in order
   * @return the connection
   */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnBean(HyperConnectionDetails.class)
  public Hyper hyper(
      HyperConnectionDetails details,
      HyperProperties properties,
      ObjectProvider<JsonMapper> jsonMapper,
      ObjectProvider<CallListener> listeners,
      ObjectProvider<HyperBuilderCustomizer> customizers) {
    Hyper.Builder builder =
        Hyper.builder()
            .connectionString(details.connectionString())
            .domain(details.domain())
            .connectTimeout(properties.getConnectTimeout())
            .requestTimeout(properties.getRequestTimeout())
            .maxRetries(properties.getMaxRetries());
    JsonMapper mapper = jsonMapper.getIfAvailable();
    if (mapper != null) {
      builder.objectMapper(
          mapper.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build());
    }
    List<CallListener> all = listeners.orderedStream().toList();
    if (!all.isEmpty()) {
      builder.callListener(all.size() == 1 ? all.get(0) : new CompositeCallListener(all));
    }
    customizers.orderedStream().forEach(c -> c.customize(builder));
    return builder.build();
  }
}
