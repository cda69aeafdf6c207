package io.hyper.local.http;

import io.hyper.local.LocalConfig;
import io.hyper.local.adapter.sqlite.SqliteDataStore;
import io.hyper.local.core.Json;
import io.hyper.local.core.data.DataService;
import io.hyper.local.core.data.Ids;
import io.hyper.local.core.data.ListOptions;
import io.hyper.local.port.DataPort;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The data service's routes (§4) and its description route {@code GET /data} (§3), over SQLite.
 *
 * <p>Each route parses the request, calls {@link DataService} and writes hyper's result with the
 * status of §2.6. Errors travel as {@link io.hyper.local.core.HyperError}.
 */
public final class DataModule implements ServiceModule {
  /** The data file's name inside the data directory. */
  public static final String FILE = "data.db";

  private final DataPort store;
  private final DataService data;

  private DataModule(DataPort store, LocalConfig config) {
    this.store = store;
    this.data = new DataService(store, new Ids(config.clock()));
  }

  /**
   * Opens the data service: {@code <dataDir>/data.db}, or an in-memory database when {@code config}
   * has no data directory.
   *
   * @throws UncheckedIOException when the data directory cannot be created
   */
  public static DataModule open(LocalConfig config) {
    if (config.dataDir().isEmpty()) {
      return new DataModule(SqliteDataStore.inMemory(config.readBudget()), config);
    }
    Path dir = config.dataDir().get();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create data directory " + dir, e);
    }
    return new DataModule(SqliteDataStore.open(dir.resolve(FILE), config.readBudget()), config);
  }

  /** {@code data}. */
  /** The engine behind this service, for read-only views (hyper vision). */
  public DataPort port() {
    return store;
  }

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
    store.close();
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
