package io.hyper.connect.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Uploads and downloads a 512 MiB object through a local server in a JVM whose heap is capped at
 * 128 MiB, so neither direction can hold the object in memory; both ends check size and SHA-256.
 *
 * <p>The transfer runs in a forked JVM ({@link StreamingTransfer}) with {@code -Xmx128m}, so the
 * cap holds however this test is started (Maven, an IDE) and nothing else shares that heap; an
 * out-of-memory error anywhere in it ends it at once with a non-zero exit code. The default request
 * timeout (30 s) stays in force: uploads must not be bounded by it.
 */
class StorageStreamingIT {
  private static final long SIZE = 512L << 20;
  private static final long HEAP_CAP = 128L << 20;

  @TempDir Path dir;

  @Test
  void a512MiBObjectStreamsBothWaysThroughA128MiBHeap() throws IOException, InterruptedException {
    Path output = dir.resolve("transfer.txt");
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m",
                "-XX:+ExitOnOutOfMemoryError",
                "-cp",
                System.getProperty("java.class.path"),
                StreamingTransfer.class.getName(),
                Long.toString(SIZE))
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    boolean finished = process.waitFor(5, TimeUnit.MINUTES);
    if (!finished) {
      process.destroyForcibly();
    }
    List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);

    assertThat(finished).as("transfer finished within 5 minutes; output: %s", lines).isTrue();
    assertThat(process.exitValue()).as("exit code; output: %s", lines).isZero();
    Map<String, String> report = new LinkedHashMap<>();
    for (String line : lines) {
      int space = line.indexOf(' ');
      if (space > 0) {
        report.put(line.substring(0, space), line.substring(space + 1));
      }
    }
    assertThat(Long.parseLong(report.get("max-heap"))).isLessThanOrEqualTo(HEAP_CAP);
    assertThat(report).containsEntry("upload-status", "201");
    assertThat(report).containsEntry("upload-content-type", "application/octet-stream");
    String sent = report.get("client-sent");
    assertThat(sent).startsWith(SIZE + " ").hasSize(Long.toString(SIZE).length() + 1 + 64);
    assertThat(report)
        .containsEntry("server-received", sent)
        .containsEntry("server-sent", sent)
        .containsEntry("client-received", sent);
  }
}
