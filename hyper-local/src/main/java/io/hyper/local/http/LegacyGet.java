package io.hyper.local.http;

import io.hyper.local.core.Json;
import tools.jackson.databind.node.ObjectNode;

/**
 * The two answers of {@code GET /data/{db}/{id}} and {@code GET /cache/{store}/{key}} (§2.5): the
 * bare document (legacy, the default) or {@code {"ok":true,"doc":…}}.
 */
final class LegacyGet {
  private LegacyGet() {}

  /**
   * 200 with {@code doc} bare when {@code X-HYPER-LEGACY-GET} is absent, empty or {@code true}
   * (trimmed, case-sensitive), else 200 with {@code {"ok":true,"doc":doc}}.
   */
  static Response answer(Request request, ObjectNode doc) {
    String header = request.header("X-HYPER-LEGACY-GET").map(String::trim).orElse("");
    boolean legacy = header.isEmpty() || header.equals("true");
    return Response.json(200, legacy ? doc : Json.ok().set("doc", doc));
  }
}
