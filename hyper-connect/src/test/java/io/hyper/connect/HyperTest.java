package io.hyper.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The entry points, the builder's options and their validation, and sharing one {@code Hyper}. */
class HyperTest {

  @Test
  void selfHostedConnectionsTakeTheDomainFromThePathAndIgnoreTheArgument() {
    assertThat(Hyper.connect("http://localhost:6363/test").domain()).isEqualTo("test");
    assertThat(Hyper.connect("http://localhost:6363/test", "orders").domain()).isEqualTo("test");
  }

  @Test
  void cloudConnectionsUseTheDefaultOrTheGivenDomain() {
    assertThat(Hyper.connect("cloud://k:s@cloud.hyper.io/app").domain()).isEqualTo("default");
    assertThat(Hyper.connect("cloud://k:s@cloud.hyper.io/app", "orders").domain())
        .isEqualTo("orders");
  }

  @Test
  void aBlankDomainIsRejected() {
    assertThatThrownBy(() -> Hyper.connect("cloud://k:s@cloud.hyper.io/app", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("domain must be a lower-case name");
  }

  @Test
  void toStringMasksTheSecret() {
    assertThat(Hyper.connect("cloud://k:top-secret@cloud.hyper.io/app"))
        .hasToString("Hyper[cloud://k:****@cloud.hyper.io/app, domain=default]");
  }

  @Test
  void builderRejectsInvalidOptions() {
    assertThatThrownBy(() -> Hyper.builder().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("connectionString must be set");
    assertThatThrownBy(() -> Hyper.builder().connectTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("connectTimeout must be positive, was PT0S");
    assertThatThrownBy(() -> Hyper.builder().requestTimeout(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("requestTimeout must be positive, was PT-1S");
    assertThatThrownBy(() -> Hyper.builder().maxRetries(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxRetries must be >= 0, was -1");
    assertThatThrownBy(() -> Hyper.builder().executor(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("executor must not be null");
    assertThatThrownBy(() -> Hyper.builder().objectMapper(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("objectMapper must not be null");
    assertThatThrownBy(() -> Hyper.builder().connectionString("nope"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
