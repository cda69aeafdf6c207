package io.hyper.local.vision.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hyper.connect.Hyper;
import io.hyper.connect.queue.Job;
import io.hyper.local.HyperLocal;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The queue view with auth on: READY jobs (behind a target that holds the first delivery) and ERROR
 * jobs (a target that refuses) with payload, attempts and last error; cancel; target and signing.
 */
class QueueBrowserIT extends BrowserTestBase {
  /** Accepts deliveries and never answers, so the jobs behind the first stay READY. */
  private ServerSocket holding;

  private final List<Socket> held = new CopyOnWriteArrayList<>();
  private Hyper failing;
  private String refusedTarget;

  @Override
  String domain() {
    return "jobs";
  }

  @Override
  void configure(HyperLocal.Builder builder) {
    builder.deliveryAttempts(2).deliveryBackoff(Duration.ofMillis(50));
  }

  @Override
  void seed() {
    try {
      holding = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      Thread accept =
          new Thread(
              () -> {
                while (!holding.isClosed()) {
                  try {
                    held.add(holding.accept());
                  } catch (IOException e) {
                    return;
                  }
                }
              });
      accept.setDaemon(true);
      accept.start();
      try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        refusedTarget = "http://127.0.0.1:" + closed.getLocalPort() + "/hook";
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    String target = "http://127.0.0.1:" + holding.getLocalPort() + "/hook";
    assertThat(hyper.queue().create(target, "queue-secret").ok()).isTrue();
    for (int i = 1; i <= 3; i++) {
      hyper.queue().enqueue(Map.of("type", "email", "n", i));
    }
    failing = hyper.withDomain("failing");
    assertThat(failing.queue().create(refusedTarget).ok()).isTrue();
    failing.queue().enqueue(Map.of("type", "sms", "to", "+100"));
    await().atMost(PATIENCE).until(() -> failing.queue().errors().jobs().size() == 1);
  }

  @AfterAll
  void closeTargets() throws IOException {
    holding.close();
    for (Socket socket : held) {
      socket.close();
    }
  }

  @Test
  void readyJobsShowTheirPayloadAndTheQueueItsSignedTarget() throws Exception {
    view("queue/jobs");
    assertThat(shown(By.cssSelector("[data-testid='queue-target']")).getText())
        .contains("/hook")
        .contains("signs deliveries");
    wait.until(
        d ->
            d.findElements(By.cssSelector("[data-testid='jobs'] tbody tr")).size()
                == hyper.queue().queued().jobs().size());
    assertThat(shown(By.cssSelector("[data-testid='jobs'] tbody")).getText())
        .contains("\"type\":\"email\"");
    assertThat(shown(By.id("status-READY")).getText())
        .isEqualTo("READY (" + hyper.queue().queued().jobs().size() + ")");
    chromium.screenshot("queue-light");
  }

  @Test
  void errorJobsShowAttemptsAndTheLastErrorAndCancelRemovesThem() {
    view("queue/failing");
    assertThat(shown(By.cssSelector("[data-testid='signed']")).getText()).isEqualTo("unsigned");
    click(By.id("status-ERROR"));
    Job job = failing.queue().errors().jobs().get(0);
    var row = shown(row("id", job.id()));
    assertThat(row.getText()).contains("\"to\":\"+100\"").contains("2");
    assertThat(row.getText()).contains(job.error().orElseThrow().msg());
    click(By.cssSelector("tr[data-id='" + job.id() + "'] button[data-action='cancel']"));
    modalButton("ok");
    await().atMost(PATIENCE).until(() -> failing.queue().errors().jobs().isEmpty());
    wait.until(d -> d.findElements(row("id", job.id())).isEmpty());
  }

  @Test
  void aReadyJobCancelledInTheUiIsNoLongerQueued() {
    view("queue/jobs");
    List<Job> queued = hyper.queue().queued().jobs();
    Job last = queued.get(queued.size() - 1);
    click(By.cssSelector("tr[data-id='" + last.id() + "'] button[data-action='cancel']"));
    modalButton("ok");
    await()
        .atMost(PATIENCE)
        .until(
            () -> hyper.queue().queued().jobs().stream().noneMatch(j -> j.id().equals(last.id())));
  }
}
