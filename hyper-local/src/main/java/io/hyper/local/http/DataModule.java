package io.hyper.local.http;

import io.hyper.local.core.Json;
import io.hyper.local.core.data.DataService;
import io.hyper.local.core.data.ListOptions;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The data service's routes (§4) and its description route {@code GET /data} (§3), over whichever
 * engine the service was opened on.
 *
 * <p>Each route parses the request, calls {@link DataService} and writes hyper's result with the
 * status of §2.6. Errors travel as {@link io.hyper.local.core.HyperError}.
 */
public final class DataModule implements ServiceModule {
  /**
   * The data file's name inside the data directory, as the embedded {@code sqlite:} engine keeps
   * it.
   */
  public static final String FILE = "data.db";

  private final DataService data;

  /** The routes over a ready data service; {@link #close()} closes it. */
  public DataModule(DataService data) {
    this.data = Objects.requireNonNull(data, "data");
  }

  /** {@code data}. */
  @Override
  public String name() {
    return "data";
  }

  @Override
  public void register(Router router) {
    router
        .add("GET", "/data", r -> Response.json(200, description()))
        .add("PUT", "/data/{db}", r -> created(() -> data.create(r.param("db"))))
        .add("DELETE", "/data/{db}", r -> ok(() -> data.destroy(r.param("db"))))
        .add(
            "POST",
            "/data/{db}",
            r -> withId(201, data.add(r.param("db"), r.json(Request.DOCUMENT_LIMIT))))
        .add(
            "GET",
            "/data/{db}",
            r -> docs(data.list(r.param("db"), ListOptions.parse(r::queryAll))))
        .add("GET", "/data/{db}/{id}", this::get)
        .add("PUT", "/data/{db}/{id}", this::update)
        .add("DELETE", "/data/{db}/{id}", this::remove)
        .add(
            "POST",
            "/data/{db}/_query",
            r -> docs(data.query(r.param("db"), r.json(Request.JSON_LIMIT))))
        .add("POST", "/data/{db}/_index", this::index)
        .add("POST", "/data/{db}/_bulk", this::bulk);
  }

  @Override
  public void close() {
    data.close();
  }

  /** Legacy mode (the bare document) unless the header asks for hyper's shape (§2.5). */
  private Response get(Request r) {
    return LegacyGet.answer(r, data.get(r.param("db"), r.param("id")));
  }

  private Response update(Request r) throws IOException {
    String id = r.param("id");
    data.update(r.param("db"), id, r.json(Request.DOCUMENT_LIMIT));
    return withId(200, id);
  }

  private Response remove(Request r) {
    String id = r.param("id");
    data.remove(r.param("db"), id);
    return withId(200, id);
  }

  private Response index(Request r) throws IOException {
    data.index(r.param("db"), r.json(Request.JSON_LIMIT));
    return Response.ok(201);
  }

  private Response bulk(Request r) throws IOException {
    List<String> ids = data.bulk(r.param("db"), r.json(Request.JSON_LIMIT));
    ObjectNode body = Json.ok();
    ArrayNode results = body.putArray("results");
    ids.forEach(id -> results.addObject().put("ok", true).put("id", id));
    return Response.json(201, body);
  }

  private static ObjectNode description() {
    return Json.object()
        .put("name", "hyper Data")
        .put("version", "1.0.1")
        .put("status", "unstable");
  }

  private static Response created(Runnable action) {
    action.run();
    return Response.ok(201);
  }

  private static Response ok(Runnable action) {
    action.run();
    return Response.ok(200);
  }

  private static Response withId(int status, String id) {
    return Response.json(status, Json.ok().put("id", id));
  }

  private static Response docs(List<ObjectNode> docs) {
    ObjectNode body = Json.ok();
    body.putArray("docs").addAll(docs);
    return Response.json(200, body);
  }
}
