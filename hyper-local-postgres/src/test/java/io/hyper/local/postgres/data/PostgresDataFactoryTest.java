package io.hyper.local.postgres.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyper.local.LocalConfig;
import io.hyper.local.Service;
import io.hyper.local.engine.EngineUrl;
import io.hyper.local.engine.Engines;
import io.hyper.local.port.DataPort;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The factory is found by both schemes and refuses bad URLs clearly, without their password. */
class PostgresDataFactoryTest {
  private static final LocalConfig CONFIG =
      new LocalConfig(
          Optional.empty(),
          Clock.systemUTC(),
          new byte[32],
          Optional.empty(),
          1,
          Duration.ofSeconds(1),
          Duration.ofSeconds(1),
          Duration.ofSeconds(1));

  @Test
  void bothSchemesPickThisEngine() {
    assertThat(Engines.discover().schemes(Service.DATA)).contains("postgres:", "postgresql:");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "postgres://hyper:s3cr%40t@127.0.0.1:5432/hyper?bogus=1",
        "postgresql://hyper:s3cr%40t@127.0.0.1:5432/hyper?schema=Bad-Name",
        "postgres://hyper:s3cr%40t@127.0.0.1:5432/hyper?pool=0",
        "postgres://hyper:s3cr%40t@127.0.0.1:5432/hyper?pool=many",
        "postgres://hyper:s3cr%40t@127.0.0.1:5432/",
        "postgres://hyper:s3cr%40t@/hyper",
      })
  void aBadUrlIsRefusedBeforeConnectingAndTheMessageHidesThePassword(String url) {
    assertThatThrownBy(
            () ->
                Engines.discover().open(Service.DATA, DataPort.class, EngineUrl.parse(url), CONFIG))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("postgres")
        .satisfies(
            e -> {
              assertThat(e.getMessage()).doesNotContain("s3cr").doesNotContain("%40t");
              assertThat(String.valueOf(e.getCause())).doesNotContain("s3cr");
            });
  }

  @Test
  void theMessageNamesTheBadParameter() {
    assertThatThrownBy(
            () ->
                new PostgresDataFactory()
                    .open(EngineUrl.parse("postgres://u:pw@127.0.0.1/db?pool=0"), CONFIG))
        .hasMessageContaining("pool")
        .hasMessageContaining("1 to 1000");
  }
}
