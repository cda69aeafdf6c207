package io.hyper.local.core.queue;

import io.hyper.local.core.Json;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A job as a listing shows it (§8.3).
 *
 * @param id the job's id, a string
 * @param job the payload as enqueued
 * @param status {@code READY} or {@code ERROR}
 * @param queue the queue's name
 * @param timestmp when it was enqueued, ISO-8601 with milliseconds (hyper's spelling)
 * @param error the last delivery failure: always on {@code ERROR} jobs, and on {@code READY} jobs
 *     waiting for a retry
 */
public record JobRecord(
    String id,
    JsonNode job,
    JobStatus status,
    String queue,
    String timestmp,
    Optional<DeliveryError> error) {

  /** Checks every component. */
  public JobRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(job, "job");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(queue, "queue");
    Objects.requireNonNull(timestmp, "timestmp");
    Objects.requireNonNull(error, "error");
  }

  /** {@code {id, job, status, queue, timestmp, error?}}. */
  public ObjectNode toJson() {
    ObjectNode node = Json.object().put("id", id).set("job", job);
    node.put("status", status.name()).put("queue", queue).put("timestmp", timestmp);
    error.ifPresent(e -> node.set("error", e.toJson()));
    return node;
  }
}
