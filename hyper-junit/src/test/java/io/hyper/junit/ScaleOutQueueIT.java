package io.hyper.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hyper.connect.Hyper;
import io.hyper.connect.IdResult;
import io.hyper.connect.queue.QueueService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The queue on three hyper-local processes sharing one job store (PostgreSQL, {@code
 * -Dhyper.junit.queue=postgres://…}) behind nginx: every job is delivered exactly once across them,
 * and a process killed in the middle of a delivery loses no job — its claim runs out and another
 * process delivers the job again (at least once). Only with {@code -Pengines}; Linux only (the
 * sender of a delivery is read from {@code /proc}).
 */
class ScaleOutQueueIT {
  private static final String SECRET = "scale-out-secret";
  private static final Duration WAIT = Duration.ofMinutes(3);

  /** A cluster per test: one of them kills a process. */
  private static ScaledOut cluster;

  @BeforeEach
  void start() {
    // A 10 s delivery timeout makes a dead holder's lease end after 20 s instead of a minute, and
    // is still far longer than the kill test holds answers (a timed-out delivery is sent again,
    // which would be a second delivery the test did not cause).
    cluster =
        ScaledOut.start(
            Optional.empty(),
            3,
            Deployment.fromSystemProperties(),
            Map.of(),
            List.of("--delivery-timeout", "10s"));
  }

  @AfterEach
  void stop() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void aThousandJobsAreDeliveredExactlyOnceAcrossTheInstances() throws Exception {
    try (Webhook hook = new Webhook(SECRET, ScaleOutQueueIT::alivePids);
        Hyper hyper = Hyper.connect(cluster.url() + "/" + domain())) {
      QueueService queue = hyper.queue();
      assertThat(queue.create(hook.url(), SECRET).status()).isEqualTo(201);

      enqueue(queue, 1000);

      await().atMost(WAIT).until(() -> hook.counts().size() == 1000);
      // Then nothing more arrives: no job is delivered twice.
      await()
          .during(Duration.ofSeconds(4))
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(() -> assertThat(hook.arrivals()).as(repeated(hook)).hasSize(1000));
      assertThat(hook.counts().values()).as("deliveries per job").containsOnly(1);
      assertThat(hook.badSignatures()).isZero();
      Map<Optional<Long>, Long> bySender =
          hook.arrivals().stream()
              .collect(Collectors.groupingBy(Webhook.Arrival::sender, Collectors.counting()));
      assertThat(bySender.keySet().stream().filter(Optional::isPresent))
          .as("processes that delivered: %s", bySender)
          .hasSizeGreaterThanOrEqualTo(2);
      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(() -> assertThat(queue.queued().jobs()).isEmpty());
      assertThat(queue.errors().jobs()).isEmpty();
    }
  }

  @Test
  void killingAnInstanceInTheMiddleOfADeliveryLosesNoJob() throws Exception {
    String domain = domain();
    Semaphore gate = new Semaphore(0);
    try (Webhook hook = new Webhook(SECRET, ScaleOutQueueIT::alivePids);
        Hyper hyper = Hyper.connect(cluster.url() + "/" + domain)) {
      QueueService queue = hyper.queue();
      assertThat(queue.create(hook.url(), SECRET).status()).isEqualTo(201);
      hook.hold(gate);
      enqueue(queue, 200);

      // A delivery is in the middle of its exchange: received, not answered. Kill its sender.
      await()
          .atMost(WAIT)
          .until(() -> hook.arrivals().stream().anyMatch(a -> a.sender().isPresent()));
      Webhook.Arrival held =
          hook.arrivals().stream().filter(a -> a.sender().isPresent()).findFirst().orElseThrow();
      ScaledOut.Instance victim =
          cluster.instances().stream()
              .filter(i -> i.pid() == held.sender().get())
              .findFirst()
              .orElseThrow();
      victim.kill();
      hook.open();

      await().atMost(WAIT).until(() -> hook.counts().size() == 200);
      await()
          .during(Duration.ofSeconds(4))
          .atMost(Duration.ofSeconds(60))
          .untilAsserted(() -> assertThat(hook.arrivals()).as(repeated(hook)).hasSize(201));
      Map<Integer, Integer> counts = hook.counts();
      assertThat(counts.get(held.n()))
          .as("the job whose answer its dead sender never read is delivered again")
          .isEqualTo(2);
      counts.remove(held.n());
      assertThat(counts.values()).as("every other job, once").containsOnly(1);
      assertThat(hook.badSignatures()).isZero();
      List<Webhook.Arrival> again =
          hook.arrivals().stream().filter(a -> a.n() == held.n()).toList();
      assertThat(again.get(1).sender())
          .as("sent again by a live process")
          .isNotEqualTo(held.sender());

      // The balancer would still send some requests to the dead process: ask a live one.
      String live =
          cluster.instances().stream()
              .filter(ScaledOut.Instance::alive)
              .findFirst()
              .orElseThrow()
              .url();
      try (Hyper direct = Hyper.connect(live + "/" + domain)) {
        await()
            .atMost(Duration.ofSeconds(30))
            .untilAsserted(() -> assertThat(direct.queue().queued().jobs()).isEmpty());
        assertThat(direct.queue().errors().jobs()).isEmpty();
      }
    } finally {
      gate.release(10_000);
    }
  }

  private static void enqueue(QueueService queue, int jobs) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<IdResult>> sent = new ArrayList<>();
      for (int n = 0; n < jobs; n++) {
        int job = n;
        sent.add(pool.submit(() -> queue.enqueue(Map.of("n", job))));
      }
      for (Future<IdResult> result : sent) {
        assertThat(result.get().status()).isEqualTo(201);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** The jobs that arrived more than once, with their senders in order: for a failure message. */
  private static String repeated(Webhook hook) {
    Map<Integer, List<Optional<Long>>> senders =
        hook.arrivals().stream()
            .collect(
                Collectors.groupingBy(
                    Webhook.Arrival::n,
                    java.util.TreeMap::new,
                    Collectors.mapping(Webhook.Arrival::sender, Collectors.toList())));
    senders.values().removeIf(list -> list.size() < 2);
    return "jobs delivered more than once, with their senders: " + senders;
  }

  private static List<Long> alivePids() {
    return cluster.instances().stream()
        .filter(ScaledOut.Instance::alive)
        .map(ScaledOut.Instance::pid)
        .toList();
  }

  private static String domain() {
    return "sq-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
  }
}
