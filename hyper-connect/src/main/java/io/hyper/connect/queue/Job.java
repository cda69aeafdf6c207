package io.hyper.connect.queue;

import com.fasterxml.jackson.annotation.JsonValue;
import io.hyper.connect.HyperException;
import io.hyper.connect.TypeRef;
import io.hyper.connect.internal.Check;
import io.hyper.connect.internal.JsonCodec;
import io.hyper.connect.internal.ResultText;
import io.hyper.connect.internal.Untyped;
import io.hyper.connect.json.DocumentCodec;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * One job record of {@link QueueService#queued()} or {@link QueueService#errors()} (contract §8.3):
 * its id, status and queue, read by the SDK, and the job itself, kept as the JSON hyper sent and
 * decoded when asked with the client's codec (the one it was enqueued with): {@link #job()} as a
 * map, {@link #job(Class)} as a record or POJO, {@link #job(TypeRef)} as a generic type.
 */
public final class Job {
  /** The status of a job waiting for delivery: {@value}. */
  public static final String READY = "READY";

  /** The status of a job whose delivery failed: {@value}. */
  public static final String ERROR = "ERROR";

  private final String id;
  private final JsonNode job;
  private final String status;
  private final String queue;
  private final Optional<String> timestamp;
  private final Optional<JobError> error;
  private final DocumentCodec codec;
  private final String operation;

  /**
   * Creates a job record; the SDK makes them, and a test's fake service may too.
   *
   * @param id the job's id, always as a string (some servers send a number)
   * @param job the job as it was enqueued, as JSON ({@code null} is taken as {@code {}})
   * @param status {@code READY} (waiting for delivery) or {@code ERROR} (delivery failed)
   * @param queue the queue's name
   * @param timestamp when the job was enqueued, as the server wrote it (ISO-8601), when given
   * @param error why the last delivery failed, for {@code ERROR} jobs of servers that record it
   * @param codec decodes the job
   * @param operation the operation that read it, for error messages
   */
  public Job(
      String id,
      JsonNode job,
      String status,
      String queue,
      Optional<String> timestamp,
      Optional<JobError> error,
      DocumentCodec codec,
      String operation) {
    this.id = id;
    this.job =
        job == null || job.isNull() || job.isMissingNode()
            ? JsonNodeFactory.instance.objectNode()
            : job;
    this.status = status;
    this.queue = queue;
    this.timestamp = timestamp == null ? Optional.empty() : timestamp;
    this.error = error == null ? Optional.empty() : error;
    this.codec = Objects.requireNonNull(codec, "codec");
    this.operation = operation;
  }

  /**
   * Returns the job's id.
   *
   * @return the id, always as a string (some servers send a number)
   */
  public String id() {
    return id;
  }

  /**
   * Returns the job as a map.
   *
   * @return the job, decoded anew on each call
   * @throws HyperException when the job is not a JSON object
   */
  public Map<String, Object> job() {
    return job(Untyped.MAP);
  }

  /**
   * Returns the job as a class, e.g. {@code job(MovieAdded.class)}.
   *
   * @param <T> the job type
   * @param type a record, POJO or {@code JsonNode} class
   * @return the job
   * @throws HyperException when the job does not fit {@code type}
   */
  public <T> T job(Class<T> type) {
    return JsonCodec.decode(codec, job, Check.notNull(type, "type"), operation);
  }

  /**
   * Returns the job as a generic type.
   *
   * @param <T> the job type
   * @param type the type
   * @return the job
   * @throws HyperException when the job does not fit {@code type}
   */
  public <T> T job(TypeRef<T> type) {
    return JsonCodec.decode(codec, job, Check.notNull(type, "type").type(), operation);
  }

  /**
   * Returns the job's status.
   *
   * @return {@link #READY} (waiting for delivery) or {@link #ERROR} (delivery failed)
   */
  public String status() {
    return status;
  }

  /**
   * Returns the queue's name.
   *
   * @return the name the server gave, or empty
   */
  public String queue() {
    return queue;
  }

  /**
   * Returns when the job was enqueued.
   *
   * @return the time as the server wrote it (ISO-8601), or empty when not given
   */
  public Optional<String> timestamp() {
    return timestamp;
  }

  /**
   * Returns why the last delivery failed.
   *
   * @return the failure, for {@code ERROR} jobs of servers that record it
   */
  public Optional<JobError> error() {
    return error;
  }

  /**
   * Returns the record as plain Java values, {@code {id, job, status, queue, timestamp, error}}:
   * what a JSON mapper (Jackson 2 or 3) serialises for it.
   *
   * @return the record as a map
   */
  @JsonValue
  public Map<String, Object> asMap() {
    return ResultText.asMap(toString());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Job j
        && Objects.equals(id, j.id)
        && job.equals(j.job)
        && Objects.equals(status, j.status)
        && Objects.equals(queue, j.queue)
        && timestamp.equals(j.timestamp)
        && error.equals(j.error);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, job, status, queue, timestamp, error);
  }

  /** The record as JSON, {@code {"id":...,"job":{...},"status":...,...}}; never throws. */
  @Override
  public String toString() {
    return ResultText.json(
        "id",
        id,
        "job",
        job,
        "status",
        status,
        "queue",
        queue,
        "timestamp",
        timestamp.orElse(null),
        "error",
        error
            .map(e -> ResultText.node("status", e.status().orElse(null), "msg", e.msg()))
            .orElse(null));
  }

  /**
   * Why a delivery failed, as hyper-local records it.
   *
   * @param status the HTTP status the target answered with, when it answered
   * @param msg the network error or the target's answer (truncated)
   */
  public record JobError(Optional<Integer> status, String msg) {
    /**
     * Normalises an absent status to empty.
     *
     * @param status the HTTP status the target answered with, when it answered
     * @param msg the network error or the target's answer (truncated)
     */
    public JobError {
      status = status == null ? Optional.empty() : status;
    }
  }
}
