package io.hyper.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.connect.CallListener;
import io.hyper.connect.Hyper;
import io.hyper.spring.boot.autoconfigure.health.HyperHealthContributorAutoConfiguration;
import io.hyper.spring.boot.autoconfigure.health.HyperHealthIndicator;
import io.hyper.spring.boot.autoconfigure.local.HyperLocalAutoConfiguration;
import io.hyper.spring.boot.autoconfigure.local.LocalHyper;
import io.hyper.spring.boot.autoconfigure.metrics.HyperMetricsAutoConfiguration;
import io.hyper.spring.boot.autoconfigure.metrics.MicrometerCallListener;
import io.hyper.spring.boot.autoconfigure.webhook.HyperWebhookAutoConfiguration;
import io.hyper.spring.boot.autoconfigure.webhook.WebhookEndpoints;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Every condition of the auto-configurations that needs no running hyper: building a {@link Hyper}
 * sends no request, so these contexts start without a network.
 */
class HyperAutoConfigurationTest {
  private static final AutoConfigurations ALL =
      AutoConfigurations.of(
          HyperLocalAutoConfiguration.class,
          HyperAutoConfiguration.class,
          HyperWebhookAutoConfiguration.class,
          HyperHealthContributorAutoConfiguration.class,
          HyperMetricsAutoConfiguration.class);

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner().withConfiguration(ALL);

  @Test
  void noConnectionStringMeansNoHyper() {
    runner.run(
        context -> {
          assertThat(context).hasNotFailed();
          assertThat(context).doesNotHaveBean(Hyper.class);
          assertThat(context).doesNotHaveBean(HyperConnectionDetails.class);
          assertThat(context).doesNotHaveBean(HyperHealthIndicator.class);
          assertThat(context).doesNotHaveBean(LocalHyper.class);
        });
  }

  @Test
  void theConnectionStringPropertyMakesAHyperOnItsDomain() {
    runner
        .withPropertyValues(
            "hyper.connection-string=cloud://key:secret@cloud.example.test/app",
            "hyper.domain=orders")
        .run(
            context -> {
              Hyper hyper = context.getBean(Hyper.class);
              assertThat(hyper.connectionString().host()).isEqualTo("cloud.example.test");
              assertThat(hyper.domain()).isEqualTo("orders");
            });
  }

  @Test
  void theHyperIsClosedWithTheContextThroughAnInferredDestroyMethod() {
    runner
        .withPropertyValues("hyper.connection-string=http://127.0.0.1:6363/auto")
        .run(
            context ->
                // Spring then calls a public close() (or shutdown()) when the context closes.
                assertThat(
                        context.getBeanFactory().getBeanDefinition("hyper").getDestroyMethodName())
                    .isEqualTo(AbstractBeanDefinition.INFER_METHOD));
  }

  @Test
  void theHyperVariableIsTheFallback() {
    runner
        .withPropertyValues("HYPER=http://127.0.0.1:6363/from-env")
        .run(context -> assertThat(context.getBean(Hyper.class).domain()).isEqualTo("from-env"));
  }

  @Test
  void thePropertyWinsOverTheVariable() {
    runner
        .withPropertyValues(
            "HYPER=http://127.0.0.1:6363/from-env",
            "hyper.connection-string=http://127.0.0.1:6363/from-property")
        .run(
            context ->
                assertThat(context.getBean(Hyper.class).domain()).isEqualTo("from-property"));
  }

  @Test
  void anInvalidConnectionStringFailsTheStartWithoutShowingTheSecret() {
    runner
        .withPropertyValues("hyper.connection-string=ftp://key:s3cr3t@host/app")
        .run(
            context -> {
              assertThat(context).hasFailed();
              assertThat(context.getStartupFailure()).hasStackTraceContaining("connection");
              assertThat(stackTrace(context.getStartupFailure())).doesNotContain("s3cr3t");
            });
  }

  @Test
  void theUsersHyperWins() {
    runner
        .withPropertyValues("hyper.connection-string=http://127.0.0.1:6363/auto")
        .withUserConfiguration(OwnHyper.class)
        .run(
            context -> {
              assertThat(context).hasSingleBean(Hyper.class);
              assertThat(context.getBean(Hyper.class).domain()).isEqualTo("mine");
            });
  }

  @Test
  void theUsersConnectionDetailsWinOverTheProperties() {
    runner
        .withPropertyValues("hyper.connection-string=http://127.0.0.1:6363/auto")
        .withUserConfiguration(OwnDetails.class)
        .run(context -> assertThat(context.getBean(Hyper.class).domain()).isEqualTo("details"));
  }

