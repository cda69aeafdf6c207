package io.hyper.benchmarks;

import com.sun.net.httpserver.HttpServer;
import io.hyper.connect.Hyper;
import io.hyper.connect.OkResult;
import io.hyper.connect.Result;
import io.hyper.local.HyperLocal;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * An in-process hyper-local on 127.0.0.1 with every service seeded for the benchmarks: data domain
 * {@code reads} with {@value Workload#SEEDED} documents and an empty {@code writes}; cache store,
 * search index, storage bucket and queue named {@code bench}, each with something to read; and a
 * queue target that answers 200 to every delivery.
 */
final class Fixture implements AutoCloseable {
  /** The size of the object downloaded by the storage route: 1 MiB. */
  static final int OBJECT_SIZE = 1 << 20;

  private final HyperLocal hyper;
  private final HttpServer queueTarget;
  private final Optional<Path> dir;

  private Fixture(HyperLocal hyper, HttpServer queueTarget, Optional<Path> dir) {
    this.hyper = hyper;
    this.queueTarget = queueTarget;
    this.dir = dir;
  }

  /** The app key of {@link #start(Store, boolean)} with auth on. */
  static final String APP_KEY = "bench-key";

  /**
   * Starts hyper-local without auth and seeds it.
   *
   * @param store in memory or in a fresh temporary directory
   * @return the running fixture
   */
  static Fixture start(Store store) {
    return start(store, false);
  }

  /**
   * Starts hyper-local and seeds it.
   *
   * @param store in memory or in a fresh temporary directory
   * @param auth whether every request needs a token signed with {@link #APP_KEY}'s secret
   * @return the running fixture
   */
  static Fixture start(Store store, boolean auth) {
    try {
      Optional<Path> dir =
          store == Store.DIR
              ? Optional.of(Files.createTempDirectory("hyper-bench-"))
              : Optional.empty();
      HyperLocal.Builder builder = HyperLocal.builder();
      dir.ifPresent(builder::dataDir);
      if (auth) {
        builder.appKey(APP_KEY, "bench-secret-" + System.nanoTime());
      }
      HyperLocal hyper = builder.start();
      HttpServer target = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      target.createContext(
          "/",
          exchange -> {
            exchange.getRequestBody().transferTo(OutputStream.nullOutputStream());
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
          });
      target.start();
      Fixture fixture = new Fixture(hyper, target, dir);
      fixture.seed();
      return fixture;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The base URL, e.g. {@code http://127.0.0.1:40123}. */
  String url() {
    return hyper.url();
  }

  /** A connection string for {@code domain}, with the app key's credentials when auth is on. */
  String connectionString(String domain) {
    return hyper.connectionString(domain);
  }

  /** Stops the queue target and hyper-local and deletes the data directory, if any. */
  @Override
  public void close() {
    hyper.close();
    queueTarget.stop(0);
    dir.ifPresent(Fixture::deleteTree);
  }

  private void seed() {
    Hyper reads = Hyper.connect(hyper.connectionString(Workload.READS));
    ok(reads.data().create());
    List<Map<String, Object>> docs = new ArrayList<>();
    for (int n = 0; n < Workload.SEEDED; n++) {
      docs.add(Workload.seededMovie(n));
    }
    ok(reads.data().bulk(docs));
    ok(Hyper.connect(hyper.connectionString(Workload.WRITES)).data().create());

    Hyper bench = Hyper.connect(hyper.connectionString(Workload.NAME));
    ok(bench.cache().create());
    // The cache has no bulk route: 1000 sets, 50 at a time (one by one they took 45 s when the
    // server ran without TCP_NODELAY).
    for (int batch = 0; batch < Workload.SEEDED; batch += 50) {
      List<CompletableFuture<OkResult>> sets = new ArrayList<>();
      for (int n = batch; n < Math.min(batch + 50, Workload.SEEDED); n++) {
        sets.add(bench.cache().async().set(Workload.seededId(n), Workload.VALUE));
      }
      sets.forEach(set -> ok(set.join()));
    }
    ok(bench.search().create(List.of("title", "body")));
    List<Map<String, Object>> entries = new ArrayList<>();
    for (int n = 0; n < Workload.SEEDED; n++) {
      String body = n % 10 == 0 ? "a desert planet" : "a city at night";
      entries.add(Map.of("_id", "doc-" + n, "title", "Title " + n, "body", body));
    }
    ok(bench.search().load(entries));
    ok(bench.storage().create());
    ok(bench.storage().upload("blob.bin", new byte[OBJECT_SIZE]));
    ok(bench.queue().create("http://127.0.0.1:" + queueTarget.getAddress().getPort() + "/jobs"));
  }

  private static void ok(Result result) {
    result.orThrow();
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + root, e);
    }
  }
}
