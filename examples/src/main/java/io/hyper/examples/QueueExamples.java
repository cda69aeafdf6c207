package io.hyper.examples;

import static io.hyper.examples.Docs.doc;

import io.hyper.connect.Hyper;
import io.hyper.connect.queue.JobsResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** The queue service: a worker receives signed jobs; failed ones show up in errors(). */
final class QueueExamples {
  private QueueExamples() {}

  static void run(Hyper hyper) {
    Show.heading("queue");
    String secret = "a-secret-the-worker-knows";
    try (QueueWorker worker = new QueueWorker(secret)) {
      Show.ok("hyper.queue.create", hyper.queue().create(worker.url(), secret));
      Show.ok(
          "hyper.queue.enqueue",
          hyper.queue().enqueue(doc("type", "MOVIE_ADDED", "id", "movie-5000")));
      Show.ok(
          "hyper.queue.enqueue",
          hyper.queue().enqueue(doc("type", "MOVIE_ADDED", "id", "movie-5001")));
      Show.ok(
          "hyper.queue.enqueue (a job the worker fails)",
          hyper.queue().enqueue(doc("type", "BROKEN", "fail", true)));

      await("two jobs delivered", () -> worker.done().size() == 2, Duration.ofSeconds(20));
      Show.ok("hyper.queue.queued", hyper.queue().queued());
      await(
          "the failing job to be marked ERROR",
          () -> !hyper.queue().errors().jobs().isEmpty(),
          Duration.ofSeconds(30));
      JobsResult errors = Show.ok("hyper.queue.errors", hyper.queue().errors());
      Show.note(
          "job "
              + errors.jobs().get(0).id()
              + " failed: "
              + errors.jobs().get(0).error().map(Object::toString).orElse("-"));
      Show.ok("hyper.queue.destroy", hyper.queue().destroy(true));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void await(String what, BooleanSupplier condition, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("timed out waiting for " + what);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
