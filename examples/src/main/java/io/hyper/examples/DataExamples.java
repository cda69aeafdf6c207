package io.hyper.examples;

import static io.hyper.connect.data.Selectors.and;
import static io.hyper.connect.data.Selectors.eq;
import static io.hyper.connect.data.Selectors.gte;
import static io.hyper.examples.Docs.doc;

import io.hyper.connect.Hyper;
import io.hyper.connect.data.ListOptions;
import io.hyper.connect.data.QueryOptions;
import io.hyper.connect.data.SortField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The data service: examples.py's data examples, in the same order. */
final class DataExamples {
  private DataExamples() {}

  static void run(Hyper hyper) {
    Show.heading("data");
    Map<String, Object> movie =
        doc("_id", "movie-5000", "type", "movie", "title", "Back to the Future 2", "year", "1987");
    Show.ok("hyper.data.add", hyper.data().add(movie));
    Show.result(
        "hyper.data.add (again: a conflict is a not-ok result, not an exception)",
        hyper.data().add(movie));

    Show.ok("hyper.data.get", hyper.data().get("movie-5000"));
    Movie typed =
        Show.ok("hyper.data.get as Movie", hyper.data().get("movie-5000")).doc(Movie.class);
    Show.note("typed: " + typed.title() + " (" + typed.year() + ")");
    Show.result("hyper.data.get of a missing id", hyper.data().get("movie-0"));

    Show.ok("hyper.data.bulk (a bookshelf)", hyper.data().bulk(books()));
    Map<String, Object> book =
        doc(
            "_id",
            "book-000100",
            "type",
            "book",
            "name",
            "The Lorax 100",
            "author",
            "Dr. Suess",
            "published",
            "1969");
    Show.ok("hyper.data.update", hyper.data().update("book-000100", book));

    Show.ok(
        "hyper.data.list (range)",
        hyper
            .data()
            .list(ListOptions.builder().startkey("book-000105").endkey("book-000106").build()));
    Show.ok(
        "hyper.data.list (keys)",
        hyper.data().list(ListOptions.builder().keys("book-000105", "book-000106").build()));

    Show.ok(
        "hyper.data.query",
        hyper
            .data()
            .query(
                doc("type", "book"),
                QueryOptions.builder().fields("_id", "name", "published").limit(3).build()));

    Show.ok(
        "hyper.data.index",
        hyper
            .data()
            .index(
                "idx_author_published",
                List.of(SortField.desc("author"), SortField.desc("published"))));
    Show.ok(
        "hyper.data.query (with the index)",
        hyper
            .data()
            .query(
                and(eq("type", "book"), eq("author", "James A. Michener")),
                QueryOptions.builder()
                    .fields("author", "published")
                    .sort(SortField.desc("author"), SortField.desc("published"))
                    .useIndex("idx_author_published")
                    .build()));
    Show.ok(
        "hyper.data.query (selector builder: books from 1960 on)",
        hyper
            .data()
            .query(
                and(eq("type", "book"), gte("published", "1960")),
                QueryOptions.builder().fields("_id").build()));

    Show.ok("hyper.data.bulk", hyper.data().bulk(movies()));
    Show.ok("hyper.data.remove", hyper.data().remove("movie-5000"));

    cleanUp(hyper);
  }

  static List<Map<String, Object>> books() {
    List<Map<String, Object>> books = new ArrayList<>();
    for (int i = 100; i <= 106; i++) {
      books.add(
          doc(
              "_id",
              String.format("book-%06d", i),
              "type",
              "book",
              "name",
              "The Lorax " + i,
              "author",
              "Dr. Suess",
              "published",
              "1969"));
    }
    books.add(
        doc(
            "_id",
            "book-000200",
            "type",
            "book",
            "name",
            "Hawaii",
            "author",
            "James A. Michener",
            "published",
            "1959"));
    books.add(
        doc(
            "_id",
            "book-000201",
            "type",
            "book",
            "name",
            "Texas",
            "author",
            "James A. Michener",
            "published",
            "1985"));
    books.add(
        doc(
            "_id",
            "book-000202",
            "type",
            "book",
            "name",
            "Tales of the South Pacific",
            "author",
            "James A. Michener",
            "published",
            "1947"));
    return books;
  }

  static List<Map<String, Object>> movies() {
    return List.of(
        doc("_id", "movie-6000", "type", "movie", "title", "Jeremiah Johnson", "year", "1972"),
        doc(
            "_id",
            "movie-6001",
            "type",
            "movie",
            "title",
            "Butch Cassidy and the Sundance Kid",
            "year",
            "1969"),
        doc("_id", "movie-6002", "type", "movie", "title", "The Great Gatsby", "year", "1974"),
        doc("_id", "movie-6003", "type", "movie", "title", "The Natural", "year", "1984"),
        doc("_id", "movie-6004", "type", "movie", "title", "The Sting", "year", "1973"));
  }

  /** Removes what the examples wrote, so they run again on the same hyper. */
  private static void cleanUp(Hyper hyper) {
    List<Map<String, Object>> deletions = new ArrayList<>();
    for (List<Map<String, Object>> docs : List.of(books(), movies())) {
      docs.forEach(doc -> deletions.add(doc("_id", doc.get("_id"), "_deleted", true)));
    }
    hyper.data().bulk(deletions).orThrow();
  }
}
