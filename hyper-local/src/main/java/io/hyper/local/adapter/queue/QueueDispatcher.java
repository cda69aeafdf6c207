package io.hyper.local.adapter.queue;

import io.hyper.local.adapter.queue.QueueStore.Delivery;
import io.hyper.local.core.queue.Backoff;
import io.hyper.local.core.queue.DeliveryError;
import io.hyper.local.core.queue.DeliverySignature;
import java.lang.System.Logger.Level;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
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
 * Delivers jobs to their queues' targets (§8.4, §8.5, §11 Q8).
 *
 * <p>Each queue has a lane that sends its fresh jobs in FIFO order, one first delivery at a time. A
 * failed delivery is retried on a timer with exponential {@link Backoff}, outside the lane, so a
 * job waiting for its retry never holds up the jobs behind it; after the last attempt the job
 * becomes {@code ERROR} with the failure recorded. Sending is asynchronous (the JDK {@link
 * HttpClient}) and bounded by a timeout for the whole exchange, so a slow or hanging target holds
 * nothing but its own lane. Each job's body is the exact text stored at enqueue, signed (when the
 * queue has a secret) with the time taken at dispatch. All threads are daemons and stop on {@link
 * #close()}.
 */
final class QueueDispatcher implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(QueueDispatcher.class.getName());

  private final QueueStore store;
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

  QueueDispatcher(QueueStore store, Clock clock, Backoff backoff, Duration timeout) {
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

  /** Resumes after a start: every queue's fresh jobs, and every retry at its due time. */
  void resume() throws SQLException {
    // Read the retries first: waking a lane claims a fresh job, which must not look like one.
    List<QueueStore.PendingRetry> retries = store.pendingRetries();
    for (String queue : store.names()) {
      wake(queue);
    }
    long now = clock.millis();
    for (QueueStore.PendingRetry retry : retries) {
      scheduleRetry(retry.id(), Math.max(0, retry.dueMillis() - now));
    }
  }

  /** Starts the next first delivery of {@code queue}, unless one is in flight. */
  void wake(String queue) {
    if (closed) {
      return;
    }
    Lane lane = lanes.computeIfAbsent(queue, q -> new Lane());
    Optional<Delivery> next;
    synchronized (lane) {
      if (lane.busy) {
        return;
      }
      next = guarded(() -> store.claimFresh(queue), Optional.empty());
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
  void forget(String queue) {
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
      guarded(() -> store.claimRetry(id), Optional.<Delivery>empty()).ifPresent(this::send);
    }
  }

  /** Sends one delivery and records its outcome; the future completes when it is recorded. */
  private CompletableFuture<Void> send(Delivery job) {
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
                guarded(
                    () -> {
                      store.delivered(job.id());
                      return null;
                    },
                    null);
              } else {
                record(job, DeliveryError.answered(response.statusCode(), response.body()));
              }
              return null;
            });
  }

  /** The job's POST: its stored bytes, signed now when the queue has a secret. */
  private HttpRequest request(Delivery job) {
    byte[] body = job.body().getBytes(StandardCharsets.UTF_8);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(job.target())
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    job.secret()
        .ifPresent(
            s ->
                request.header(
                    DeliverySignature.HEADER, DeliverySignature.header(s, clock.millis(), body)));
    return request.build();
  }

  private void record(Delivery job, DeliveryError error) {
    if (backoff.retries(job.attempts())) {
      long delay = backoff.delayAfter(job.attempts()).toMillis();
      if (guarded(() -> store.retryLater(job.id(), clock.millis() + delay, error), false)) {
        scheduleRetry(job.id(), delay);
      }
    } else {
      guarded(
          () -> {
            store.failed(job.id(), error);
            return null;
          },
          null);
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
    T call() throws SQLException;
  }

  /** Runs a store call from a delivery thread, where a failure can only be logged. */
  private <T> T guarded(StoreCall<T> call, T fallback) {
    try {
      return call.call();
    } catch (SQLException | RuntimeException e) {
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
