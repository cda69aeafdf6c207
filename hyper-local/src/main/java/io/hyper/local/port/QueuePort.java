package io.hyper.local.port;

import io.hyper.local.core.queue.JobRecord;
import io.hyper.local.core.queue.JobStatus;
import io.hyper.local.core.queue.QueueSettings;
import java.util.List;

/**
 * What the queue service (§8) needs from an engine: durable queues and jobs, and delivery of every
 * job to its queue's target (§8.4, §11 Q8).
 *
 * <p>Names and arguments reaching a port have passed the core's checks. Failures a client caused
 * are {@link io.hyper.local.core.HyperError}s.
 */
public interface QueuePort extends AutoCloseable {
  /**
   * A job as hyper vision shows it.
   *
   * @param job the job as a listing shows it
   * @param attempts how many deliveries were started
   */
  record JobAttempts(JobRecord job, int attempts) {}

  /**
   * Creates a queue.
   *
   * @throws io.hyper.local.core.HyperError 409 when it exists
   */
  void create(String queue, QueueSettings settings);

  /**
   * Deletes a queue and its jobs, and stops their delivery.
   *
   * @throws io.hyper.local.core.HyperError 404 when it does not exist
   */
  void destroy(String queue);

  /** The names of every queue, sorted. */
  List<String> names();

  /**
   * Stores a job as {@code READY} and starts its delivery.
   *
   * @param json the job, compact JSON text; these exact bytes (UTF-8) are what the target receives
   * @return the job's id
   * @throws io.hyper.local.core.HyperError 404 when the queue does not exist
   */
  String enqueue(String queue, String json);

  /**
   * The jobs of a queue with a status, oldest first.
   *
   * @throws io.hyper.local.core.HyperError 404 when the queue does not exist
   */
  List<JobRecord> list(String queue, JobStatus status);

  /**
   * Deletes a {@code READY} or {@code ERROR} job; a delivery in flight is then ignored.
   *
   * @throws io.hyper.local.core.HyperError 404 when the queue or the job does not exist
   */
  void cancel(String queue, String id);

  /**
   * A queue's target and secret (read-only; for hyper vision).
   *
   * @throws io.hyper.local.core.HyperError 404 when the queue does not exist
   */
  QueueSettings settings(String queue);

  /**
   * {@link #list}, with each job's delivery attempts (read-only; for hyper vision).
   *
   * @throws io.hyper.local.core.HyperError 404 when the queue does not exist
   */
  List<JobAttempts> jobs(String queue, JobStatus status);

  /** Stops delivery and releases the engine; stored jobs stay. */
  @Override
  void close();
}
