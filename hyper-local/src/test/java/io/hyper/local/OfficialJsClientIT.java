package io.hyper.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hyper.local.core.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * hyper's official JS client (npm {@code hyper-connect} 0.12.0, installed from the npm registry by
 * this test) drives every service of a hyper-local with auth on; {@code src/test/js/interop} holds
 * the script and its assertions. Skipped, saying so, only where Node.js is not installed.
 */
class OfficialJsClientIT {
  private static final Path SOURCE = Path.of("src", "test", "js", "interop");
  private static final Path WORK = Path.of("target", "interop");

  /** Every check the script must report as passed: a missing one fails the test too. */
  private static final List<String> CHECKS =
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

  @Test
  void officialClientPassesEveryCheckAgainstHyperLocal() throws Exception {
    assumeTrue(
        exitCode(List.of("node", "--version"), Path.of("."), WORK.resolve("node.log")) == 0,
        "Node.js is not installed: skipping the interop test with hyper's official JS client");
    install();
    try (HyperLocal hyper =
        HyperLocal.builder()
            .appKey("interop-key", "interop-secret")
            .deliveryAttempts(2)
            .deliveryBackoff(Duration.ofMillis(100))
            .start()) {
      Process node =
          new ProcessBuilder("node", "interop.mjs", hyper.connectionString("interop"))
              .directory(WORK.toFile())
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
  }

  /** Copies the script and lock file to target/interop and installs them with npm ci. */
  private static void install() throws IOException, InterruptedException {
    Files.createDirectories(WORK);
    for (String file : List.of("package.json", "package-lock.json", "interop.mjs")) {
      Files.copy(SOURCE.resolve(file), WORK.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    }
    Path log = WORK.resolve("npm.log");
    int npm =
        exitCode(List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"), WORK, log);
    assertThat(npm)
        .as(
            "npm ci of hyper-connect 0.12.0 in %s:%n%s",
            WORK.toAbsolutePath(), Files.readString(log))
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
