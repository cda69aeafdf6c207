package io.hyper.connect.info;

import io.hyper.connect.internal.Call;
import io.hyper.connect.internal.Reply;
import io.hyper.connect.internal.ServiceClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JsonNode;

/**
 * The info service: asks the server what it runs ({@code GET /} of the host). Get it from {@link
 * io.hyper.connect.Hyper#info()}.
 */
public final class InfoService {
  private final ServiceClient http;

  /**
   * Creates the service; use {@link io.hyper.connect.Hyper#info()} instead.
   *
   * @param http the client, whose base URL is the host's root
   */
  public InfoService(ServiceClient http) {
    this.http = http;
  }

  /**
   * Returns the services the server runs.
   *
   * <pre>{@code
   * List<String> services = hyper.info().services().services(); // [cache, data, ...]
   * }</pre>
   *
   * @return the result
   */
  public ServicesResult services() {
    return servicesCall().send();
  }

  /**
   * Returns the services the server runs, without blocking; see {@link #services()}.
   *
   * @return the future result
   */
  public CompletableFuture<ServicesResult> servicesAsync() {
    return servicesCall().sendAsync();
  }

  private Call<ServicesResult> servicesCall() {
    return http.get("services").call(InfoService::toResult);
  }

  private static ServicesResult toResult(Reply reply) {
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

  private static Optional<String> text(JsonNode node) {
    return node.isString() ? Optional.of(node.stringValue()) : Optional.empty();
  }
}
