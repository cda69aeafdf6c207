package io.hyper.examples;

import static io.hyper.examples.Docs.doc;

import io.hyper.connect.DocResult;
import io.hyper.connect.Hyper;
import io.hyper.connect.IdResult;
import io.hyper.connect.OkResult;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * examples_async.py in Java: every action has an {@code …Async} twin returning a {@code
 * CompletableFuture}, and futures compose into flows.
 */
final class AsyncExamples {
  private AsyncExamples() {}

  static void run(Hyper hyper) {
    Show.heading("async");
    Map<String, Object> movie =
        doc("_id", "movie-5001", "type", "movie", "title", "Back to the Future 3", "year", "1989");

    IdResult added = hyper.data().async().add(movie).join();
    Show.ok("hyper.data.addAsync", added);

    // data_cache_compose: add to data, then cache what was added, in one flow.
    OkResult cached =
        hyper
            .data()
            .async()
            .get(added.id())
            .thenCompose(got -> hyper.cache().async().add(added.id(), got.doc(), "1d"))
            .join();
    Show.ok("hyper data and cache addAsync, composed", cached);

    // Fan out: three writes in flight at once, then one query when all are done.
    List<CompletableFuture<IdResult>> writes =
        List.of(
            hyper.data().async().add(doc("_id", "movie-7001", "type", "movie", "title", "Alien")),
            hyper.data().async().add(doc("_id", "movie-7002", "type", "movie", "title", "Aliens")),
            hyper
                .data()
                .async()
                .add(doc("_id", "movie-7003", "type", "movie", "title", "Alien 3")));
    CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)).join();
    writes.forEach(write -> Show.ok("hyper.data.addAsync (fan-out)", write.join()));
    Show.ok(
        "hyper.data.queryAsync",
        hyper.data().async().query(doc("title", doc("$regex", "^Alien"))).join());

    // A 404 is a result, not a failed future: check ok() as with the sync calls.
    DocResult missing = hyper.data().async().get("movie-0").join();
    Show.result("hyper.data.getAsync of a missing id", missing);

    // Clean up, in parallel.
    CompletableFuture.allOf(
            hyper.data().async().remove("movie-5001"),
            hyper.data().async().remove("movie-7001"),
            hyper.data().async().remove("movie-7002"),
            hyper.data().async().remove("movie-7003"),
            hyper.cache().async().remove("movie-5001"))
        .join();
    Show.note("removed the async examples' documents");
  }
}
