package io.hyper.local;

import io.hyper.local.core.Json;
import io.hyper.local.http.AppKeyAuth;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import tools.jackson.databind.node.ObjectNode;

/** {@code java -jar hyper-local.jar}: runs hyper-local until the process is stopped. */
public final class Main {
  private Main() {}

  /**
   * Parses the flags ({@code --help} lists them), starts hyper-local, prints its URL and a
   * connection string (its app secret as {@code ****} unless {@code --print-secret}), and serves
   * until the process is stopped (Ctrl-C), then closes cleanly. A bad flag prints one line and
   * exits with status 2; a failed start (a port in use, a data directory another hyper-local holds)
   * exits with 1.
   */
  public static void main(String[] args) {
    int status = run(args, System.getenv(), System.out, System.err, Main::serveUntilStopped);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs hyper-local as the command line says and hands the running server to {@code serve}.
   *
   * @return the exit status: 0, 1 (could not start) or 2 (bad flags)
   */
  static int run(
      String[] args,
      Map<String, String> env,
      PrintStream out,
      PrintStream err,
      Consumer<HyperLocal> serve) {
    CommandLine cli;
    try {
      cli = CommandLine.parse(args, env);
    } catch (IllegalArgumentException e) {
      err.println("hyper-local: " + e.getMessage() + " (see --help)");
      return 2;
    }
    if (cli.help()) {
      out.print(CommandLine.USAGE);
      return 0;
    }
    HyperLocal server;
    try {
      server = start(cli);
    } catch (RuntimeException e) {
      err.println("hyper-local: " + e.getMessage());
      return 1;
    }
    out.println(
        "hyper-local listening on "
            + server.url()
            + server
                .dataDir()
                .map(d -> " (data in " + d.toAbsolutePath() + ")")
                .orElse(" (in memory)"));
    out.println(
        "services: " + String.join(", ", server.services().stream().map(Service::path).toList()));
    String domain = cli.domain().orElse("test");
    out.println("connection string: " + server.connectionString(domain, cli.printSecret()));
    if (server.authEnabled() && !cli.printSecret()) {
      out.println(
          "  (the secret is the one given with --app-key or HYPER_LOCAL_APP_KEYS;"
              + " --print-secret shows it here)");
    }
    server.visionUrl().ifPresent(url -> out.println("hyper vision: " + url));
    out.flush();
    serve.accept(server);
    return 0;
  }

  private static void serveUntilStopped(HyperLocal server) {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                },
                "hyper-local-shutdown"));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Starts the server a command line describes and creates its start-up services. */
  static HyperLocal start(CommandLine cli) {
    HyperLocal.Builder builder = HyperLocal.builder().port(cli.port()).host(cli.host());
    cli.dataDir().ifPresent(builder::dataDir);
    cli.appKeys().forEach(builder::appKey);
    cli.publicUrl().ifPresent(builder::publicUrl);
    cli.signingKey().ifPresent(builder::signingKey);
    cli.corsOrigins().forEach(builder::corsOrigin);
    builder.vision(cli.vision());
    cli.engines().forEach((service, url) -> builder.engine(service, url.text()));
    cli.deliveryAttempts().ifPresent(builder::deliveryAttempts);
    cli.deliveryBackoff().ifPresent(builder::deliveryBackoff);
    cli.deliveryTimeout().ifPresent(builder::deliveryTimeout);
    HyperLocal server = builder.start();
    try {
      cli.domain().ifPresent(domain -> createServices(server, cli, domain));
      return server;
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
  }

  private static void createServices(HyperLocal server, CommandLine cli, String domain) {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    for (Service service : cli.create()) {
      if (!server.services().contains(service)) {
        throw new IllegalArgumentException("service " + service.path() + " is not running");
      }
      ObjectNode body = Json.object();
      if (service == Service.SEARCH) {
        cli.searchFields().forEach(body.putArray("fields")::add);
        cli.searchFields().forEach(body.putArray("storeFields")::add);
      } else if (service == Service.QUEUE) {
        body.put("target", cli.queueTarget().orElseThrow());
        cli.queueSecret().ifPresent(secret -> body.put("secret", secret));
      }
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(server.url() + "/" + service.path() + "/" + domain))
              .header("Content-Type", "application/json")
              .PUT(HttpRequest.BodyPublishers.ofByteArray(Json.MAPPER.writeValueAsBytes(body)));
      cli.appKeys().entrySet().stream()
          .findFirst()
          .ifPresent(
              key ->
                  request.header(
                      "Authorization",
                      "Bearer "
                          + AppKeyAuth.sign(key.getKey(), key.getValue(), Clock.systemUTC())));
      try {
        HttpResponse<String> response =
            client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        // 409: it exists already (a restart on the same --dir), which is what was asked for.
        if (response.statusCode() >= 300 && response.statusCode() != 409) {
          throw new IllegalStateException(
              "creating " + service.path() + "/" + domain + " failed: " + response.body());
        }
      } catch (IOException e) {
        throw new UncheckedIOException("creating " + service.path() + "/" + domain + " failed", e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while creating services", e);
      }
    }
  }
}
