package io.hyper.connect.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hyper.connect.testing.FaultServer;
import io.hyper.connect.testing.FaultServer.Kind;
import io.hyper.connect.testing.FaultServer.Policy;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A result that is ready only after its caller gave up on it is closed, so a download cancelled at
 * the last moment does not keep its connection.
 */
class LateResultIT {
  private FaultServer server;
  private Transport transport;

  @BeforeEach
  void start() {
    server = FaultServer.start().fallback(Policy.of(Kind.STALL_BODY).answering(200, "PNG-BYTES"));
    transport =
        new Transport(
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(),
            null,
            new JsonCodec(io.hyper.connect.json.JacksonCodec.defaults()),
            new Transport.Limits(
                Duration.ofSeconds(5), Duration.ofSeconds(30), 0, Backoff.DEFAULT, 4, false),
            Executors.newCachedThreadPool(),
            null,
            CallEvents.NONE);
  }

  @AfterEach
  void stop() {
    transport.close();
    server.close();
  }

  /** A result holding the download's stream, recording whether it was closed. */
  private static final class Held implements AutoCloseable {
    private final InputStream stream;
    private final AtomicBoolean closed = new AtomicBoolean();

    Held(InputStream stream) {
      this.stream = stream;
    }

    @Override
    public void close() throws java.io.IOException {
      closed.set(true);
      stream.close();
    }
  }

  @Test
  void aDownloadReadyAfterItsFutureWasCancelledIsClosed() throws Exception {
    CountDownLatch mapping = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Held[] made = new Held[1];
    Call<Held> call =
        new ServiceClient(transport, "storage", server.url() + "/storage/b")
            .get("download")
            .path("a.png")
            .streamResponse()
            .call(
                reply -> {
                  mapping.countDown();
                  try {
                    release.await(30, TimeUnit.SECONDS);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  made[0] = new Held(reply.stream());
                  return made[0];
                });

    CompletableFuture<Held> future = call.sendAsync();
    assertThat(mapping.await(30, TimeUnit.SECONDS)).isTrue();
    future.cancel(true);
    release.countDown();

    await().atMost(Duration.ofSeconds(30)).until(() -> made[0] != null && made[0].closed.get());
    await().atMost(Duration.ofSeconds(30)).until(() -> server.clientCloses() == 1);
    assertThat(future.isCancelled()).isTrue();
  }
}
