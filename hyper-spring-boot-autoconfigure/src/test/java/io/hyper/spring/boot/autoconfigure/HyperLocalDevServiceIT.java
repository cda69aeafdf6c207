package io.hyper.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.connect.Hyper;
import io.hyper.local.HyperLocal;
import io.hyper.spring.boot.autoconfigure.health.HyperHealthContributorAutoConfiguration;
import io.hyper.spring.boot.autoconfigure.health.HyperHealthIndicator;
import io.hyper.spring.boot.autoconfigure.local.HyperLocalAutoConfiguration;
import io.hyper.spring.boot.autoconfigure.metrics.HyperMetricsAutoConfiguration;
import io.hyper.spring.boot.autoconfigure.metrics.MicrometerCallListener;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/** The embedded hyper-local as a dev service, over HTTP on loopback. */
class HyperLocalDevServiceIT {
  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  HyperLocalAutoConfiguration.class,
                  HyperAutoConfiguration.class,
                  HyperHealthContributorAutoConfiguration.class,
                  HyperMetricsAutoConfiguration.class))
          .withPropertyValues("hyper.local.enabled=true");

  /** A document whose field name shows which mapper wrote it. */
  record Movie(String title, int releaseYear) {}

  @Test
  void theHyperBeanUsesTheDevServiceWithTheDeclaredServicesCreated() {
    runner
        .withPropertyValues(
            "hyper.connection-string=http://127.0.0.1:1/never-used",
            "hyper.local.services=data,cache,search")
        .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .run(
            context -> {
              Hyper hyper = context.getBean(Hyper.class);
              HyperLocal server = context.getBean(HyperLocal.class);
              assertThat(hyper.connectionString().host()).endsWith(":" + server.port());
              assertThat(hyper.domain()).startsWith("boot-");

              String id = hyper.data().add(Map.of("title", "Dune")).orThrow().id();
              assertThat(hyper.data().get(id).orThrow().doc()).containsEntry("title", "Dune");
              assertThat(hyper.cache().set("k", Map.of("v", 1)).ok()).isTrue();
              assertThat(hyper.search().add("m1", Map.of("title", "Dune")).ok()).isTrue();
              // Storage was not declared, so its bucket does not exist.
              assertThat(hyper.storage().destroy(true).ok()).isFalse();

              Health health = context.getBean(HyperHealthIndicator.class).health(true);
              assertThat(health.getStatus()).isEqualTo(Status.UP);
              assertThat(health.getDetails()).containsEntry("domain", hyper.domain());

              MeterRegistry registry = context.getBean(MeterRegistry.class);
              assertThat(
                      registry
                          .get(MicrometerCallListener.METRIC)
                          .tags("service", "data", "operation", "add", "status", "201")
                          .timer()
                          .count())
                  .isEqualTo(1);
              assertThat(
                      registry
                          .get(MicrometerCallListener.METRIC)
                          .tags("service", "storage", "operation", "destroy")
                          .tag("outcome", "CLIENT_ERROR")
                          .timer()
                          .count())
                  .isEqualTo(1);
            });
  }

  @Test
  void documentsGoThroughTheAppsJsonMapper() {
    runner
        .withBean(
            JsonMapper.class,
            () ->
                JsonMapper.builder()
                    .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                    .build())
        .run(
            context -> {
              Hyper hyper = context.getBean(Hyper.class);
              String id = hyper.data().add(new Movie("Dune", 2021)).orThrow().id();
              assertThat(hyper.data().get(id).orThrow().doc()).containsEntry("release_year", 2021);
              // hyper's _id is an unknown property of Movie, and is ignored.
              assertThat(hyper.data().get(id).orThrow().doc(Movie.class))
                  .isEqualTo(new Movie("Dune", 2021));
            });
  }

  @Test
  void eachContextHasItsOwnDomainOnOneServerAndClosingOneDestroysItsServices() {
    runner.run(
        first -> {
          Hyper one = first.getBean(Hyper.class);
          String id = one.data().add(Map.of("who", "first")).orThrow().id();
          ConfigurableApplicationContext[] second = new ConfigurableApplicationContext[1];
          runner.run(
              other -> {
                Hyper two = other.getBean(Hyper.class);
                assertThat(two.domain()).isNotEqualTo(one.domain());
                assertThat(other.getBean(HyperLocal.class).port())
                    .isEqualTo(first.getBean(HyperLocal.class).port());
                assertThat(two.data().get(id).ok()).isFalse();
                second[0] = other;
              });
          // The second context is closed: its domain's services are gone, the first's remain.
          assertThat(second[0].isActive()).isFalse();
          assertThat(one.data().get(id).orThrow().doc()).containsEntry("who", "first");
        });
  }

  @Test
  void closingTheContextDestroysItsDomain() {
    String[] connection = new String[1];
    runner.run(
        context -> {
          HyperLocal keepAlive = context.getBean(HyperLocal.class);
          assertThat(keepAlive.port()).isPositive();
          runner.run(
              inner -> connection[0] = inner.getBean(Hyper.class).connectionString().toString());
          Hyper after = Hyper.connect(connection[0]);
          assertThat(after.data().list().ok()).isFalse();
          assertThat(after.data().list().status()).isEqualTo(404);
        });
  }

  @Test
  void healthIsDownWhenARequiredServiceIsMissing() {
    runner
        .withPropertyValues("hyper.health.services=data,vision")
        .run(
            context -> {
              Health health = context.getBean(HyperHealthIndicator.class).health(true);
              assertThat(health.getStatus()).isEqualTo(Status.DOWN);
              assertThat(health.getDetails()).containsEntry("missing", List.of("vision"));
            });
  }

  @Test
  void healthIsDownWhenHyperIsUnreachable() {
    new ApplicationContextRunner()
        .withConfiguration(
            AutoConfigurations.of(
                HyperAutoConfiguration.class, HyperHealthContributorAutoConfiguration.class))
        .withPropertyValues(
            "hyper.connection-string=http://127.0.0.1:1/nothing-listens", "hyper.max-retries=0")
        .run(
            context -> {
              Health health = context.getBean(HyperHealthIndicator.class).health(true);
              assertThat(health.getStatus()).isEqualTo(Status.DOWN);
              assertThat(health.getDetails()).containsKey("error");
            });
  }

  @Test
  void anInvalidDomainFailsTheStartAndSaysWhy() {
    runner
        .withPropertyValues("hyper.local.domain=not/valid")
        .run(
            context -> {
              assertThat(context).hasFailed();
              assertThat(context.getStartupFailure())
                  .hasStackTraceContaining("domain must be one non-empty path segment");
            });
  }

  @Test
  void anUnknownServiceFailsTheStartAndSaysWhich() {
    runner
        .withPropertyValues("hyper.local.services=data,bogus")
        .run(
            context -> {
              assertThat(context).hasFailed();
              assertThat(context.getStartupFailure())
                  .hasStackTraceContaining("unknown service 'bogus'");
            });
  }
}
