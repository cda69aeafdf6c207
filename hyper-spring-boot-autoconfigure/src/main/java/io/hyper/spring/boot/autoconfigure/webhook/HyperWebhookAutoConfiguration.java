package io.hyper.spring.boot.autoconfigure.webhook;

import io.hyper.spring.boot.autoconfigure.HyperAutoConfiguration;
import io.hyper.spring.boot.autoconfigure.HyperProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.DispatcherServlet;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Serves the app's {@code @HyperWebhook} methods in a Spring MVC (servlet) app, with each delivery
 * verified over its raw body before the method runs.
 */
@AutoConfiguration(
    after = HyperAutoConfiguration.class,
    afterName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(DispatcherServlet.class)
@EnableConfigurationProperties(HyperProperties.class)
public class HyperWebhookAutoConfiguration {

  /** Creates the auto-configuration; Spring calls it. */
  public HyperWebhookAutoConfiguration() {}

  /**
   * Maps the app's webhook paths.
   *
   * @param properties the secret and time window
   * @param jsonMapper the app's mapper, when there is one
   * @return the handler mapping
   */
  @Bean
  public WebhookEndpoints hyperWebhookEndpoints(
      HyperProperties properties, ObjectProvider<JsonMapper> jsonMapper) {
    JsonMapper mapper = jsonMapper.getIfAvailable(JsonMapper::new);
    return new WebhookEndpoints(
        properties,
        mapper.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build());
  }
}
