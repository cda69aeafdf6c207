package io.hyper.examples;

import static io.hyper.examples.Docs.doc;

import io.hyper.connect.Hyper;
import io.hyper.connect.search.SearchQueryOptions;
import java.util.List;
import java.util.Map;

/** The search service: add, get, update, query, load, remove. */
final class SearchExamples {
  private SearchExamples() {}

  static void run(Hyper hyper) {
    Show.heading("search");
    Map<String, Object> movie =
        doc("_id", "movie-5000", "type", "movie", "title", "Back to the Future 2", "year", "1987");
    Show.ok("hyper.search.add", hyper.search().add("movie-5000", movie));
    Show.ok("hyper.search.get", hyper.search().get("movie-5000"));
    Show.ok(
        "hyper.search.update",
        hyper
            .search()
            .update(
                "movie-5000",
                doc(
                    "_id",
                    "movie-5000",
                    "type",
                    "movie",
                    "title",
                    "Back to the Future 2",
                    "year",
                    "1988")));

    List<Map<String, Object>> docs =
        List.of(
            doc("_id", "movie-102", "type", "movie", "title", "Back to the Future", "year", "1985"),
            doc("_id", "movie-104", "type", "movie", "title", "Full Metal Jacket", "year", "1987"),
            doc("_id", "movie-105", "type", "movie", "title", "Predator", "year", "1987"),
            doc("_id", "album-1", "type", "album", "title", "Back in Black", "year", "1980"));
    Show.ok("hyper.search.load", hyper.search().load(docs));

    Show.ok("hyper.search.query", hyper.search().query("Future"));
    Show.ok(
        "hyper.search.query (title only, movies only)",
        hyper
            .search()
            .query(
                "back",
                SearchQueryOptions.builder()
                    .fields(List.of("title"))
                    .filter(doc("type", "movie"))
                    .build()));

    for (String key : List.of("movie-5000", "movie-102", "movie-104", "movie-105", "album-1")) {
      Show.ok("hyper.search.remove " + key, hyper.search().remove(key));
    }
  }
}
