package io.hyper.local.core.queue;

import io.hyper.local.port.JobStorePort;
import io.hyper.local.port.JobStorePort.Claim;
import java.lang.System.Logger.Level;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Delivers jobs to their queues' targets (§8.4, §8.5, §11 Q8), whatever {@link JobStorePort} keeps
 * them: the one place that owns the HTTP client, signing, backoff and per-queue order.
 *
 * <p>Each queue has a lane that sends its fresh jobs in FIFO order, one first delivery at a time;
 * the store refuses a fresh claim while another first delivery of the queue is in flight, so the
 * order holds across every server sharing it. A failed delivery is retried on a timer with
 * exponential {@link Backoff}, outside the lane, so a job waiting for its retry never holds up the
 * jobs behind it; after the last attempt the job becomes {@code ERROR} with the failure recorded.
 * Sending is asynchronous (the JDK {@link HttpClient}) and bounded by a timeout for the whole
 * exchange, so a slow or hanging target holds nothing but its own lane. Each job's body is the
 * exact text stored at enqueue, signed (when the queue has a secret) with the time taken at
 * dispatch. All threads are daemons and stop on {@link #close()}.
 *
 * <p>Every claim holds a lease of twice the timeout, and at least the timeout plus {@link
 * #LEASE_MARGIN}: the holder aborts its exchange at the timeout and records the outcome at once, so
 * the rest covers a pause of the holder and the clock difference between servers. A job whose
 * holder died is claimable again when its lease ends. A sweep every {@link #SWEEP} claims what this
 * server was not told about: retries whose lease ran out, and jobs other servers on the same store
 * enqueued.
 */
public final class Delivery implements AutoCloseable {
  /** The least a claim's lease outlasts the delivery timeout by. */
  public static final Duration LEASE_MARGIN = Duration.ofSeconds(5);

  /** How often the store is swept for due retries and fresh jobs. */
  public static final Duration SWEEP = Duration.ofSeconds(2);

  private static final int SWEEP_BATCH = 1000;
  private static final System.Logger LOG = System.getLogger(Delivery.class.getName());

  private final JobStorePort store;
  private final Clock clock;
  private final Backoff backoff;
  private final Duration timeout;
  private final ExecutorService workers;
  private final ScheduledExecutorService timer;
  private final HttpClient client;
  private final Map<String, Lane> lanes = new ConcurrentHashMap<>();
  private volatile boolean closed;

  /** One queue's first-delivery slot. */
  private static final class Lane {
    private boolean busy;
  }

  /**
   * A delivery over {@code store}; it sends nothing before {@link #start()}.
   *
   * @param clock the time of signatures, retry due times and leases
   * @param backoff attempts per job and the wait before the first retry
   * @param timeout the most one delivery may take, connecting included
   */
  public Delivery(JobStorePort store, Clock clock, Backoff backoff, Duration timeout) {
    this.store = store;
    this.clock = clock;
    this.backoff = backoff;
    this.timeout = timeout;
    this.workers = Executors.newCachedThreadPool(daemons("hyper-queue-delivery"));
    this.timer = Executors.newSingleThreadScheduledExecutor(daemons("hyper-queue-timer"));
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .executor(workers)
            .build();
  }

  /** Starts delivering: every queue's fresh jobs, every due retry, and the periodic sweep. */
  public void start() {
    // Claim the retries first: waking a lane claims a fresh job, which must not look like one.
    sweep();
    try {
      timer.scheduleWithFixedDelay(
          this::sweep, SWEEP.toMillis(), SWEEP.toMillis(), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      LOG.log(Level.DEBUG, "delivery closed before it started");
    }
  }

  private void sweep() {
    if (closed) {
      return;
    }
    for (String id :
        guarded(() -> store.dueRetries(clock.instant(), SWEEP_BATCH), List.<String>of())) {
      retry(id);
    }
    for (String queue : guarded(store::queues, List.<String>of())) {
      wake(queue);
    }
  }

  /** Starts the next first delivery of {@code queue}, unless one is in flight. */
  public void wake(String queue) {
    if (closed) {
      return;
    }
    Lane lane = lanes.computeIfAbsent(queue, q -> new Lane());
    Optional<Claim> next;
    synchronized (lane) {
      if (lane.busy) {
        return;
      }
      next = guarded(() -> store.claimFresh(queue, clock.instant(), leaseEnd()), Optional.empty());
      if (next.isEmpty()) {
        return;
      }
      lane.busy = true;
    }
    send(next.get())
        .whenComplete(
            (ignored, error) -> {
              synchronized (lane) {
                lane.busy = false;
              }
              if (lanes.get(queue) == lane) {
                // On a worker, not on this stack: a run of deliveries failing at once must not
                // recurse once per job.
                execute(() -> wake(queue));
              }
            });
  }

  private void execute(Runnable task) {
    try {
      workers.execute(task);
    } catch (RejectedExecutionException e) {
      LOG.log(Level.DEBUG, "dispatcher closed; remaining jobs are left for the next start");
    }
  }

  /** Forgets a destroyed queue's lane; its jobs are gone, so nothing more is sent. */
  public void forget(String queue) {
    lanes.remove(queue);
  }

  private void scheduleRetry(String id, long delayMillis) {
    try {
      timer.schedule(() -> retry(id), delayMillis, TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      LOG.log(Level.DEBUG, "dispatcher closed; retry of " + id + " left for the next start");
    }
  }

  private void retry(String id) {
    if (!closed) {
      guarded(() -> store.claimRetry(id, clock.instant(), leaseEnd()), Optional.<Claim>empty())
          .ifPresent(this::send);
    }
  }

  /** Sends one delivery and records its outcome; the future completes when it is recorded. */
  private Instant leaseEnd() {
    Duration margin = timeout.compareTo(LEASE_MARGIN) > 0 ? timeout : LEASE_MARGIN;
    return clock.instant().plus(timeout).plus(margin);
  }

  private CompletableFuture<Void> send(Claim job) {
    CompletableFuture<HttpResponse<byte[]>> exchange;
    try {
      exchange = client.sendAsync(request(job), info -> CappedBody.of(DeliveryError.MAX_MSG_BYTES));
    } catch (RuntimeException e) {
      exchange = CompletableFuture.failedFuture(e);
    }
    CompletableFuture<HttpResponse<byte[]>> sent = exchange;
    return sent.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
        .handle(
            (response, error) -> {
              if (error != null) {
                sent.cancel(true);
                Throwable cause = unwrap(error);
                record(
                    job,
                    cause instanceof TimeoutException || cause instanceof HttpTimeoutException
                        ? DeliveryError.timeout(timeout)
                        : DeliveryError.network(cause));
              } else if (response.statusCode() / 100 == 2) {
                guarded(() -> store.ack(job), false);
              } else {
                record(job, DeliveryError.answered(response.statusCode(), response.body()));
              }
              return null;
            });
  }

  /** The job's POST: its stored bytes, signed now when the queue has a secret. */
  private HttpRequest request(Claim job) {
    byte[] body = job.body().getBytes(StandardCharsets.UTF_8);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(job.settings().target())
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    job.settings()
        .secret()
        .ifPresent(
            s ->
                request.header(
                    DeliverySignature.HEADER, DeliverySignature.header(s, clock.millis(), body)));
    return request.build();
  }

  private void record(Claim job, DeliveryError error) {
    if (backoff.retries(job.attempt())) {
      long delay = backoff.delayAfter(job.attempt()).toMillis();
      Instant due = clock.instant().plusMillis(delay);
      if (guarded(() -> store.retryAt(job, due, error), false)) {
        scheduleRetry(job.id(), delay);
      }
    } else {
      guarded(() -> store.fail(job, error), false);
    }
  }

  private static Throwable unwrap(Throwable error) {
    return error instanceof CompletionException && error.getCause() != null
        ? error.getCause()
        : error;
  }

  /** Stops all delivery; a delivery cut short here is retried after the next start. */
  @Override
  public void close() {
    closed = true;
    timer.shutdownNow();
    workers.shutdownNow();
  }

  @FunctionalInterface
  private interface StoreCall<T> {
    T call();
  }

  /** Runs a store call from a delivery thread, where a failure can only be logged. */
  private <T> T guarded(StoreCall<T> call, T fallback) {
    try {
      return call.call();
    } catch (RuntimeException e) {
      if (!closed) {
        LOG.log(Level.WARNING, "queue store failed during delivery", e);
      }
      return fallback;
    }
  }

  private static ThreadFactory daemons(String name) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
