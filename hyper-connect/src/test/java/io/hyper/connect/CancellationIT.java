package io.hyper.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.hyper.connect.testing.FaultServer;
import io.hyper.connect.testing.FaultServer.Kind;
import io.hyper.connect.testing.FaultServer.Policy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Cancelling an async call, or timing it out with {@code orTimeout}, aborts its exchange: the
 * server sees the connection closed, no attempt follows, and nothing is left open after many.
 */
class CancellationIT {
  private static final Duration BOUND = Duration.ofSeconds(30);

  private FaultServer server;
  private Hyper hyper;

  @BeforeEach
  void start() {
    server = FaultServer.start().fallback(Policy.of(Kind.HOLD));
    hyper = TestHypers.builder().connectionString(server.url() + "/test").build();
  }

  @AfterEach
  void stop() {
    hyper.close();
    server.close();
  }

  @Test
  void cancelClosesTheConnectionOfAnExchangeWaitingForItsAnswer() {
    CompletableFuture<?> call = hyper.data().async().get("1");
    await().atMost(BOUND).until(() -> server.requests() == 1);

    assertThat(call.cancel(true)).isTrue();

    await().atMost(BOUND).until(() -> server.clientCloses() == 1);
    assertThat(server.openConnections()).isZero();
    assertThat(server.requests()).isEqualTo(1);
  }

  @Test
  void orTimeoutClosesTheConnectionAndFailsWithTimeoutException() {
    CompletableFuture<?> call = hyper.data().async().get("1").orTimeout(300, TimeUnit.MILLISECONDS);

    assertThatThrownBy(() -> call.get(BOUND.toSeconds(), TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(TimeoutException.class);
    await().atMost(BOUND).until(() -> server.clientCloses() == 1);
    assertThat(server.requests()).isEqualTo(1);
  }

  @Test
  void cancellingAStalledBodyClosesTheConnection() {
    server.fallback(Policy.of(Kind.STALL_BODY));
    CompletableFuture<?> call = hyper.data().async().get("1");
    await().atMost(BOUND).until(() -> server.requests() == 1);

    call.cancel(true);

    await().atMost(BOUND).until(() -> server.clientCloses() == 1);
  }

  @Test
  void cancellingAPendingDownloadClosesItsConnection() {
    CompletableFuture<?> call = hyper.storage().async().download("a.bin");
    await().atMost(BOUND).until(() -> server.requests() == 1);

    call.cancel(true);

    await().atMost(BOUND).until(() -> server.clientCloses() == 1);
    assertThat(server.openConnections()).isZero();
  }

  @Test
  void aCancelledReadIsNotRetried() {
    CompletableFuture<?> call = hyper.data().async().get("1");
    await().atMost(BOUND).until(() -> server.requests() == 1);

    call.cancel(true);
    await().atMost(BOUND).until(() -> server.clientCloses() == 1);

    assertThatThrownBy(call::join).isInstanceOf(CancellationException.class);
    // Long enough for a retry with the test backoff (a few ms) to have arrived.
    await().pollDelay(Duration.ofMillis(300)).atMost(BOUND).until(() -> true);
    assertThat(server.requests()).isEqualTo(1);
  }

  @Test
  void interruptingASyncCallClosesItsConnection() throws InterruptedException {
    Thread caller = new Thread(() -> catchAll(() -> hyper.data().get("1")));
    caller.start();
    await().atMost(BOUND).until(() -> server.requests() == 1);

    caller.interrupt();

    caller.join(BOUND.toMillis());
    assertThat(caller.isAlive()).isFalse();
    await().atMost(BOUND).until(() -> server.clientCloses() == 1);
  }

  @Test
  void aThousandCancelledCallsLeaveNoConnectionOrThreadBehind() {
    int before = Threads.named("hyper-connect-");
    List<CompletableFuture<?>> calls = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      CompletableFuture<?> call = hyper.data().async().get("doc-" + i);
      calls.add(call);
      if (i % 2 == 0) {
        call.cancel(true); // most of these never reach the network
      } else {
        call.orTimeout(1 + i % 50, TimeUnit.MILLISECONDS);
      }
    }

    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> calls.stream().allMatch(CompletableFuture::isDone));
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              assertThat(server.openConnections()).isZero();
              assertThat(server.clientCloses()).isEqualTo(server.requests());
            });
    assertThat(server.requests()).isLessThanOrEqualTo(1000);
    assertThat(calls).allMatch(CompletableFuture::isCompletedExceptionally);

    hyper.close();
    await()
        .atMost(BOUND)
        .untilAsserted(
            () -> assertThat(Threads.named("hyper-connect-")).isLessThanOrEqualTo(before));
  }

  @Test
  void asyncConcurrencyBoundsTheCallsOnTheNetworkAndTheRestWaitInOrder() {
    try (Hyper two =
        TestHypers.builder().connectionString(server.url() + "/test").asyncConcurrency(2).build()) {
      List<CompletableFuture<?>> calls = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        calls.add(two.data().async().get("doc-" + i));
      }
      await().atMost(BOUND).until(() -> server.requests() == 2);
      await().pollDelay(Duration.ofMillis(300)).atMost(BOUND).until(() -> true);
      assertThat(server.requests()).isEqualTo(2);

      calls.get(0).cancel(true); // frees a slot: the third call goes out
      await().atMost(BOUND).until(() -> server.requests() == 3);
      assertThat(server.lastRequestLine()).isEqualTo("GET /data/test/doc-2 HTTP/1.1");

      calls.get(3).cancel(true); // still waiting: it never goes out
      calls.get(1).cancel(true);
      await().atMost(BOUND).until(() -> server.requests() == 4);
      assertThat(server.lastRequestLine()).isEqualTo("GET /data/test/doc-4 HTTP/1.1");
      calls.forEach(c -> c.cancel(true));
    }
  }

  private static void catchAll(Runnable r) {
    try {
      r.run();
    } catch (RuntimeException e) {
      // The interrupted call fails; the test looks at the connection.
    }
  }
}
