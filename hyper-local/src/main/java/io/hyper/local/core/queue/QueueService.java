package io.hyper.local.core.queue;

import io.hyper.local.core.HyperError;
import io.hyper.local.core.Json;
import io.hyper.local.port.QueuePort;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** The queue service (§8): checks names and arguments, then calls the engine. */
public final class QueueService implements AutoCloseable {
  private final QueuePort port;

  /** Creates the service over an engine. */
  public QueueService(QueuePort port) {
    this.port = Objects.requireNonNull(port, "port");
  }

  /**
   * Creates a queue; the name is lower-cased first (§8.2).
   *
   * @throws HyperError 422 for an invalid name, target or secret; 409 when it exists
   */
  public void create(String name, JsonNode body) {
    String queue = QueueSettings.createName(name);
    port.create(queue, QueueSettings.from(body));
  }

  /**
   * Destroys a queue, its jobs and their delivery.
   *
   * @throws HyperError 404 when it does not exist
   */
  public void destroy(String queue) {
    port.destroy(queue);
  }

  /** The names of every queue, sorted. */
  public List<String> names() {
    return port.names();
  }

  /**
   * Enqueues a job, serialised once as compact JSON in its keys' order.
   *
   * @return the job's id
   * @throws HyperError 422 when {@code job} is not an object; 404 when the queue does not exist
   */
  public String enqueue(String queue, JsonNode job) {
    if (job == null || !job.isObject()) {
      throw HyperError.unprocessable("job must be a JSON object");
    }
    return port.enqueue(queue, Json.MAPPER.writeValueAsString(job));
  }

  /**
   * Lists the jobs of a queue with the given status.
   *
   * @param status the {@code status} query parameter
   * @throws HyperError 422 when the status is missing or not READY or ERROR; 404 when the queue
   *     does not exist
   */
  public List<JobRecord> list(String queue, Optional<String> status) {
    return port.list(queue, JobStatus.parse(status));
  }

  /**
   * Cancels a job.
   *
   * @throws HyperError 404 when the queue or the job does not exist
   */
  public void cancel(String queue, String id) {
    port.cancel(queue, id);
  }

  /** Closes the engine; stored jobs stay. */
  @Override
  public void close() {
    port.close();
  }
}
