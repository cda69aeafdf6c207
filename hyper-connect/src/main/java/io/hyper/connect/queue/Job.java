package io.hyper.connect.queue;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One job record of {@link QueueService#queued()} or {@link QueueService#errors()} (contract §8.3).
 *
 * @param id the job's id, always as a string (some servers send a number)
 * @param job the job as it was enqueued
 * @param status {@code READY} (waiting for delivery) or {@code ERROR} (delivery failed)
 * @param queue the queue's name
 * @param timestamp when the job was enqueued, as the server wrote it (ISO-8601), when given
 * @param error why the last delivery failed, for {@code ERROR} jobs of servers that record it
 */
public record Job(
    String id,
    Map<String, Object> job,
    String status,
    String queue,
    Optional<String> timestamp,
    Optional<JobError> error) {

  /** The status of a job waiting for delivery: {@value}. */
  public static final String READY = "READY";

  /** The status of a job whose delivery failed: {@value}. */
  public static final String ERROR = "ERROR";

  /** Normalises absent values to empty and copies the payload. */
  public Job {
    job = job == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(job));
    timestamp = timestamp == null ? Optional.empty() : timestamp;
    error = error == null ? Optional.empty() : error;
  }

  /**
   * Why a delivery failed, as hyper-local records it.
   *
   * @param status the HTTP status the target answered with, when it answered
   * @param msg the network error or the target's answer (truncated)
   */
  public record JobError(Optional<Integer> status, String msg) {
    /** Normalises an absent status to empty. */
    public JobError {
      status = status == null ? Optional.empty() : status;
    }
  }
}