  @Test
  void customizersAndListenersApply() {
    runner
        .withPropertyValues("hyper.connection-string=http://127.0.0.1:6363/auto")
        .withUserConfiguration(Customized.class)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context.getBean(AtomicInteger.class)).hasValue(1);
            });
  }

  @Test
  void withAMeterRegistryEveryCallIsTimed() {
    runner
        .withPropertyValues("hyper.connection-string=http://127.0.0.1:6363/auto")
        .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .run(context -> assertThat(context).hasSingleBean(MicrometerCallListener.class));
  }

  @Test
  void withoutARegistryThereAreNoTimers() {
    runner
        .withPropertyValues("hyper.connection-string=http://127.0.0.1:6363/auto")
        .run(context -> assertThat(context).doesNotHaveBean(MicrometerCallListener.class));
  }

  @Test
  void withoutMicrometerOnTheClasspathThereAreNoTimers() {
    runner
        .withPropertyValues("hyper.connection-string=http://127.0.0.1:6363/auto")
        .withClassLoader(new FilteredClassLoader(MeterRegistry.class))
        .run(
            context -> {
              assertThat(context).hasSingleBean(Hyper.class);
              assertThat(context).doesNotHaveBean(MicrometerCallListener.class);
            });
  }

  @Test
  void withActuatorHealthThereIsAHyperIndicator() {
    runner
        .withPropertyValues("hyper.connection-string=http://127.0.0.1:6363/auto")
        .run(context -> assertThat(context).hasBean("hyperHealthIndicator"));
  }

  @Test
  void theIndicatorCanBeTurnedOff() {
    runner
        .withPropertyValues(
            "hyper.connection-string=http://127.0.0.1:6363/auto",
            "management.health.hyper.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean(HyperHealthIndicator.class));
  }

  @Test
  void withoutActuatorThereIsNoIndicator() {
    runner
        .withPropertyValues("hyper.connection-string=http://127.0.0.1:6363/auto")
        .withClassLoader(new FilteredClassLoader(HealthIndicator.class))
        .run(
            context -> {
              assertThat(context).hasSingleBean(Hyper.class);
              assertThat(context).doesNotHaveBean(HyperHealthIndicator.class);
            });
  }

  @Test
  void withoutHyperLocalOnTheClasspathTheDevServiceIsOff() {
    runner
        .withPropertyValues(
            "hyper.local.enabled=true", "hyper.connection-string=http://127.0.0.1:6363/auto")
        .withClassLoader(new FilteredClassLoader(io.hyper.local.HyperLocal.class))
        .run(
            context -> {
              assertThat(context).doesNotHaveBean(LocalHyper.class);
              assertThat(context.getBean(Hyper.class).domain()).isEqualTo("auto");
            });
  }

  @Test
  void webhooksAreServedOnlyInAServletWebApp() {
    runner
        .withPropertyValues("hyper.connection-string=http://127.0.0.1:6363/auto")
        .run(context -> assertThat(context).doesNotHaveBean(WebhookEndpoints.class));
    new WebApplicationContextRunner()
        .withConfiguration(ALL)
        .run(
            context -> {
              assertThat(context).hasSingleBean(WebhookEndpoints.class);
              assertThat(context.getBean(WebhookEndpoints.class).paths()).isEmpty();
            });
  }

  @Test
  void withoutSpringMvcThereAreNoWebhooks() {
    new WebApplicationContextRunner()
        .withConfiguration(ALL)
        .withClassLoader(new FilteredClassLoader(DispatcherServlet.class))
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).doesNotHaveBean(WebhookEndpoints.class);
            });
  }

  @Test
  void theUsersConnectionDetailsWinOverTheDevServiceWhichThenStartsNothing() {
    runner
        .withPropertyValues("hyper.local.enabled=true")
        .withUserConfiguration(OwnDetails.class)
        .run(
            context -> {
              assertThat(context).doesNotHaveBean(LocalHyper.class);
              assertThat(context).doesNotHaveBean(io.hyper.local.HyperLocal.class);
              assertThat(context.getBean(Hyper.class).domain()).isEqualTo("details");
            });
  }

  @Test
  void everyCallListenerIsTold() {
    java.util.List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
    CallListener failing =
        (service, operation, status, duration) -> {
          throw new IllegalStateException("first listener fails");
        };
    CallListener recording =
        (service, operation, status, duration) -> heard.add(service + "." + operation);
    new CompositeCallListener(java.util.List.of(failing, recording))
        .onComplete("data", "get", 200, java.time.Duration.ofMillis(1));
    assertThat(heard).containsExactly("data.get");
  }

  private static String stackTrace(Throwable t) {
    java.io.StringWriter out = new java.io.StringWriter();
    t.printStackTrace(new java.io.PrintWriter(out));
    return out.toString();
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnHyper {
    @Bean
    Hyper myHyper() {
      return Hyper.connect("http://127.0.0.1:6363/mine");
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnDetails {
    @Bean
    HyperConnectionDetails details() {
      return new HyperConnectionDetails() {
        @Override
        public String connectionString() {
          return "http://127.0.0.1:6363/details";
        }

        @Override
        public String domain() {
          return "ignored";
        }
      };
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class Customized {
    @Bean
    AtomicInteger customized() {
      return new AtomicInteger();
    }

    @Bean
    HyperBuilderCustomizer customizer(AtomicInteger customized) {
      return builder -> customized.incrementAndGet();
    }

    @Bean
    CallListener listener() {
      return (service, operation, status, duration) -> {};
    }
  }
}
