package io.hyper.spring.boot.autoconfigure.local;

import io.hyper.local.HyperLocal;
import io.hyper.spring.boot.autoconfigure.HyperAutoConfiguration;
import io.hyper.spring.boot.autoconfigure.HyperConnectionDetails;
import io.hyper.spring.boot.autoconfigure.HyperProperties;
import io.hyper.spring.boot.autoconfigure.webhook.WebhookPaths;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts hyper-local in this JVM as a dev and test service when {@code hyper.local.enabled=true}
 * (which {@code @AutoConfigureHyperLocal} sets for a test): the context gets a domain of its own
 * with the declared {@code hyper.local.services}, and the {@code Hyper} bean connects to it instead
 * of {@code hyper.connection-string}, as Boot's Docker Compose and Testcontainers support do.
 */
@AutoConfiguration(before = HyperAutoConfiguration.class)
@ConditionalOnClass(HyperLocal.class)
@ConditionalOnBooleanProperty("hyper.local.enabled")
@EnableConfigurationProperties(HyperProperties.class)
public class HyperLocalAutoConfiguration {

  /** Creates the auto-configuration; Spring calls it. */
  public HyperLocalAutoConfiguration() {}

  /**
   * Starts (or shares) hyper-local and creates the context's domain; closed with the context.
   *
   * @param properties the {@code hyper.*} properties
   * @return the dev service, which is also the {@code Hyper} bean's connection
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean(HyperConnectionDetails.class)
  public LocalHyper localHyper(HyperProperties properties) {
    return new LocalHyper(properties);
  }

  /**
   * Exposes the running server, e.g. for {@code server.url()} in a test. The server outlives this
   * bean when other contexts share it, so it is not closed here.
   *
   * @param local the dev service
   * @return the server
   */
  @Bean(destroyMethod = "")
  @ConditionalOnMissingBean
  @ConditionalOnBean(LocalHyper.class)
  public HyperLocal hyperLocal(LocalHyper local) {
    return local.server();
  }

  /**
   * Creates the queue once the app's own web server, its target, listens. (A member class is read
   * before the outer class's beans, so it takes the dev service through a provider: it is absent
   * when the app brought its own connection details.)
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(
      name = "org.springframework.boot.web.server.context.WebServerInitializedEvent")
  static class QueueTargetConfiguration {
    @Bean
    LocalQueueTarget hyperLocalQueueTarget(
        ObjectProvider<LocalHyper> local, ObjectProvider<WebhookPaths> webhooks) {
      return new LocalQueueTarget(local, webhooks);
    }
  }
}
