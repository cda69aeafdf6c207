package io.hyper.local.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.local.core.Json;
import io.hyper.local.core.queue.DeliveryError;
import io.hyper.local.core.queue.JobRecord;
import io.hyper.local.core.queue.JobStatus;
import io.hyper.local.core.queue.QueueSettings;
import io.hyper.local.port.JobStorePort;
import io.hyper.local.port.JobStorePort.CancelOutcome;
import io.hyper.local.port.JobStorePort.Claim;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link JobStorePort} does: outcomes instead of errors, FIFO fresh claims one first
 * delivery at a time per queue, leases that keep a job to one holder until they end, and outcomes
 * that only the current claim can record. Subclasses open an empty store.
 */
public abstract class JobStorePortContract {
  private static final QueueSettings SETTINGS =
      new QueueSettings(URI.create("http://127.0.0.1:9/jobs"), Optional.of("shh"));
  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant LATER = NOW.plus(Duration.ofHours(1));
  private static final DeliveryError BUSY = new DeliveryError(OptionalInt.of(503), "busy");

  /** The store under test, empty. */
  protected JobStorePort store;

  /** Opens an empty store of the adapter under test. */
  protected abstract JobStorePort open();

  @BeforeEach
  void openStore() {
    store = open();
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  private String enqueue(String queue, String body) {
    String id = UUID.randomUUID().toString();
    assertThat(store.enqueue(queue, id, body, "2026-01-01T00:00:00.000Z")).isTrue();
    return id;
  }

  @Test
  void queuesAreCreatedOnceListedSortedAndDestroyedOnce() {
    assertThat(store.createQueue("b", SETTINGS)).isTrue();
    assertThat(store.createQueue("a", SETTINGS)).isTrue();
    assertThat(store.createQueue("a", new QueueSettings(URI.create("http://x/"), Optional.empty())))
        .isFalse();
    assertThat(store.queues()).containsExactly("a", "b");
    assertThat(store.destroyQueue("a")).isTrue();
    assertThat(store.destroyQueue("a")).isFalse();
    assertThat(store.queues()).containsExactly("b");
  }

  @Test
  void aMissingQueueIsAnOutcomeEverywhere() {
    assertThat(store.enqueue("nope", "id-1", "{}", "2026-01-01T00:00:00.000Z")).isFalse();
    assertThat(store.list("nope", JobStatus.READY)).isEmpty();
    assertThat(store.cancel("nope", "id-1")).isEqualTo(CancelOutcome.NO_QUEUE);
    assertThat(store.claimFresh("nope", NOW, LATER)).isEmpty();
  }

  @Test
  void jobsListOldestFirstWithTheirExactBody() {
    store.createQueue("q", SETTINGS);
    String first = enqueue("q", "{\"n\":1,\"s\":\"ü\"}");
    String second = enqueue("q", "{\"n\":2}");
    List<JobRecord> ready = store.list("q", JobStatus.READY).orElseThrow();
    assertThat(ready).extracting(JobRecord::id).containsExactly(first, second);
    assertThat(ready.get(0).job().toString()).isEqualTo("{\"n\":1,\"s\":\"ü\"}");
    assertThat(ready.get(0).queue()).isEqualTo("q");
    assertThat(ready.get(0).timestmp()).isEqualTo("2026-01-01T00:00:00.000Z");
    assertThat(ready.get(0).error()).isEmpty();
    assertThat(store.list("q", JobStatus.ERROR).orElseThrow()).isEmpty();
  }

  @Test
  void freshClaimsGoOldestFirstOneAtATimeWithTheQueueSettings() {
    store.createQueue("q", SETTINGS);
    String first = enqueue("q", "{\"n\":1}");
    String second = enqueue("q", "{\"n\":2}");
    String third = enqueue("q", "{\"n\":3}");
    String fourth = enqueue("q", "{\"n\":4}");
    Claim a = store.claimFresh("q", NOW, LATER).orElseThrow();
    assertThat(a.id()).isEqualTo(first);
    assertThat(a.attempt()).isEqualTo(1);
    assertThat(a.body()).isEqualTo("{\"n\":1}");
    assertThat(a.queue()).isEqualTo("q");
    assertThat(a.settings()).isEqualTo(SETTINGS);
    assertThat(store.claimFresh("q", NOW, LATER)).as("a first delivery is in flight").isEmpty();
    assertThat(store.ack(a)).isTrue();

    Claim b = store.claimFresh("q", NOW, LATER).orElseThrow();
    assertThat(b.id()).isEqualTo(second);
    assertThat(store.retryAt(b, LATER, BUSY)).isTrue();
    Instant leaseEnd = NOW.plusSeconds(30);
    Claim c = store.claimFresh("q", NOW, leaseEnd).orElseThrow();
    assertThat(c.id()).as("a job waiting for its retry holds nothing up").isEqualTo(third);
    assertThat(store.claimRetry(second, LATER, LATER.plusSeconds(60))).isPresent();
    assertThat(store.claimFresh("q", NOW, LATER)).isEmpty();
    // The holder of the third job died: when its lease ends the queue moves on, and the running
    // retry of the second one holds nothing up either.
    Claim d = store.claimFresh("q", leaseEnd, LATER).orElseThrow();
    assertThat(d.id()).isEqualTo(fourth);
    assertThat(store.claimFresh("q", leaseEnd, LATER)).isEmpty();
    assertThat(store.list("q", JobStatus.READY).orElseThrow())
        .extracting(JobRecord::id)
        .containsExactly(second, third, fourth);
  }

  @Test
  void aFirstDeliveryInFlightHoldsUpOnlyItsOwnQueue() {
    store.createQueue("q", SETTINGS);
    store.createQueue("r", SETTINGS);
    enqueue("q", "{}");
    enqueue("q", "{}");
    String other = enqueue("r", "{}");
    store.claimFresh("q", NOW, LATER).orElseThrow();
    assertThat(store.claimFresh("r", NOW, LATER).orElseThrow().id()).isEqualTo(other);
  }

  @Test
  void ackDeletesTheJobOnceAndOnlyForTheCurrentClaim() {
    store.createQueue("q", SETTINGS);
    enqueue("q", "{}");
    Claim claim = store.claimFresh("q", NOW, NOW).orElseThrow();
    assertThat(store.retryAt(claim, NOW, BUSY)).isTrue();
    Claim retry = store.claimRetry(claim.id(), NOW, LATER).orElseThrow();
    assertThat(retry.attempt()).isEqualTo(2);
    assertThat(store.ack(claim)).as("a stale claim").isFalse();
    assertThat(store.ack(retry)).isTrue();
    assertThat(store.ack(retry)).isFalse();
    assertThat(store.list("q", JobStatus.READY).orElseThrow()).isEmpty();
  }

  @Test
  void aRetryWaitsForItsDueTimeAndShowsItsLastError() {
    store.createQueue("q", SETTINGS);
    String id = enqueue("q", "{}");
    Claim claim = store.claimFresh("q", NOW, LATER).orElseThrow();
    assertThat(store.retryAt(claim, LATER, BUSY)).isTrue();
    assertThat(store.dueRetries(NOW, 10)).isEmpty();
    assertThat(store.dueRetries(LATER, 10)).containsExactly(id);
    JobRecord waiting = store.list("q", JobStatus.READY).orElseThrow().get(0);
    assertThat(waiting.error()).contains(BUSY);
    assertThat(store.claimFresh("q", NOW, LATER)).as("a tried job is no longer fresh").isEmpty();
  }

  @Test
  void aLeaseKeepsTheJobToItsHolderUntilItEnds() {
    store.createQueue("q", SETTINGS);
    String id = enqueue("q", "{}");
    Instant leaseEnd = NOW.plusSeconds(30);
    Claim holder = store.claimFresh("q", NOW, leaseEnd).orElseThrow();
    assertThat(store.dueRetries(NOW, 10)).isEmpty();
    assertThat(store.claimRetry(id, NOW, LATER)).isEmpty();
    // The holder died: when its lease ends the job is due again, as a retry.
    assertThat(store.dueRetries(leaseEnd, 10)).containsExactly(id);
    Claim next = store.claimRetry(id, leaseEnd, LATER).orElseThrow();
    assertThat(next.attempt()).isEqualTo(2);
    assertThat(store.retryAt(holder, LATER, BUSY)).as("the dead holder's outcome").isFalse();
    assertThat(store.fail(holder, BUSY)).isFalse();
    assertThat(store.ack(next)).isTrue();
  }

  @Test
  void failMakesTheJobErrorForGood() {
    store.createQueue("q", SETTINGS);
    String id = enqueue("q", "{}");
    Claim claim = store.claimFresh("q", NOW, LATER).orElseThrow();
    DeliveryError timeout = new DeliveryError(OptionalInt.empty(), "target did not answer");
    assertThat(store.fail(claim, timeout)).isTrue();
    List<JobRecord> errors = store.list("q", JobStatus.ERROR).orElseThrow();
    assertThat(errors).extracting(JobRecord::id).containsExactly(id);
    assertThat(errors.get(0).error()).contains(timeout);
    assertThat(store.list("q", JobStatus.READY).orElseThrow()).isEmpty();
    assertThat(store.dueRetries(LATER, 10)).isEmpty();
    assertThat(store.claimRetry(id, LATER, LATER)).isEmpty();
  }

  @Test
  void cancelDeletesReadyAndErrorJobsAndVoidsTheirClaims() {
    store.createQueue("q", SETTINGS);
    String ready = enqueue("q", "{}");
    Claim claim = store.claimFresh("q", NOW, LATER).orElseThrow();
    assertThat(store.cancel("q", ready)).isEqualTo(CancelOutcome.CANCELLED);
    assertThat(store.cancel("q", ready)).isEqualTo(CancelOutcome.NO_JOB);
    assertThat(store.retryAt(claim, LATER, BUSY)).isFalse();
    assertThat(store.ack(claim)).isFalse();
    String failed = enqueue("q", "{}");
    store.fail(store.claimFresh("q", NOW, LATER).orElseThrow(), BUSY);
    assertThat(store.cancel("q", failed)).isEqualTo(CancelOutcome.CANCELLED);
    assertThat(store.list("q", JobStatus.ERROR).orElseThrow()).isEmpty();
  }

  @Test
  void destroyingAQueueDeletesItsJobsAndVoidsTheirClaims() {
    store.createQueue("q", SETTINGS);
    enqueue("q", "{}");
    Claim claim = store.claimFresh("q", NOW, LATER).orElseThrow();
    assertThat(store.destroyQueue("q")).isTrue();
    assertThat(store.ack(claim)).isFalse();
    assertThat(store.fail(claim, BUSY)).isFalse();
    store.createQueue("q", SETTINGS);
    assertThat(store.list("q", JobStatus.READY).orElseThrow()).isEmpty();
  }

  @Test
  void concurrentClaimersGetEveryJobExactlyOnceAndEachQueueInOrder() throws Exception {
    int queues = 4;
    int perQueue = 50;
    List<List<Integer>> order = new ArrayList<>();
    List<AtomicBoolean> inFlight = new ArrayList<>();
    for (int q = 0; q < queues; q++) {
      store.createQueue("q" + q, SETTINGS);
      order.add(Collections.synchronizedList(new ArrayList<>()));
      inFlight.add(new AtomicBoolean());
    }
    for (int i = 0; i < perQueue; i++) {
      for (int q = 0; q < queues; q++) {
        enqueue("q" + q, "{\"i\":" + i + "}");
      }
    }
    Set<String> claimed = ConcurrentHashMap.newKeySet();
    AtomicInteger duplicates = new AtomicInteger();
    AtomicInteger overlaps = new AtomicInteger();
    AtomicInteger acked = new AtomicInteger();
    int jobs = queues * perQueue;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int offset = t;
        done.add(
            pool.submit(
                () -> {
                  for (int n = offset; acked.get() < jobs && System.nanoTime() < deadline; n++) {
                    int q = n % queues;
                    Optional<Claim> next = store.claimFresh("q" + q, NOW, LATER);
                    if (next.isEmpty()) {
                      continue;
                    }
                    Claim claim = next.get();
                    if (!inFlight.get(q).compareAndSet(false, true)) {
                      overlaps.incrementAndGet();
                    }
                    if (!claimed.add(claim.id())) {
                      duplicates.incrementAndGet();
                    }
                    order.get(q).add(Json.MAPPER.readTree(claim.body()).get("i").asInt());
                    // Cleared before the ack: once the ack is in, another claimer may go.
                    inFlight.get(q).set(false);
                    if (store.ack(claim)) {
                      acked.incrementAndGet();
                    }
                  }
                }));
      }
      for (Future<?> f : done) {
        f.get(90, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(claimed).hasSize(jobs);
    assertThat(acked.get()).isEqualTo(jobs);
    assertThat(duplicates.get()).isZero();
    assertThat(overlaps.get()).as("two first deliveries of one queue in flight at once").isZero();
    List<Integer> fifo = IntStream.range(0, perQueue).boxed().toList();
    for (List<Integer> claims : order) {
      assertThat(claims).containsExactlyElementsOf(fifo);
    }
  }
}
