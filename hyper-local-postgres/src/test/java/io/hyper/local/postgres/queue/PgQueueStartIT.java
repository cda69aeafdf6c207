package io.hyper.local.postgres.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyper.local.HyperLocal;
import io.hyper.local.Service;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** Starting a server whose queue database is not there: a clear failure, never the password. */
class PgQueueStartIT {
  @Test
  void aQueueDatabaseThatIsNotThereFailsTheStartWithoutShowingThePassword() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    HyperLocal.Builder builder =
        HyperLocal.builder()
            .services(Service.QUEUE)
            .engine(Service.QUEUE, "postgres://hyper:pa55word@127.0.0.1:" + closedPort + "/hyper");
    assertThatThrownBy(builder::start)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cannot connect the queue to PostgreSQL at postgres://hyper:****@")
        .satisfies(e -> assertThat(chain(e)).doesNotContain("pa55word"));
  }

  private static String chain(Throwable e) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      text.append(t).append('\n');
    }
    return text.toString();
  }
}
