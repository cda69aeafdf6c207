package io.hyper.local.postgres.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyper.local.Service;
import io.hyper.local.core.HyperError;
import io.hyper.local.core.ServerFaults;
import io.hyper.local.engine.EngineUrl;
import io.hyper.local.engine.Engines;
import io.hyper.local.port.JobStorePort;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/** The queue factory's URL rules and the fault mapping, without a server. */
class PgQueueFactoryTest {
  private static final String SECRET = "s3cr3t-pw";

  private static void refused(String url, String why) {
    EngineUrl parsed = EngineUrl.parse(url);
    assertThatThrownBy(() -> new PgQueueFactory().open(parsed, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(why)
        .hasMessageNotContaining(SECRET);
  }

  @Test
  void bothSpellingsOfTheSchemeAreQueueEnginesOnTheClassPath() {
    assertThat(Engines.discover().schemes(Service.QUEUE)).contains("postgres:", "postgresql:");
    assertThat(new PgQueueFactory().scheme()).isEqualTo("postgres");
    assertThat(new PostgresqlQueueFactory().scheme()).isEqualTo("postgresql");
    assertThat(new PostgresqlQueueFactory().port()).isEqualTo(JobStorePort.class);
  }

  @Test
  void badUrlsAreRefusedBeforeConnectingAndNeverShowThePassword() {
    refused("postgres:", "needs a server");
    refused("postgres://hyper:" + SECRET + "@127.0.0.1:5432/", "names a host and a database");
    refused("postgres://hyper:" + SECRET + "@127.0.0.1:5432/db?tables=x", "schema and pool");
    refused("postgres://hyper:" + SECRET + "@127.0.0.1:5432/db?schema=Bad-Name", "schema");
    refused("postgres://hyper:" + SECRET + "@127.0.0.1:5432/db?pool=0", "1 to 1000");
    refused("postgres://hyper:" + SECRET + "@127.0.0.1:5432/db?pool=many", "1 to 1000");
  }

  @Test
  void connectionFailuresAre503DiskFullIs507AndTheRestIsAPlainFailure() {
    assertThat(PgFaults.of("x", new SQLException("I/O error: " + SECRET, "08006")))
        .isInstanceOfSatisfying(
            HyperError.class,
            e -> {
              assertThat(e.status()).isEqualTo(503);
              assertThat(e.msg()).isEqualTo(PgFaults.UNAVAILABLE);
            });
    assertThat(PgFaults.of("x", new SQLException("terminating connection", "57P01")))
        .isInstanceOfSatisfying(HyperError.class, e -> assertThat(e.status()).isEqualTo(503));
    assertThat(PgFaults.of("x", new SQLTransientConnectionException("pool timed out")))
        .isInstanceOfSatisfying(HyperError.class, e -> assertThat(e.status()).isEqualTo(503));
    assertThat(PgFaults.of("x", new SQLException("could not extend file", "53100")))
        .isInstanceOfSatisfying(
            HyperError.class,
            e -> {
              assertThat(e.status()).isEqualTo(507);
              assertThat(e.msg()).isEqualTo(ServerFaults.DISK_FULL);
            });
    RuntimeException other = PgFaults.of("queue write", new SQLException("syntax", "42601"));
    assertThat(other)
        .isNotInstanceOf(HyperError.class)
        .hasMessage("queue database failed: queue write");
  }
}
