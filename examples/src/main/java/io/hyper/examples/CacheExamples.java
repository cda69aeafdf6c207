package io.hyper.examples;

import static io.hyper.examples.Docs.doc;

import io.hyper.connect.Hyper;
import java.time.Duration;
import java.util.Map;

/** The cache service: add with a ttl, get, set, query by pattern, remove. */
final class CacheExamples {
  private CacheExamples() {}

  static void run(Hyper hyper) {
    Show.heading("cache");
    Map<String, Object> movie =
        doc("_id", "movie-5000", "type", "movie", "title", "Back to the Future 2", "year", "1987");
    Show.ok("hyper.cache.add", hyper.cache().add("movie-5000", movie, "1w"));
    Show.ok(
        "hyper.cache.add (ttl as a Duration)",
        hyper.cache().add("movie-5001", movie, Duration.ofDays(1)));
    Show.ok("hyper.cache.get", hyper.cache().get("movie-5000"));

    Map<String, Object> changed =
        doc("_id", "movie-5000", "type", "movie", "title", "Back to the Future 2", "year", "1988");
    Show.ok("hyper.cache.set", hyper.cache().set("movie-5000", changed, "1w"));
    Show.ok("hyper.cache.query", hyper.cache().query("movie-500*"));

    Show.ok("hyper.cache.remove", hyper.cache().remove("movie-5000"));
    Show.ok("hyper.cache.remove", hyper.cache().remove("movie-5001"));
    Show.result("hyper.cache.get after remove", hyper.cache().get("movie-5000"));
    try {
      hyper.cache().add("Not A Key", movie);
    } catch (IllegalArgumentException e) {
      Show.note("rejected before sending: " + e.getMessage());
    }
  }
}
