package io.hyper.junit;

import io.hyper.local.HyperLocal;
import io.hyper.local.Service;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Several hyper-local processes on the same engines behind nginx, which sends each request to the
 * next one in turn: what a team runs once one machine is not enough, for tests and load tests of
 * that shape ({@link HyperExtension} uses it for {@code -Dhyper.junit.instances}). The processes
 * run {@code io.hyper.local.Main} from this JVM's class path, so the engines' modules on the class
 * path are theirs too; nginx must be installed. nginx never re-sends a request to another instance
 * ({@code proxy_next_upstream off}), and streams bodies both ways without buffering them.
 *
 * <pre>{@code
 * try (ScaledOut fleet = ScaledOut.start(3, Map.of(Service.DATA, "postgres://…"), Map.of(), List.of())) {
 *   Hyper hyper = Hyper.connect(fleet.url() + "/app");
 * }
 * }</pre>
 */
public final class ScaledOut implements AutoCloseable {
  private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");
  private static final Duration START = Duration.ofSeconds(90);
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private final Path dir;
  private final Optional<HyperLocal> local;
  private final List<Instance> instances;
  private final Process balancer;
  private final String url;

  private ScaledOut(
      Path dir,
      Optional<HyperLocal> local,
      List<Instance> instances,
      Process balancer,
      String url) {
    this.dir = dir;
    this.local = local;
    this.instances = instances;
    this.balancer = balancer;
    this.url = url;
  }

  /** One hyper-local process. */
  public static final class Instance {
    private final Process process;
    private final String url;

    private Instance(Process process, String url) {
      this.process = process;
      this.url = url;
    }

    /** Its own address, bypassing the balancer. */
    public String url() {
      return url;
    }

    /** Its process id. */
    public long pid() {
      return process.pid();
    }

    /** True while it runs. */
    public boolean alive() {
      return process.isAlive();
    }

    /** Kills it with {@code SIGKILL}, as a crash would, and waits until it is gone. */
    public void kill() {
      process.destroyForcibly();
      await(process);
    }

    private void stop() {
      process.destroy();
      try {
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        process.destroyForcibly();
      }
    }
  }

  /**
   * Starts {@code processes} hyper-local processes on the given engines and nginx in front of them.
   *
   * @param engines the engine URL of each service that has one ({@code postgres://…}); a service
   *     left out runs on its embedded engine in each process, which the processes then do not share
   * @param appKeys the app keys every process requires ({@code key → secret}); none for auth off
   * @param flags more flags for every process ({@code --delivery-attempts 2})
   */
  public static ScaledOut start(
      int processes,
      Map<Service, String> engines,
      Map<String, String> appKeys,
      List<String> flags) {
    if (processes < 1) {
      throw new IllegalArgumentException("processes must be 1 or more, was " + processes);
    }
    return start(Optional.empty(), processes, new Deployment(engines, processes), appKeys, flags);
  }

  /**
   * Starts {@code processes} hyper-local processes, plus the server {@code inProcess} builds if
   * given, all on {@code deployment}'s engines, and nginx in front of them.
   *
   * @param inProcess a builder for a server in this JVM (its engines, public URL and keys are set
   *     here), or empty for processes only
   * @param flags more flags for every process ({@code --delivery-attempts 2})
   */
  static ScaledOut start(
      Optional<HyperLocal.Builder> inProcess,
      int processes,
      Deployment deployment,
      Map<String, String> appKeys,
      List<String> flags) {
    Path dir = workDirectory();
    int port = freePort();
    String url = "http://127.0.0.1:" + port;
    Optional<HyperLocal> local = Optional.empty();
    List<Instance> instances = new ArrayList<>();
    // One signing key for the fleet: a URL one instance signs is then good on every other.
    String signingKey =
        java.util.HexFormat.of().formatHex(new java.security.SecureRandom().generateSeed(24));
    try {
      if (inProcess.isPresent()) {
        HyperLocal.Builder builder = inProcess.get().publicUrl(url).signingKey(signingKey);
        deployment.engines().forEach(builder::engine);
        appKeys.forEach(builder::appKey);
        local = Optional.of(builder.start());
      }
      for (int i = 1; i <= processes; i++) {
        instances.add(
            launch(
                dir.resolve("instance-" + i + ".log"),
                url,
                signingKey,
                deployment,
                appKeys,
                flags));
      }
      List<String> upstreams = new ArrayList<>();
      local.ifPresent(l -> upstreams.add(l.url()));
      instances.forEach(i -> upstreams.add(i.url()));
      Process balancer = nginx(dir, port, upstreams);
      return new ScaledOut(dir, local, instances, balancer, url);
    } catch (RuntimeException | Error e) {
      instances.forEach(Instance::stop);
      local.ifPresent(HyperLocal::close);
      throw e;
    }
  }

  /** The balancer's address: what clients use ({@code http://127.0.0.1:<port>}). */
  public String url() {
    return url;
  }

  /** The in-process server, if one was asked for. */
  Optional<HyperLocal> local() {
    return local;
  }

  /** The hyper-local processes, in start order. */
  public List<Instance> instances() {
    return List.copyOf(instances);
  }

