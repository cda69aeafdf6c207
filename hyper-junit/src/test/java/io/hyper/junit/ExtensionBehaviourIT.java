package io.hyper.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.hyper.connect.Hyper;
import io.hyper.local.HyperLocal;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** How the extension behaves across tests: isolation in parallel, one server, misuse. */
class ExtensionBehaviourIT {
  static final Set<String> DOMAINS = ConcurrentHashMap.newKeySet();
  static final Set<Integer> PORTS = ConcurrentHashMap.newKeySet();

  @HyperTest
  @Execution(ExecutionMode.CONCURRENT)
  static class ParallelTests {
    @RepeatedTest(16)
    void sameIdsInParallel(Hyper hyper, HyperLocal server) {
      assertThat(hyper.data().add(Map.of("_id", "same")).status()).isEqualTo(201);
      assertThat(hyper.cache().add("same", Map.of("n", 1)).status()).isEqualTo(201);
      assertThat(hyper.data().list().docs()).hasSize(1);
      DOMAINS.add(hyper.connectionString().path());
      PORTS.add(server.port());
    }
  }

  @HyperTest
  static class OtherClass {
    @Test
    void recordsItsServer(HyperLocal server) {
      PORTS.add(server.port());
    }
  }

  @HyperTest
  static class HyperInBeforeAll {
    @BeforeAll
    static void setUp(Hyper hyper) {}

    @Test
    void never() {}
  }

  @HyperTest
  static class RegisteredTwice {
    @RegisterExtension static final HyperExtension AGAIN = HyperExtension.builder().build();

    @Test
    void never() {}
  }

  @Test
  void parallelTestsAreIsolatedAndShareOneServer() {
    DOMAINS.clear();
    PORTS.clear();
    Events tests =
        EngineTestKit.engine("junit-jupiter")
            .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
            .configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
            .configurationParameter(
                "junit.jupiter.execution.parallel.config.fixed.parallelism", "8")
            .selectors(selectClass(ParallelTests.class), selectClass(OtherClass.class))
            .execute()
            .testEvents();
    tests.assertStatistics(stats -> stats.started(17).succeeded(17).failed(0));
    assertThat(DOMAINS).hasSize(16);
    assertThat(PORTS).hasSize(1);
  }

  @Test
  void hyperInBeforeAllSaysWhatToDoInstead() {
    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(HyperInBeforeAll.class))
        .execute()
        .containerEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                finishedWithFailure(
                    instanceOf(ParameterResolutionException.class),
                    message(
                        m ->
                            m.contains(
                                "take Hyper in a @Test, @BeforeEach or @AfterEach method")))));
  }

  @Test
  void registeringTwiceSaysWhichToKeep() {
    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(RegisteredTwice.class))
        .execute()
        .testEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                finishedWithFailure(
                    instanceOf(ExtensionConfigurationException.class),
                    message(
                        m ->
                            m.contains(
                                "use either @HyperTest or @RegisterExtension HyperExtension, not both")))));
  }

  @Test
  void builderRejectsBadOptions() {
    assertThatThrownBy(() -> HyperExtension.builder().appKey("", "s"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("appKey");
    assertThatThrownBy(() -> HyperExtension.builder().searchFields())
        .hasMessageContaining("searchFields");
    assertThatThrownBy(() -> HyperExtension.builder().queueSecret("s").build())
        .hasMessageContaining("queueSecret needs queueTarget");
  }

  @Test
  void domainNamesSatisfyHypersStrictestNameRules() {
    String domain = HyperExtension.domainFor("[engine:junit-jupiter]/[class:A]/[method:b()]", 42);
    assertThat(domain).matches("[a-z0-9][a-z0-9_~-]*").endsWith("-42");
    assertThat(HyperExtension.domainFor("x", 1)).isNotEqualTo(HyperExtension.domainFor("y", 1));
  }
}
