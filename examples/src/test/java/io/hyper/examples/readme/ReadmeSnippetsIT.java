package io.hyper.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.examples.readme.ReadmeBlocks.Block;
import io.hyper.examples.readme.ReadmeBlocks.Kind;
import io.hyper.local.HyperLocal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every {@code java} block of the root README.md, in the order written, compiled and run in one
 * JShell session against an embedded hyper-local (conventions: {@link ReadmeBlocks}).
 *
 * <p>The harness points the README's placeholder address {@code http://localhost:6363} at the
 * embedded server, and writes {@code HYPER=<that server>/movies} into a {@code .env} file of the
 * working directory (Failsafe runs this module in {@code target/readme-cwd}, with any {@code HYPER}
 * of the environment removed), so {@code Hyper.fromEnv()} finds it there. Files a block reads or
 * writes stay in that directory.
 */
class ReadmeSnippetsIT {

  @Test
  void everyJavaBlockOfTheReadmeCompilesAndRuns() throws Exception {
    Path readme = Path.of(System.getProperty("readme.path", "../README.md"));
    Path cwd = Path.of("").toAbsolutePath();
    assertThat(cwd.getFileName())
        .as("working directory (run through Maven: Failsafe sets it to target/readme-cwd)")
        .hasToString("readme-cwd");
    List<Block> blocks = ReadmeBlocks.parse(Files.readString(readme, StandardCharsets.UTF_8));
    long fenced =
        blocks.stream().filter(b -> b.kind() != Kind.GIVEN && b.kind() != Kind.CHECK).count();
    long notRun =
        blocks.stream().filter(b -> b.kind() == Kind.SKIP || b.kind() == Kind.COMPILE_ONLY).count();
    assertThat(fenced).as("java blocks in %s", readme).isGreaterThanOrEqualTo(20);
    assertThat(notRun)
        .as("compile-only and skipped blocks stay rare")
        .isLessThanOrEqualTo(fenced / 4);

    List<String> failures = new ArrayList<>();
    try (HyperLocal local = HyperLocal.builder().deliveryBackoff(Duration.ofMillis(100)).start()) {
      String url = local.url().replaceAll("/$", "");
      Files.writeString(cwd.resolve(".env"), "HYPER=" + url + "/movies\n", StandardCharsets.UTF_8);
      try (SnippetSession session =
          new SnippetSession(code -> code.replace("http://localhost:6363", url))) {
        failures.addAll(session.hoistImports(blocks));
        for (Block block : blocks) {
          List<String> failed = session.run(block);
          System.out.printf(
              "README.md:%d %s%s%n",
              block.line(),
              block.kind().name().toLowerCase().replace('_', '-'),
              failed.isEmpty() ? "" : " FAILED");
          failures.addAll(failed);
        }
      }
    }

    assertThat(failures).as("README snippets that failed").isEmpty();
  }
}
