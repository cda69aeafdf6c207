package io.hyper.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * hyper-local in a JVM of its own ({@code java -cp <test classpath> io.hyper.local.Main}), as a
 * user runs the jar, for tests that kill it or that need a second process.
 */
public final class ChildServer implements AutoCloseable {
  private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");
  private static final String DEFAULT_HEAP = "-Xmx256m";

  private final Process process;
  private final String url;

  private ChildServer(Process process, String url) {
    this.process = process;
    this.url = url;
  }

  /**
   * Starts {@code Main} with {@code flags} (and a 256 MiB heap) and waits until it prints its URL.
   *
   * @throws AssertionError when it exits before that, with what it printed
   */
  public static ChildServer start(String... flags) {
    return start(List.of(DEFAULT_HEAP), flags);
  }

  /**
   * Starts {@code Main} in a JVM with {@code jvmOptions} (e.g. {@code -Xmx128m}) and {@code flags},
   * and waits until it prints its URL. The JVM exits on an {@code OutOfMemoryError}.
   *
   * @throws AssertionError when it exits before that, with what it printed
   */
  public static ChildServer start(List<String> jvmOptions, String... flags) {
    Process process = launch(jvmOptions, flags);
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    try {
      for (String line; (line = out.readLine()) != null; ) {
        seen.append(line).append('\n');
        Matcher m = LISTENING.matcher(line);
        if (m.find()) {
          drain(out);
          return new ChildServer(process, m.group(1));
        }
      }
    } catch (IOException e) {
      process.destroyForcibly();
      throw new UncheckedIOException(e);
    }
    throw new AssertionError("hyper-local exited before listening:\n" + seen);
  }

  /** Runs {@code Main} with {@code flags} to its end (at most 60 s): its exit status and output. */
  public static Finished run(String... flags) throws InterruptedException {
    Process process = launch(List.of(DEFAULT_HEAP), flags);
    try {
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        throw new AssertionError("hyper-local did not exit:\n" + output);
      }
      return new Finished(process.exitValue(), output);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      process.destroyForcibly();
    }
  }

  /** How a run ended. */
  public record Finished(int status, String output) {}

  /** Its base URL. */
  public String url() {
    return url;
  }

  /** True while its process runs. */
  public boolean alive() {
    return process.isAlive();
  }

  /** Its process id. */
  public long pid() {
    return process.pid();
  }

  /** Kills it the hard way ({@code SIGKILL} on Linux and macOS) and waits until it is gone. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new AssertionError("hyper-local " + process.pid() + " survived SIGKILL");
    }
  }

  /** Stops it the polite way (shutdown hooks run), or kills it after 30 s. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (process.waitFor(30, TimeUnit.SECONDS)) {
        return;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    process.destroyForcibly();
  }

  private static Process launch(List<String> jvmOptions, String... flags) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-XX:+ExitOnOutOfMemoryError");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(flags));
    try {
      return new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Keeps the child's output pipe empty so that it never blocks on a full pipe. */
  private static void drain(BufferedReader out) {
    Thread drain =
        new Thread(
            () -> {
              try {
                while (out.readLine() != null) {
                  // discard
                }
              } catch (IOException e) {
                // the process is gone
              }
            },
            "child-server-output");
    drain.setDaemon(true);
    drain.start();
  }
}
