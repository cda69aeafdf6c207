package io.hyper.local.http;

import io.hyper.local.LocalConfig;
import io.hyper.local.adapter.queue.SqliteQueue;
import io.hyper.local.core.Json;
import io.hyper.local.core.queue.Backoff;
import io.hyper.local.core.queue.JobRecord;
import io.hyper.local.core.queue.QueueService;
import io.hyper.local.port.QueuePort;
import java.io.IOException;
import java.util.Objects;
import tools.jackson.databind.node.ArrayNode;

/**
 * The queue service's routes (§8): queues and jobs in SQLite ({@code <dataDir>/queue.db}, or in
 * memory), delivered to their targets by a signing, retrying dispatcher (§11 Q8).
 */
public final class QueueModule implements ServiceModule {
  private final QueuePort port;
  private final QueueService queues;

  private QueueModule(QueuePort port) {
    this.port = port;
    this.queues = new QueueService(port);
  }

  /**
   * Opens the queue service for {@code config} and resumes delivery of stored {@code READY} jobs.
   * Delivery uses {@link LocalConfig#deliveryAttempts()}, {@link LocalConfig#deliveryBackoff()} and
   * {@link LocalConfig#deliveryTimeout()}.
   *
   * @throws IllegalStateException when the database cannot be opened
   */
  public static QueueModule open(LocalConfig config) {
    Objects.requireNonNull(config, "config");
    return new QueueModule(
        SqliteQueue.open(
            config.dataDir().map(dir -> dir.resolve("queue.db")),
            config.clock(),
            new Backoff(config.deliveryAttempts(), config.deliveryBackoff()),
            config.deliveryTimeout()));
  }

  /** {@code queue}. */
  /** The engine behind this service, for read-only views (hyper vision). */
  public QueuePort port() {
    return port;
  }

  @Override
  public String name() {
    return "queue";
  }

  /** Adds the routes of §8 and {@code GET /queue}. */
  @Override
  public void register(Router router) {
    router
        .add("GET", "/queue", this::describe)
        .add("PUT", "/queue/{queue}", this::create)
        .add("DELETE", "/queue/{queue}", this::destroy)
        .add("POST", "/queue/{queue}", this::enqueue)
        .add("GET", "/queue/{queue}", this::list)
        .add("POST", "/queue/{queue}/{id}/_cancel", this::cancel);
  }

  /** Stops delivery and closes the database; stored jobs stay. */
  @Override
  public void close() {
    port.close();
  }

  private Response describe(Request request) {
    ArrayNode names = Json.MAPPER.createArrayNode();
    queues.names().forEach(names::add);
    return Response.json(
        200, Json.object().put("name", "queue").put("version", "0.0.4").set("queues", names));
  }

  private Response create(Request request) throws IOException {
    queues.create(request.param("queue"), request.json(Request.JSON_LIMIT));
    return Response.ok(201);
  }

  private Response destroy(Request request) {
    queues.destroy(request.param("queue"));
    return Response.ok(201);
  }

  private Response enqueue(Request request) throws IOException {
    String id = queues.enqueue(request.param("queue"), request.json(Request.JSON_LIMIT));
    return Response.json(201, Json.ok().put("id", id));
  }

  private Response list(Request request) {
    ArrayNode jobs = Json.MAPPER.createArrayNode();
    for (JobRecord job : queues.list(request.param("queue"), request.query("status"))) {
      jobs.add(job.toJson());
    }
    return Response.json(200, Json.ok().set("jobs", jobs));
  }

  private Response cancel(Request request) {
    queues.cancel(request.param("queue"), request.param("id"));
    return Response.ok(201);
  }
}
