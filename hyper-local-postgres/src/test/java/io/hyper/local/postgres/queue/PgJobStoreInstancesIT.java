package io.hyper.local.postgres.queue;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.local.core.Json;
import io.hyper.local.core.queue.DeliveryError;
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
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
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
 * Two job stores on one schema, as two hyper-local instances given the same URL: claims that never
 * hand a job out twice, per-queue order across both, leases one takes over from the other, and
 * changes each sees from the other at once.
 */
class PgJobStoreInstancesIT {
  private static final QueueSettings SETTINGS =
      new QueueSettings(URI.create("http://127.0.0.1:9/jobs"), Optional.of("shh"));
  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant LATER = NOW.plus(Duration.ofHours(1));
  private static final DeliveryError BUSY = new DeliveryError(OptionalInt.of(503), "busy");
  private static final int QUEUES = 10;
  private static final int JOBS = 1000;

  private String schema;
  private PgJobStore a;
  private PgJobStore b;

  @BeforeEach
  void openTwoInstances() {
    schema = PgTestDatabase.newSchema("instances");
    a = PgTestDatabase.openStore(schema, 8);
    b = PgTestDatabase.openStore(schema, 8);
  }

  @AfterEach
  void closeAndDrop() {
    a.close();
    b.close();
    PgTestDatabase.drop(schema);
  }

  private static String enqueue(JobStorePort store, String queue, String body) {
    String id = java.util.UUID.randomUUID().toString();
    assertThat(store.enqueue(queue, id, body, "2026-01-01T00:00:00.000Z")).isTrue();
    return id;
  }

  /** What a run of concurrent claimers saw. */
  private record Run(
      Map<String, Integer> claims,
      List<List<Integer>> order,
      int overlaps,
      Map<Integer, Integer> perStore,
      double claimsPerSecond) {}

