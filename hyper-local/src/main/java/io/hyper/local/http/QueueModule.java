package io.hyper.local.http;

import io.hyper.local.core.Json;
import io.hyper.local.core.queue.JobRecord;
import io.hyper.local.core.queue.QueueService;
import java.io.IOException;
import java.util.Objects;
import tools.jackson.databind.node.ArrayNode;

/**
 * The queue service's routes (§8): queues and jobs, delivered to their targets by the service's
 * signing, retrying delivery (§11 Q8).
 */
public final class QueueModule implements ServiceModule {
  private final QueueService queues;

  /** The routes over a ready queue service; {@link #close()} stops its delivery and closes it. */
  public QueueModule(QueueService queues) {
    this.queues = Objects.requireNonNull(queues, "queues");
  }

  /** {@code queue}. */
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
    queues.close();
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
