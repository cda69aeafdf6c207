package io.hyper.local.vision;

import io.hyper.local.core.browse.BrowseService;
import io.hyper.local.http.Request;
import io.hyper.local.http.Response;
import io.hyper.local.http.Router;
import java.util.Objects;
import java.util.function.Consumer;
import tools.jackson.databind.node.ObjectNode;

/**
 * hyper vision's routes: the page and its files under {@code /_vision/} (open: they hold no data,
 * and the page must load to ask for an app key), and the read-only API under {@code /_vision/api/},
 * which needs a token like every hyper route when auth is on. The UI writes through hyper's own
 * routes, so nothing here changes data.
 *
 * <p>Every answer carries the page's security headers ({@link VisionAssets#secured}); errors are
 * hyper's {@code {ok:false,status,msg}} like every route's.
 */
public final class VisionRoutes implements Consumer<Router> {
  /** Where the UI lives. */
  public static final String PREFIX = "/_vision";

  private final BrowseService browse;
  private final VisionAssets assets = new VisionAssets();

  /** Routes that read through {@code browse}. */
  public VisionRoutes(BrowseService browse) {
    this.browse = Objects.requireNonNull(browse, "browse");
  }

  /** Adds the page, its files and the read-only API to {@code router}. */
  @Override
  public void accept(Router router) {
    router
        .addOpen("GET", PREFIX, r -> assets.serve(""))
        .addOpen("GET", PREFIX + "/{file*}", r -> assets.serve(r.param("file")))
        .add("GET", PREFIX + "/api/overview", r -> json(browse.overview()))
        .add("GET", PREFIX + "/api/data/{db}", r -> json(browse.database(r.param("db"))))
        .add(
            "GET",
            PREFIX + "/api/cache/{store}",
            r -> json(browse.cacheEntries(r.param("store"), r.query("pattern"))))
        .add("GET", PREFIX + "/api/search/{index}", r -> json(browse.searchIndex(r.param("index"))))
        .add("GET", PREFIX + "/api/storage/{bucket}", r -> storage(r, ""))
        .add("GET", PREFIX + "/api/storage/{bucket}/{folder*}", r -> storage(r, r.param("folder")))
        .add(
            "GET",
            PREFIX + "/api/queue/{queue}",
            r -> json(browse.queueJobs(r.param("queue"), r.query("status"))));
  }

  private Response storage(Request r, String folder) throws java.io.IOException {
    return json(browse.storageFolder(r.param("bucket"), folder));
  }

  private static Response json(ObjectNode body) {
    return VisionAssets.secured(Response.json(200, body)).withHeader("Cache-Control", "no-store");
  }
}
