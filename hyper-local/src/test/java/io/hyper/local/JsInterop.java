package io.hyper.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.local.core.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;

/**
 * Runs hyper's official JS client (npm {@code hyper-connect} 0.12.0, installed from the npm
 * registry) against a hyper: the script {@code hyper-local/src/test/js/interop/interop.mjs} drives
 * every service and reports each check; every check must pass. Used against one hyper-local and
 * against several behind a load balancer.
 */
public final class JsInterop {
  /** Every check the script must report as passed: a missing one fails the test too. */
  static final List<String> CHECKS =
      List.of(
          "info.services",
          "data.create",
          "data.add",
          "data.get",
          "data.list",
          "data.update",
          "data.index",
          "data.query",
          "data.bulk",
          "data.remove",
          "cache.create",
          "cache.add",
          "cache.get",
          "cache.set",
          "cache.query",
          "cache.ttl",
          "cache.remove",
          "search.create",
          "search.add",
          "search.get",
          "search.query",
          "search.update",
          "search.load",
          "search.remove",
          "storage.create",
          "storage.upload",
          "storage.download",
          "storage.signedUrl",
          "storage.remove",
          "queue.create",
          "queue.enqueue",
          "queue.errors",
          "queue.queued",
          "destroy.unconfirmed",
          "destroy");

  private final Path source;
  private final Path work;

  /**
   * @param source the directory holding {@code interop.mjs} and its npm lock file
   * @param work where to install and run it (under {@code target/})
   */
  public JsInterop(Path source, Path work) {
    this.source = source;
    this.work = work;
  }

  /** True when {@code node} can be run here. */
  public boolean nodeInstalled() throws InterruptedException {
    return exitCode(List.of("node", "--version"), Path.of("."), work.resolve("node.log")) == 0;
  }

  /**
   * Installs the script, runs it against {@code connectionString} (its services must be creatable
   * there; the queue's deliveries must be retried quickly: 2 attempts, 100 ms backoff) and asserts
   * that every check passed.
   */
  public void assertEveryCheckPasses(String connectionString) throws Exception {
    install();
    Process node =
        new ProcessBuilder("node", "interop.mjs", connectionString)
            .directory(work.toFile())
            .redirectErrorStream(true)
            .start();
    String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(node.waitFor(3, TimeUnit.MINUTES)).as("the script finishes").isTrue();

    Map<String, JsonNode> reported = new LinkedHashMap<>();
    for (String line : output.split("\n")) {
      if (line.startsWith("{\"check\"")) {
        JsonNode result = Json.MAPPER.readTree(line);
        reported.put(result.get("check").asString(), result);
      }
    }
    List<String> failures = new ArrayList<>();
    for (String check : CHECKS) {
      JsonNode result = reported.get(check);
      if (result == null) {
        failures.add(check + ": not run");
      } else if (!result.get("ok").asBoolean()) {
        failures.add(check + ": " + result.get("error").asString());
      }
    }
    assertThat(failures).as("official client checks; script output:%n%s", output).isEmpty();
    assertThat(node.exitValue()).as(output).isZero();
  }

  /** Copies the script and lock file to target/interop and installs them with npm ci. */
  private void install() throws IOException, InterruptedException {
    Files.createDirectories(work);
    for (String file : List.of("package.json", "package-lock.json", "interop.mjs")) {
      Files.copy(source.resolve(file), work.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    }
    Path log = work.resolve("npm.log");
    int npm =
        exitCode(List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"), work, log);
    assertThat(npm)
        .as(
            "npm ci of hyper-connect 0.12.0 in %s:%n%s",
            work.toAbsolutePath(), Files.readString(log))
        .isZero();
  }

  /**
   * Runs a command with its output in {@code log}: output written to this JVM's own stdout would
   * corrupt the channel the test runner reads.
   */
  private static int exitCode(List<String> command, Path dir, Path log)
      throws InterruptedException {
    try {
      Files.createDirectories(log.getParent());
      Process process =
          new ProcessBuilder(command)
              .directory(dir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      if (!process.waitFor(5, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        return -1;
      }
      return process.exitValue();
    } catch (IOException e) {
      return -1;
    }
  }
}
