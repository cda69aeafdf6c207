package io.hyper.local.http;

import io.hyper.local.core.Json;
import io.hyper.local.core.search.SearchService;
import io.hyper.local.port.SearchPort;
import java.io.IOException;
import java.util.Objects;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The search service's routes (§6): full-text indexes on whichever engine the service was opened
 * on.
 */
public final class SearchModule implements ServiceModule {
  private final SearchService service;

  /** The routes over a ready search service; {@link #close()} closes it. */
  public SearchModule(SearchService service) {
    this.service = Objects.requireNonNull(service, "service");
  }

  /** {@code search}. */
  @Override
  public String name() {
    return "search";
  }

  @Override
  public void register(Router router) {
    router
        .add("GET", "/search", r -> Response.json(200, describe()))
        .add("PUT", "/search/{index}", this::create)
        .add("DELETE", "/search/{index}", this::destroy)
        .add("POST", "/search/{index}", this::add)
        .add("POST", "/search/{index}/_query", this::query)
        .add("POST", "/search/{index}/_bulk", this::load)
        .add("GET", "/search/{index}/{key}", this::get)
        .add("PUT", "/search/{index}/{key}", this::update)
        .add("DELETE", "/search/{index}/{key}", this::remove);
  }

  /** Closes every index; on disk they stay as committed. */
  @Override
  public void close() {
    service.close();
  }

  private static ObjectNode describe() {
    return Json.object()
        .put("name", "hyper63 Search")
        .put("version", "1.0")
        .put("status", "unstable");
  }

  private Response create(Request r) throws IOException {
    service.create(r.param("index"), r.json(Request.JSON_LIMIT));
    return Response.ok(201);
  }

  private Response destroy(Request r) {
    service.destroy(r.param("index"));
    return Response.ok(200);
  }

  private Response add(Request r) throws IOException {
    service.add(r.param("index"), r.json(Request.JSON_LIMIT));
    return Response.ok(201);
  }

  private Response get(Request r) {
    String key = r.param("key");
    ObjectNode doc = service.get(r.param("index"), key);
    return Response.json(200, Json.ok().put("key", key).set("doc", doc));
  }

  private Response update(Request r) throws IOException {
    service.update(r.param("index"), r.param("key"), r.json(Request.JSON_LIMIT));
    return Response.ok(200);
  }

  private Response remove(Request r) {
    service.remove(r.param("index"), r.param("key"));
    return Response.ok(200);
  }

  private Response load(Request r) throws IOException {
    ObjectNode body = Json.ok();
    ArrayNode results = body.putArray("results");
    for (String id : service.load(r.param("index"), r.json(Request.JSON_LIMIT))) {
      results.addObject().put("ok", true).put("id", id);
    }
    return Response.json(201, body);
  }

  private Response query(Request r) throws IOException {
    ObjectNode body = Json.ok();
    ArrayNode matches = body.putArray("matches");
    for (SearchPort.Match m : service.query(r.param("index"), r.json(Request.JSON_LIMIT))) {
      ObjectNode match = matches.addObject().put("id", m.id()).put("score", m.score());
      // A stored field named id or score never hides the match's own id and score.
      m.stored().properties().forEach(e -> match.putIfAbsent(e.getKey(), e.getValue()));
    }
    return Response.json(200, body);
  }
}
