package io.hyper.local.postgres.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.hyper.local.HyperLocal;
import io.hyper.local.Service;
import io.hyper.local.core.queue.QueueSettings;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Opening and closing the queue engine: a database that is not there is a clear failure without the
 * password, and {@code close()} ends every session the store opened.
 */
class PgQueueStartIT {
  @Test
  void closingTheStoreEndsEverySessionItOpened() {
    Instant since = Instant.now().minusSeconds(1);
    String schema = PgTestDatabase.newSchema("close");
    try {
      PgJobStore store = PgTestDatabase.openStore(schema, 3);
      store.createQueue(
          "q", new QueueSettings(URI.create("http://127.0.0.1:9/"), Optional.empty()));
      // The pool keeps one idle connection and opens more only under load (PgPool).
      await().atMost(Duration.ofSeconds(30)).until(() -> PgTestDatabase.queueSessions(since) >= 1);
      store.close();
      await().atMost(Duration.ofSeconds(30)).until(() -> PgTestDatabase.queueSessions(since) == 0);
    } finally {
      PgTestDatabase.drop(schema);
    }
  }

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
