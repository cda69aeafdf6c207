package io.hyper.spring.boot.autoconfigure.local;

import io.hyper.connect.Hyper;
import io.hyper.connect.Result;
import io.hyper.local.HyperLocal;
import io.hyper.spring.boot.autoconfigure.HyperConnectionDetails;
import io.hyper.spring.boot.autoconfigure.HyperProperties;
import java.net.URI;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The embedded hyper-local of one application context: a server (shared on port 0), the context's
 * own domain with the services the app declared, and the connection details that point the {@code
 * Hyper} bean at it. Closing it destroys the domain's services and gives the server back.
 */
public final class LocalHyper implements HyperConnectionDetails, AutoCloseable {
  private static final Set<String> SERVICES = Set.of("data", "cache", "search", "storage", "queue");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final HyperLocal server;
  private final String domain;
  private final Hyper admin;
  private final List<Runnable> destroyers = new ArrayList<>();
  private final HyperProperties.Local properties;
  private final String secret;
  private boolean closed;
  private boolean queueCreated;

  LocalHyper(HyperProperties properties) {
    this.properties = properties.getLocal();
    this.secret = properties.getWebhook().getSecret();
    List<String> services = normalized(this.properties.getServices());
    this.domain =
        this.properties.getDomain() != null
            ? this.properties.getDomain()
            : "boot-" + HexFormat.of().formatHex(seed());
    this.server = SharedServers.acquire(this.properties.getPort());
    try {
      // Inside the try: a domain hyper-local refuses must give the server back too.
      this.admin = Hyper.connect(server.connectionString(domain));
      for (String service : services) {
        switch (service) {
          case "data" -> create("data", admin.data()::create, () -> admin.data().destroy(true));
          case "cache" -> create("cache", admin.cache()::create, () -> admin.cache().destroy(true));
          case "search" ->
              create(
                  "search",
                  () ->
                      admin
                          .search()
                          .create(
                              this.properties.getSearchFields(), this.properties.getSearchFields()),
                  () -> admin.search().destroy(true));
          case "storage" ->
              create("storage", admin.storage()::create, () -> admin.storage().destroy(true));
          default -> {
            // The queue needs its target, which may be known only once the web server is up.
            String target = this.properties.getQueueTarget();
            if (target != null && URI.create(target).isAbsolute()) {
              createQueue(target);
            }
          }
        }
      }
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  private static byte[] seed() {
    byte[] bytes = new byte[6];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  /** Returns the running server. */
  HyperLocal server() {
    return server;
  }

  /** Tells whether the app declared a queue whose target is still to be created. */
  synchronized boolean queuePending() {
    return !queueCreated && normalized(properties.getServices()).contains("queue");
  }

  /** Returns the declared queue target, a path of this app, or {@code null}. */
  String queueTargetPath() {
    return properties.getQueueTarget();
  }

  /**
   * Creates the domain's queue, delivering to {@code target} and signing with the webhook secret.
   *
   * @param target an http(s) URL
   */
  synchronized void createQueue(String target) {
    create(
        "queue",
        () -> secret == null ? admin.queue().create(target) : admin.queue().create(target, secret),
        () -> admin.queue().destroy(true));
    queueCreated = true;
  }

  private void create(String service, Supplier<? extends Result> create, Runnable destroy) {
    Result created = create.get();
    if (!created.ok()) {
      throw new IllegalStateException(
          "hyper-local could not create the "
              + service
              + " service of domain "
              + domain
              + ": "
              + created);
    }
    destroyers.add(destroy);
  }

  private static List<String> normalized(List<String> services) {
    List<String> names = new ArrayList<>();
    for (String s : services) {
      String name = s.strip().toLowerCase(Locale.ROOT);
      if (!SERVICES.contains(name)) {
        throw new IllegalArgumentException(
            "hyper.local.services: unknown service '" + s + "'; use any of " + SERVICES);
      }
      names.add(name);
    }
    return names;
  }

  @Override
  public String connectionString() {
    return server.connectionString(domain);
  }

  @Override
  public String domain() {
    return domain;
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      destroyers.forEach(Runnable::run);
    } finally {
      destroyers.clear();
      if (admin != null) { // null when the constructor failed before connecting
        admin.close();
      }
      SharedServers.release(server);
    }
  }

  @Override
  public String toString() {
    return "LocalHyper[" + connectionString() + "]";
  }
}
