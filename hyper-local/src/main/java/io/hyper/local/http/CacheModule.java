package io.hyper.local.http;

import io.hyper.local.core.Json;
import io.hyper.local.core.cache.CacheService;
import io.hyper.local.port.CachePort;
import java.io.IOException;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The cache service's routes (§5): stores and entries with ttls and glob queries. */
public final class CacheModule implements ServiceModule {
  private final CacheService service;

  /** The routes over a ready cache service; {@link #close()} closes it. */
  public CacheModule(CacheService service) {
    this.service = Objects.requireNonNull(service, "service");
  }

  /** {@code cache}. */
  @Override
  public String name() {
    return "cache";
  }

  @Override
  public void register(Router router) {
    router
        .add("GET", "/cache", r -> Response.json(200, describe()))
        .add("PUT", "/cache/{store}", this::createStore)
        .add("DELETE", "/cache/{store}", this::destroyStore)
        .add("POST", "/cache/{store}", this::add)
        .add("POST", "/cache/{store}/_query", this::query)
        .add("GET", "/cache/{store}/_query", this::query)
        .add("GET", "/cache/{store}/{key}", this::get)
        .add("PUT", "/cache/{store}/{key}", this::set)
        .add("DELETE", "/cache/{store}/{key}", this::remove);
  }

  /** Drops every store. */
  @Override
  public void close() {
    service.close();
  }

  private ObjectNode describe() {
    ObjectNode body = Json.object().put("name", "cache").put("version", "0.0.4");
    ArrayNode stores = body.putArray("stores");
    service.stores().forEach(stores::add);
    return body;
  }

  private Response createStore(Request r) {
    service.createStore(r.param("store"));
    return Response.ok(201);
  }

  private Response destroyStore(Request r) {
    service.destroyStore(r.param("store"));
    return Response.ok(200);
  }

  private Response add(Request r) throws IOException {
    JsonNode body = r.json(Request.JSON_LIMIT);
    service.add(r.param("store"), body.get("key"), body.get("value"), body.get("ttl"));
    return Response.ok(201);
  }

  private Response get(Request r) {
    return LegacyGet.answer(r, service.get(r.param("store"), r.param("key")));
  }

  private Response set(Request r) throws IOException {
    JsonNode value = r.json(Request.JSON_LIMIT);
    service.set(r.param("store"), r.param("key"), value, r.query("ttl"));
    return Response.ok(200);
  }

  private Response remove(Request r) {
    service.remove(r.param("store"), r.param("key"));
    return Response.ok(200);
  }

  private Response query(Request r) {
    ObjectNode body = Json.ok();
    ArrayNode docs = body.putArray("docs");
    for (CachePort.Entry e : service.query(r.param("store"), r.query("pattern"))) {
      docs.addObject().put("key", e.key()).set("value", e.value());
    }
    return Response.json(200, body);
  }
}
