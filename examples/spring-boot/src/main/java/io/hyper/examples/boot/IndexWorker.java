package io.hyper.examples.boot;

import io.hyper.connect.Hyper;
import io.hyper.connect.OkResult;
import io.hyper.spring.boot.webhook.HyperWebhook;
import org.springframework.stereotype.Component;

/**
 * The queue worker: hyper delivers each {@link IndexJob} to {@code POST /jobs}, where the starter
 * checks its signature before this method runs. Throwing makes the delivery fail, and hyper retries
 * it.
 */
@Component
public class IndexWorker {
  private final Hyper hyper;

  /**
   * Creates the worker.
   *
   * @param hyper the auto-configured connection
   */
  public IndexWorker(Hyper hyper) {
    this.hyper = hyper;
  }

  /**
   * Indexes a movie for search; a retried delivery updates the entry instead.
   *
   * @param job the verified job
   */
  @HyperWebhook("/jobs")
  public void index(IndexJob job) {
    Movie movie = hyper.data().get(job.movieId()).orThrow().doc(Movie.class);
    OkResult added = hyper.search().add(job.movieId(), movie);
    if (added.status() == 409) {
      hyper.search().update(job.movieId(), movie).orThrow();
    } else {
      added.orThrow();
    }
  }
}
