package io.hyper.spring.boot.autoconfigure.local;

import io.hyper.spring.boot.autoconfigure.webhook.WebhookPaths;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Creates the dev service's queue once the app's web server listens, delivering to the app's own
 * webhook on 127.0.0.1: {@code hyper.local.queue-target} when it is a path, else the path of the
 * app's only {@code @HyperWebhook}.
 */
final class LocalQueueTarget implements ApplicationListener<WebServerInitializedEvent> {
  private final LocalHyper local;
  private final ObjectProvider<WebhookPaths> webhooks;

  LocalQueueTarget(LocalHyper local, ObjectProvider<WebhookPaths> webhooks) {
    this.local = local;
    this.webhooks = webhooks;
  }

  @Override
  public void onApplicationEvent(WebServerInitializedEvent event) {
    String namespace = event.getApplicationContext().getServerNamespace();
    if (!local.queuePending() || "management".equals(namespace)) {
      return;
    }
    String path = local.queueTargetPath();
    if (path == null) {
      WebhookPaths endpoints = webhooks.getIfAvailable();
      List<String> paths = endpoints == null ? List.of() : endpoints.paths();
      if (paths.size() != 1) {
        throw new IllegalStateException(
            "hyper.local.services has queue: set hyper.local.queue-target to the path or URL jobs"
                + " go to (the app has "
                + paths.size()
                + " @HyperWebhook methods: "
                + paths
                + ")");
      }
      path = paths.get(0);
    }
    String slash = path.startsWith("/") ? "" : "/";
    local.createQueue("http://127.0.0.1:" + event.getWebServer().getPort() + slash + path);
  }
}
