package io.hyper.connect.internal.service;

import io.hyper.connect.info.ServicesResult;
import io.hyper.connect.internal.Call;
import io.hyper.connect.internal.JsonCodec;
import io.hyper.connect.internal.Reply;
import io.hyper.connect.internal.ServiceClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** The info service's requests and answer mappings, built once for both forms. */
final class InfoCalls {
  final ServiceClient http;
  final JsonCodec codec;

  InfoCalls(ServiceClient http) {
    this.http = http;
    this.codec = http.codec();
  }

  Call<ServicesResult> services() {
    return http.get("services").call(InfoCalls::toResult);
  }

  static ServicesResult toResult(Reply reply) {
    List<String> services = new ArrayList<>();
    if (reply.ok()) {
      for (JsonNode service : reply.required("services")) {
        services.add(service.asString());
      }
    }
    return new ServicesResult(
        reply.ok(),
        reply.status(),
        reply.msg(),
        text(reply.body().path("name")),
        text(reply.body().path("version")),
        services,
        reply.operation());
  }

  static Optional<String> text(JsonNode node) {
    return node.isString() ? Optional.of(node.stringValue()) : Optional.empty();
  }
}
