package io.hyper.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The documents, selectors and values every benchmark sends, once as JSON text for hand-built
 * requests and once as the {@code Map}s an SDK user would pass, so both sides send the same bytes.
 */
final class Workload {
  /** Documents seeded for reads: {@code movie-0} … {@code movie-999}. */
  static final int SEEDED = 1000;

  /** The domain reads go to (seeded); writes go to {@link #WRITES}, so reads see a fixed table. */
  static final String READS = "reads";

  /** The domain data writes go to. */
  static final String WRITES = "writes";

  /** The cache store, search index, storage bucket and queue name. */
  static final String NAME = "bench";

  /** A movie without {@code _id}: the server generates one. */
  static final Map<String, Object> MOVIE =
      Map.of("type", "movie", "title", "Dune", "year", 2021, "tags", List.of("scifi", "desert"));

  /** {@link #MOVIE} as JSON. */
  static final byte[] MOVIE_JSON =
      utf8("{\"type\":\"movie\",\"title\":\"Dune\",\"year\":2021,\"tags\":[\"scifi\",\"desert\"]}");

  /** The selector of the data query: movies from 2000 on (about a third of the seeded ones). */
  static final Map<String, Object> SELECTOR = Map.of("type", "movie", "year", Map.of("$gte", 2000));

  /** How many documents a data query or list asks for. */
  static final int LIMIT = 10;

  /** The body of the data query, as the SDK sends it. */
  static final byte[] QUERY_JSON =
      utf8("{\"selector\":{\"type\":\"movie\",\"year\":{\"$gte\":2000}},\"limit\":" + LIMIT + "}");

  /** A cache value. */
  static final Map<String, Object> VALUE = Map.of("title", "Dune", "year", 2021, "hits", 42);

  /** {@link #VALUE} as JSON. */
  static final byte[] VALUE_JSON = utf8("{\"title\":\"Dune\",\"year\":2021,\"hits\":42}");

  /** A search document. */
  static final byte[] SEARCH_ADD_JSON =
      utf8(
          "{\"key\":\"%s\",\"doc\":{\"title\":\"Dune\",\"body\":\"a desert planet, spice and"
              + " sandworms\"}}");

  /** The body of the search query. */
  static final byte[] SEARCH_QUERY_JSON = utf8("{\"query\":\"desert\"}");

  /** A queue job. */
  static final byte[] JOB_JSON = utf8("{\"type\":\"email\",\"to\":\"someone@example.com\"}");

  private Workload() {}

  /** The seeded document number {@code n}: years 1950…2024, three movies in four. */
  static Map<String, Object> seededMovie(int n) {
    return Map.of(
        "_id",
        "movie-" + n,
        "type",
        n % 4 == 3 ? "album" : "movie",
        "title",
        "Title " + n,
        "year",
        1950 + n % 75);
  }

  /** The id of a seeded document or cache key: {@code movie-<n % SEEDED>}. */
  static String seededId(int n) {
    return "movie-" + Math.floorMod(n, SEEDED);
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
