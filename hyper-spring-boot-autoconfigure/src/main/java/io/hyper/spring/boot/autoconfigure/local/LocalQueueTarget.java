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
  private final ObjectProvider<LocalHyper> dev;
  private final ObjectProvider<WebhookPaths> webhooks;

  LocalQueueTarget(ObjectProvider<LocalHyper> dev, ObjectProvider<WebhookPaths> webhooks) {
    this.dev = dev;
    this.webhooks = webhooks;
  }

  @Override
  public void onApplicationEvent(WebServerInitializedEvent event) {
    String namespace = event.getApplicationContext().getServerNamespace();
    LocalHyper local = dev.getIfAvailable();
    if (local == null || !local.queuePending() || "management".equals(namespace)) {
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