  /** Where the processes' and nginx's logs are. */
  public Path logs() {
    return dir;
  }

  /** Stops nginx and every instance (the in-process one last). */
  @Override
  public void close() {
    balancer.destroy();
    await(balancer);
    instances.forEach(Instance::stop);
    local.ifPresent(HyperLocal::close);
  }

  private static Instance launch(
      Path log,
      String publicUrl,
      String signingKey,
      Deployment deployment,
      Map<String, String> appKeys,
      List<String> flags) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-Xmx256m", "-XX:+ExitOnOutOfMemoryError"));
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.hyper.local.Main"));
    command.addAll(
        List.of("--host", "127.0.0.1", "--port", "0", "--memory", "--public-url", publicUrl));
    for (Map.Entry<Service, String> engine : deployment.engines().entrySet()) {
      command.add("--" + engine.getKey().name().toLowerCase(Locale.ROOT));
      command.add(engine.getValue());
    }
    appKeys.forEach((key, secret) -> command.addAll(List.of("--app-key", key + ":" + secret)));
    command.addAll(flags);
    try {
      ProcessBuilder builder =
          new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
      builder.environment().put("HYPER_LOCAL_SIGNING_KEY", signingKey);
      Process process = builder.start();
      Instant deadline = Instant.now().plus(START);
      while (Instant.now().isBefore(deadline)) {
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Matcher m = LISTENING.matcher(output);
        if (m.find()) {
          return new Instance(process, m.group(1));
        }
        if (!process.isAlive()) {
          throw new IllegalStateException("a hyper-local process exited at start:\n" + output);
        }
        Thread.sleep(100);
      }
      process.destroyForcibly();
      throw new IllegalStateException(
          "a hyper-local process did not start in " + START + "; see " + log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting hyper-local", e);
    }
  }

  private static Process nginx(Path dir, int port, List<String> upstreams) {
    StringBuilder servers = new StringBuilder();
    upstreams.forEach(u -> servers.append("    server ").append(u.substring(7)).append(";\n"));
    boolean root = "root".equals(System.getProperty("user.name"));
    String conf =
        (root ? "user root;\n" : "")
            + "worker_processes 1;\n"
            + "daemon off;\n"
            + "pid nginx.pid;\n"
            + "error_log nginx-error.log warn;\n"
            + "events { worker_connections 1024; }\n"
            + "http {\n"
            + "  access_log off;\n"
            + "  client_max_body_size 0;\n"
            + "  client_body_temp_path tmp/body;\n"
            + "  proxy_temp_path tmp/proxy;\n"
            + "  fastcgi_temp_path tmp/fastcgi;\n"
            + "  uwsgi_temp_path tmp/uwsgi;\n"
            + "  scgi_temp_path tmp/scgi;\n"
            + "  upstream hyper {\n"
            + servers
            + "    keepalive 32;\n"
            + "  }\n"
            + "  server {\n"
            + "    listen 127.0.0.1:"
            + port
            + ";\n"
            + "    location / {\n"
            + "      proxy_pass http://hyper;\n"
            + "      proxy_http_version 1.1;\n"
            + "      proxy_set_header Connection \"\";\n"
            + "      proxy_set_header Host $http_host;\n"
            + "      proxy_request_buffering off;\n"
            + "      proxy_buffering off;\n"
            + "      proxy_next_upstream off;\n"
            + "      proxy_read_timeout 300s;\n"
            + "      proxy_send_timeout 300s;\n"
            + "    }\n"
            + "  }\n"
            + "}\n";
    try {
      Files.createDirectories(dir.resolve("tmp"));
      Files.writeString(dir.resolve("nginx.conf"), conf, StandardCharsets.UTF_8);
      Process nginx =
          new ProcessBuilder(nginxBinary(), "-p", dir.toString(), "-c", "nginx.conf")
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("nginx.out").toFile())
              .start();
      Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
      while (Instant.now().isBefore(deadline)) {
        if (!nginx.isAlive()) {
          throw new IllegalStateException(
              "nginx exited at start: " + Files.readString(dir.resolve("nginx.out")));
        }
        try (Socket socket = new Socket()) {
          socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
          return nginx;
        } catch (IOException notYet) {
          Thread.sleep(100);
        }
      }
      nginx.destroyForcibly();
      throw new IllegalStateException("nginx did not listen on " + port + " in 30 s");
    } catch (IOException e) {
      throw new IllegalStateException(
          "hyper.junit.instances needs nginx as the load balancer (apt-get install nginx): "
              + e.getMessage(),
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting nginx", e);
    }
  }

  private static String nginxBinary() {
    for (String candidate : List.of("/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx")) {
      if (Files.isExecutable(Path.of(candidate))) {
        return candidate;
      }
    }
    return "nginx";
  }

  private static Path workDirectory() {
    try {
      Path base =
          Files.isDirectory(Path.of("target"))
              ? Path.of("target")
              : Path.of(System.getProperty("java.io.tmpdir"));
      return Files.createDirectories(
              base.resolve("hyper-junit-scaled-out")
                  .resolve(ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet()))
          .toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void await(Process process) {
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("process " + process.pid() + " did not end in 30 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
