package io.hyper.local.http;

import io.hyper.local.core.Json;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/** {@code GET /}: the name, version and running services of this server (contract §3). */
final class InfoRoutes {
  private InfoRoutes() {}

  static void register(Router router, List<String> services) {
    ObjectNode info = Json.object().put("name", "hyper").put("version", "1.0-beta");
    services.forEach(info.putArray("services")::add);
    router.add("GET", "/", request -> Response.json(200, info));
  }
}
