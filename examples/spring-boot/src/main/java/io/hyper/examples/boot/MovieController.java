package io.hyper.examples.boot;

import io.hyper.connect.DocResult;
import io.hyper.connect.Hyper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Movies over hyper: {@code POST /movies} stores one in data and enqueues its indexing; {@code GET
 * /movies/{id}} reads through the cache; {@code GET /movies/search?q=} asks search.
 */
@RestController
@RequestMapping("/movies")
public class MovieController {
  private static final Duration CACHED_FOR = Duration.ofMinutes(5);

  private final Hyper hyper;

  /**
   * Creates the controller.
   *
   * @param hyper the auto-configured connection
   */
  public MovieController(Hyper hyper) {
    this.hyper = hyper;
  }

  /**
   * Stores a movie and enqueues a job that indexes it for search.
   *
   * @param movie the movie (without an id)
   * @return 201 with the new id
   */
  @PostMapping
  public ResponseEntity<Map<String, String>> add(@RequestBody Movie movie) {
    String id = hyper.data().add(movie.withId(null)).orThrow().id();
    hyper.queue().enqueue(new IndexJob(id)).orThrow();
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", id));
  }

  /**
   * Reads a movie: from the cache when it is there ({@code X-Cache: HIT}), else from data, then
   * caches it for five minutes ({@code X-Cache: MISS}).
   *
   * @param id the movie's id
   * @return the movie, or 404
   */
  @GetMapping("/{id}")
  public ResponseEntity<Movie> get(@PathVariable("id") String id) {
    String key = "movie-" + id;
    DocResult cached = hyper.cache().get(key);
    if (cached.ok()) {
      return ResponseEntity.ok().header("X-Cache", "HIT").body(cached.doc(Movie.class));
    }
    DocResult stored = hyper.data().get(id);
    if (!stored.ok()) {
      return ResponseEntity.notFound().build();
    }
    Movie movie = stored.doc(Movie.class);
    hyper.cache().set(key, movie, CACHED_FOR).orThrow();
    return ResponseEntity.ok().header("X-Cache", "MISS").body(movie);
  }

  /**
   * Searches titles and descriptions.
   *
   * @param q the words to look for
   * @return the matching movies' stored fields
   */
  @GetMapping("/search")
  public List<Map<String, Object>> search(@RequestParam("q") String q) {
    return hyper.search().query(q).orThrow().matches();
  }
}
