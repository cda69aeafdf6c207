package io.hyper.local.core.queue;

import io.hyper.local.core.HyperError;
import io.hyper.local.core.Json;
import io.hyper.local.port.JobStorePort;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * The queue service (§8): checks names and arguments, keeps queues and jobs in a {@link
 * JobStorePort}, hands fresh jobs to its {@link Delivery}, and turns the store's outcomes into
 * hyper's statuses and messages.
 */
public final class QueueService implements AutoCloseable {
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private final JobStorePort store;
  private final Delivery delivery;
  private final Clock clock;

  /**
   * Creates the service over a store and the delivery of its jobs; {@link #start()} starts it.
   *
   * @param clock the time jobs are stamped with at enqueue
   */
  public QueueService(JobStorePort store, Delivery delivery, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.delivery = Objects.requireNonNull(delivery, "delivery");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Starts delivering: stored {@code READY} jobs resume (at least once across restarts). */
  public QueueService start() {
    delivery.start();
    return this;
  }

  /**
   * Creates a queue; the name is lower-cased first (§8.2).
   *
   * @throws HyperError 422 for an invalid name, target or secret; 409 when it exists
   */
  public void create(String name, JsonNode body) {
    String queue = QueueSettings.createName(name);
    if (!store.createQueue(queue, QueueSettings.from(body))) {
      throw HyperError.conflict("queue already exists");
    }
  }

  /**
   * Destroys a queue, its jobs and their delivery.
   *
   * @throws HyperError 404 when it does not exist
   */
  public void destroy(String queue) {
    if (!store.destroyQueue(queue)) {
      throw noQueue();
    }
    delivery.forget(queue);
  }

  /** The names of every queue, sorted. */
  public List<String> names() {
    return store.queues();
  }

  /**
   * Enqueues a job, serialised once as compact JSON in its keys' order, and wakes its delivery.
   *
   * @return the job's id
   * @throws HyperError 422 when {@code job} is not an object; 404 when the queue does not exist
   */
  public String enqueue(String queue, JsonNode job) {
    if (job == null || !job.isObject()) {
      throw HyperError.unprocessable("job must be a JSON object");
    }
    String id = UUID.randomUUID().toString();
    String created = TIMESTAMP.format(clock.instant());
    if (!store.enqueue(queue, id, Json.MAPPER.writeValueAsString(job), created)) {
      throw noQueue();
    }
    delivery.wake(queue);
    return id;
  }

  /**
   * Lists the jobs of a queue with the given status.
   *
   * @param status the {@code status} query parameter
   * @throws HyperError 422 when the status is missing or not READY or ERROR; 404 when the queue
   *     does not exist
   */
  public List<JobRecord> list(String queue, Optional<String> status) {
    return store.list(queue, JobStatus.parse(status)).orElseThrow(QueueService::noQueue);
  }

  /**
   * Cancels a job; a delivery of it in flight is then ignored.
   *
   * @throws HyperError 404 when the queue or the job does not exist
   */
  public void cancel(String queue, String id) {
    switch (store.cancel(queue, id)) {
      case CANCELLED -> {}
      case NO_QUEUE -> throw noQueue();
      case NO_JOB -> throw HyperError.notFound("job not found");
    }
  }

  /** Stops delivery, then closes the store; stored jobs stay. */
  @Override
  public void close() {
    try {
      delivery.close();
    } finally {
      store.close();
    }
  }

  private static HyperError noQueue() {
    return HyperError.notFound("queue not found");
  }
}
