package io.hyper.examples;

import io.hyper.connect.Hyper;
import io.hyper.local.HyperLocal;
import java.time.Duration;
import java.util.List;

/**
 * Runs every example. With the environment variable {@code HYPER} set to a connection string it
 * uses that hyper; without it, it starts an embedded, in-memory hyper-local.
 *
 * <pre>{@code ./mvnw -q -pl examples -am compile exec:java}</pre>
 */
public final class Examples {
  private Examples() {}

  /** Runs the examples; exits with status 1 when one of them fails. */
  public static void main(String[] args) {
    String connectionString = System.getenv(Hyper.ENV);
    boolean embedded = connectionString == null || connectionString.isBlank();
    // A short queue backoff, so that the failing job of the queue example is ERROR quickly.
    HyperLocal local =
        embedded ? HyperLocal.builder().deliveryBackoff(Duration.ofMillis(200)).start() : null;
    // One Hyper for the whole program, closed at the end (it owns an HTTP client and threads).
    try (Hyper hyper =
        embedded ? Hyper.connect(local.connectionString("examples")) : Hyper.fromEnv()) {
      System.out.println(
          embedded
              ? "hyper-connect examples against an embedded hyper-local at " + local.url()
              : "hyper-connect examples against " + hyper.connectionString());
      run(hyper, embedded);
      System.out.println();
      System.out.println("All examples ran.");
    } catch (RuntimeException e) {
      System.err.println("An example failed: " + e);
      System.exit(1);
    } finally {
      if (local != null) {
        local.close();
      }
    }
  }

  /**
   * Runs every group of examples against {@code hyper}.
   *
   * @param local whether hyper runs on this machine, so that it can deliver queue jobs to a worker
   *     listening on 127.0.0.1
   */
  static void run(Hyper hyper, boolean local) {
    InfoExamples.run(hyper);
    Setup.services(hyper);
    for (Runnable group :
        List.<Runnable>of(
            () -> DataExamples.run(hyper),
            () -> CacheExamples.run(hyper),
            () -> SearchExamples.run(hyper),
            () -> StorageExamples.run(hyper),
            () -> StreamingExample.run(hyper),
            () -> AsyncExamples.run(hyper))) {
      group.run();
    }
    if (local) {
      QueueExamples.run(hyper);
    } else {
      Show.heading("queue");
      Show.note("skipped: a remote hyper cannot deliver jobs to a worker on 127.0.0.1");
    }
  }
}
