package io.hyper.local.port;

import io.hyper.local.core.queue.DeliveryError;
import io.hyper.local.core.queue.JobRecord;
import io.hyper.local.core.queue.JobStatus;
import io.hyper.local.core.queue.QueueSettings;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the queue service (§8) needs from an engine: durable queues and jobs, and claims on them.
 * Delivery itself (HTTP, signing, backoff, per-queue order) is the core's {@code Delivery}; a job
 * store only keeps state, so that any number of servers can share one.
 *
 * <p>A job is {@code READY} until it is {@linkplain #ack acknowledged} (deleted) or {@linkplain
 * #fail failed} ({@code ERROR}). {@code attempts} counts the claims made on it: a job with none is
 * <em>fresh</em> and its queue hands them out oldest first; a job with some waits for its retry. A
 * claim holds a <em>lease</em>: until it ends nobody else can claim the job, and when it ends
 * without an outcome (its holder died) the job can be claimed again as a retry. Each claim carries
 * the attempt number it made; an outcome for an older attempt, or for a job cancelled meanwhile,
 * changes nothing. Names and arguments have passed the core's checks. Implementations are
 * thread-safe; no method throws for an outcome a client caused.
 */
public interface JobStorePort extends AutoCloseable {
  /** How {@link #cancel} went. */
  enum CancelOutcome {
    /** The job was deleted. */
    CANCELLED,
    /** There is no such queue. */
    NO_QUEUE,
    /** The queue has no job with that id. */
    NO_JOB
  }

  /**
   * A job claimed for one delivery attempt, with what sending it needs.
   *
   * @param attempt the attempt this claim is (1 for the first delivery); outcomes quote it
   */
  record Claim(String id, String queue, String body, int attempt, QueueSettings settings) {
    /** Names the job and its attempt, never its body or the queue's secret. */
    @Override
    public String toString() {
      return "Claim[id=" + id + ", queue=" + queue + ", attempt=" + attempt + "]";
    }
  }

  /** Creates a queue; false when one of that name exists (nothing changes then). */
  boolean createQueue(String queue, QueueSettings settings);

  /** Deletes a queue and its jobs; false when it does not exist. */
  boolean destroyQueue(String queue);

  /** The names of every queue, sorted. */
  List<String> queues();

  /**
   * Stores a fresh {@code READY} job.
   *
   * @param id the job's id, unique across queues
   * @param body the job as compact JSON text; these exact bytes are what its target receives
   * @param created when it was enqueued, as the listing shows it
   * @return false when the queue does not exist
   */
  boolean enqueue(String queue, String id, String body, String created);

  /** The jobs of a queue with a status, oldest first; empty when the queue does not exist. */
  Optional<List<JobRecord>> list(String queue, JobStatus status);

  /**
   * A job as hyper vision shows it.
   *
   * @param job the job as a listing shows it
   * @param attempts how many deliveries were started
   */
  record JobAttempts(JobRecord job, int attempts) {}

  /** A queue's target and secret; empty when it does not exist (read-only; for hyper vision). */
  Optional<QueueSettings> settings(String queue);

  /** {@link #list}, with each job's delivery attempts (read-only; for hyper vision). */
  Optional<List<JobAttempts>> jobs(String queue, JobStatus status);

  /** Deletes a {@code READY} or {@code ERROR} job; a claim on it then changes nothing. */
  CancelOutcome cancel(String queue, String id);

  /**
   * Claims the oldest fresh job of a queue for its first delivery, unless another first delivery of
   * that queue is in flight: a claim of attempt 1 whose lease runs at {@code now} and that has no
   * outcome yet. So a queue's first deliveries go one at a time and in order, whichever servers
   * sharing the store claim them; a retry (attempt 2 and later) never holds the queue up.
   *
   * @param now the caller's time, against which running leases are judged
   * @param leaseUntil when the claim ends if no outcome is recorded
   * @return the claim, or empty when the queue has no fresh job or one is in flight
   */
  Optional<Claim> claimFresh(String queue, Instant now, Instant leaseUntil);

  /**
   * Claims a job that has been tried for another attempt, if it is still {@code READY} and no lease
   * on it is running at {@code now}; its retry time is the caller's business.
   */
  Optional<Claim> claimRetry(String id, Instant now, Instant leaseUntil);

  /**
   * The ids of tried {@code READY} jobs that could be claimed at {@code now}: due for their retry
   * (or never given one) and under no running lease; oldest first, at most {@code max}.
   */
  List<String> dueRetries(Instant now, int max);

  /** Records a delivery: deletes the job. False when the claim is stale or the job gone. */
  boolean ack(Claim claim);

  /**
   * Records a failed attempt that will be retried at {@code due}, with its error; ends the lease.
   *
   * @return false when the claim is stale or the job gone (cancelled, its queue destroyed)
   */
  boolean retryAt(Claim claim, Instant due, DeliveryError error);

  /** Marks the job {@code ERROR} with its last failure. False when stale or gone. */
  boolean fail(Claim claim, DeliveryError error);

  /** Releases the engine; stored jobs stay. */
  @Override
  void close();
}