  /**
   * Enqueues {@link #JOBS} jobs over {@link #QUEUES} queues, then has {@code threads} threads on
   * each store claim and ack until every job is acked.
   */
  private Run claimAll(List<PgJobStore> stores, int threads) throws Exception {
    List<List<Integer>> order = new ArrayList<>();
    List<AtomicBoolean> inFlight = new ArrayList<>();
    for (int q = 0; q < QUEUES; q++) {
      assertThat(stores.get(0).createQueue("q" + q, SETTINGS)).isTrue();
      order.add(Collections.synchronizedList(new ArrayList<>()));
      inFlight.add(new AtomicBoolean());
    }
    for (int i = 0; i < JOBS / QUEUES; i++) {
      for (int q = 0; q < QUEUES; q++) {
        enqueue(stores.get(stores.size() - 1), "q" + q, "{\"i\":" + i + "}");
      }
    }
    Map<String, Integer> claims = new ConcurrentHashMap<>();
    Map<Integer, Integer> perStore = new ConcurrentHashMap<>();
    AtomicInteger overlaps = new AtomicInteger();
    AtomicInteger acked = new AtomicInteger();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    ExecutorService pool = Executors.newFixedThreadPool(threads * stores.size());
    long start = System.nanoTime();
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int s = 0; s < stores.size(); s++) {
        for (int t = 0; t < threads; t++) {
          JobStorePort store = stores.get(s);
          int storeIndex = s;
          int offset = s * threads + t;
          done.add(
              pool.submit(
                  () -> {
                    for (int n = offset; acked.get() < JOBS && System.nanoTime() < deadline; n++) {
                      int q = n % QUEUES;
                      Optional<Claim> next =
                          store.claimFresh("q" + q, Instant.now(), Instant.now().plusSeconds(300));
                      if (next.isEmpty()) {
                        continue;
                      }
                      Claim claim = next.get();
                      if (!inFlight.get(q).compareAndSet(false, true)) {
                        overlaps.incrementAndGet();
                      }
                      claims.merge(claim.id(), 1, Integer::sum);
                      perStore.merge(storeIndex, 1, Integer::sum);
                      order.get(q).add(Json.MAPPER.readTree(claim.body()).get("i").asInt());
                      inFlight.get(q).set(false);
                      if (store.ack(claim)) {
                        acked.incrementAndGet();
                      }
                    }
                  }));
        }
      }
      for (Future<?> f : done) {
        f.get(120, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    assertThat(acked.get()).isEqualTo(JOBS);
    return new Run(claims, order, overlaps.get(), perStore, JOBS / seconds);
  }

  private static void assertExactlyOnceInOrder(Run run) {
    assertThat(run.claims()).hasSize(JOBS);
    assertThat(run.claims().values()).as("claims per job").containsOnly(1);
    assertThat(run.overlaps()).as("two first deliveries of one queue at once").isZero();
    List<Integer> fifo = IntStream.range(0, JOBS / QUEUES).boxed().toList();
    for (List<Integer> queue : run.order()) {
      assertThat(queue).containsExactlyElementsOf(fifo);
    }
  }

  @Test
  void twoInstancesClaimingAThousandJobsConcurrentlyClaimEachExactlyOnceAndInOrder()
      throws Exception {
    Run run = claimAll(List.of(a, b), 4);
    assertExactlyOnceInOrder(run);
    assertThat(run.perStore().keySet()).as("both instances claimed jobs").containsOnly(0, 1);
    for (int q = 0; q < QUEUES; q++) {
      assertThat(a.list("q" + q, JobStatus.READY).orElseThrow()).isEmpty();
    }
    System.out.printf(
        "[measure] claim+ack, 2 stores x 4 threads, %d queues: %.0f jobs/s (per store %s)%n",
        QUEUES, run.claimsPerSecond(), run.perStore());
  }

  @Test
  void oneInstanceClaimingAThousandJobsClaimsEachExactlyOnceAndInOrder() throws Exception {
    Run run = claimAll(List.of(a), 8);
    assertExactlyOnceInOrder(run);
    System.out.printf(
        "[measure] claim+ack, 1 store x 8 threads, %d queues: %.0f jobs/s%n",
        QUEUES, run.claimsPerSecond());
  }

  @Test
  void retriesRacedForByBothInstancesAreClaimedOncePerAttempt() throws Exception {
    a.createQueue("q", SETTINGS);
    int jobs = 50;
    for (int i = 0; i < jobs; i++) {
      enqueue(b, "q", "{}");
      Claim first = a.claimFresh("q", NOW, LATER).orElseThrow();
      assertThat(a.retryAt(first, NOW, BUSY)).isTrue();
    }
    List<String> due = b.dueRetries(NOW, 1000);
    assertThat(due).hasSize(jobs);
    Map<String, Integer> claims = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        JobStorePort store = t % 2 == 0 ? a : b;
        List<String> mine = new ArrayList<>(due);
        Collections.shuffle(mine);
        done.add(
            pool.submit(
                () -> {
                  for (String id : mine) {
                    store
                        .claimRetry(id, NOW, LATER)
                        .ifPresent(c -> claims.merge(c.id() + "#" + c.attempt(), 1, Integer::sum));
                  }
                }));
      }
      for (Future<?> f : done) {
        f.get(120, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(claims).hasSize(jobs);
    assertThat(claims.values()).containsOnly(1);
    assertThat(claims.keySet()).allMatch(k -> k.endsWith("#2"));
  }

  @Test
  void anExpiredLeaseIsTakenOverByTheOtherInstanceAndTheLateOutcomeIsANoOp() {
    a.createQueue("q", SETTINGS);
    String held = enqueue(a, "q", "{\"n\":1}");
    String next = enqueue(a, "q", "{\"n\":2}");
    Instant leaseEnd = NOW.plusSeconds(65);
    Claim dying = a.claimFresh("q", NOW, leaseEnd).orElseThrow();
    assertThat(b.claimFresh("q", NOW.plusSeconds(64), LATER))
        .as("the other instance waits while the first delivery is in flight")
        .isEmpty();
    assertThat(b.dueRetries(NOW.plusSeconds(64), 10)).isEmpty();
    assertThat(b.claimRetry(held, NOW.plusSeconds(64), LATER)).isEmpty();

    // The holder died: its lease ends and the other instance takes the job over, as attempt 2.
    assertThat(b.dueRetries(leaseEnd, 10)).containsExactly(held);
    Claim takeover = b.claimRetry(held, leaseEnd, LATER).orElseThrow();
    assertThat(takeover.attempt()).isEqualTo(2);
    assertThat(takeover.body()).isEqualTo("{\"n\":1}");
    assertThat(takeover.settings()).isEqualTo(SETTINGS);
    assertThat(b.claimFresh("q", leaseEnd, LATER).orElseThrow().id())
        .as("a retry in flight holds the queue's order up no longer")
        .isEqualTo(next);

    assertThat(a.ack(dying)).as("the first holder's late ack").isFalse();
    assertThat(a.retryAt(dying, LATER, BUSY)).isFalse();
    assertThat(a.fail(dying, BUSY)).isFalse();
    assertThat(a.jobs("q", JobStatus.READY).orElseThrow())
        .filteredOn(j -> j.job().id().equals(held))
        .extracting(JobStorePort.JobAttempts::attempts)
        .containsExactly(2);
    assertThat(b.ack(takeover)).isTrue();
    assertThat(a.list("q", JobStatus.READY).orElseThrow())
        .extracting(r -> r.id())
        .containsExactly(next);
  }

  @Test
  void whatOneInstanceChangesTheOtherSeesAtOnce() {
    assertThat(a.createQueue("orders", SETTINGS)).isTrue();
    assertThat(b.createQueue("orders", SETTINGS)).isFalse();
    assertThat(b.queues()).containsExactly("orders");
    assertThat(b.settings("orders")).contains(SETTINGS);
    String id = enqueue(b, "orders", "{\"n\":1}");
    assertThat(a.list("orders", JobStatus.READY).orElseThrow())
        .extracting(r -> r.id())
        .containsExactly(id);
    Claim claim = b.claimFresh("orders", NOW, LATER).orElseThrow();
    assertThat(a.cancel("orders", id)).isEqualTo(CancelOutcome.CANCELLED);
    assertThat(b.ack(claim)).as("a claim on a job cancelled elsewhere").isFalse();
    assertThat(b.destroyQueue("orders")).isTrue();
    assertThat(a.enqueue("orders", "x", "{}", "2026-01-01T00:00:00.000Z")).isFalse();
    assertThat(a.settings("orders")).isEmpty();
    assertThat(a.queues()).isEmpty();
  }
}
