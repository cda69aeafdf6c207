package io.hyper.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * hyper-connect for Java against hyper's official JS client (npm {@code hyper-connect} 0.12.0),
 * side by side in one run: for each operation of {@link Operation} and each level of concurrency,
 * the JS client in a Node.js process, then the Java SDK async and sync (and, with auth off, the
 * hand-built requests of {@link RawHttp}: {@code sendAsync}, and {@code send} from as many threads,
 * the floor of {@code java.net.http}), each keeping the same number of requests in flight against
 * the same seeded in-process hyper-local, once with auth off and once with auth on (the JS client
 * signs a token for every request; the Java SDK reuses one). Prints a Markdown table of operations
 * per second and the ratios async/JS and async/sync.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.hyper.benchmarks.JsComparison [--in-flight
 * 1,8,64,256] [--warmup 1] [--seconds 3] [--js-dir benchmarks/src/main/js]}. Without {@code node}
 * and {@code npm} it says so and measures the Java side only. The JS client is installed with
 * {@code npm ci} from the lock file in the JS directory, into {@code target/js-bench} beside it.
 */
public final class JsComparison {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final List<Integer> levels;
  private final double warmup;
  private final double seconds;
  private int inFlight;

  private JsComparison(List<Integer> levels, double warmup, double seconds) {
    this.levels = levels;
    this.warmup = warmup;
    this.seconds = seconds;
  }

  /**
   * Runs the comparison and prints the table.
   *
   * @param args {@code --in-flight N[,N...]}, {@code --warmup S}, {@code --seconds S}, {@code
   *     --js-dir D}
   * @throws Exception when a measurement fails (a failed operation fails the run)
   */
  public static void main(String[] args) throws Exception {
    List<Integer> levels = List.of(1, 8, 64, 256);
    double warmup = 1;
    double seconds = 3;
    Path jsDir = null;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--in-flight" ->
            levels = java.util.Arrays.stream(args[i + 1].split(",")).map(Integer::valueOf).toList();
        case "--warmup" -> warmup = Double.parseDouble(args[i + 1]);
        case "--seconds" -> seconds = Double.parseDouble(args[i + 1]);
        case "--js-dir" -> jsDir = Path.of(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    for (int level : levels) {
      if (level < 1) {
        throw new IllegalArgumentException("--in-flight must be >= 1, was " + level);
      }
    }
    Optional<Path> node = NodeClient.install(jsDir);
    new JsComparison(levels, warmup, seconds).run(node);
  }

  private void run(Optional<Path> node) throws Exception {
    List<String> rows = new ArrayList<>();
    for (boolean auth : new boolean[] {false, true}) {
      try (Fixture fixture = Fixture.start(Store.MEMORY, auth)) {
        Operation.Clients clients = new Operation.Clients(fixture);
        String cs = fixture.connectionString(Workload.NAME);
        String base = cs.substring(0, cs.lastIndexOf('/'));
        for (Operation op : Operation.values()) {
          for (int level : levels) {
            inFlight = level;
            rows.add(row(node, base, clients, op, auth));
          }
        }
      }
    }
    System.out.printf(
        "%nops/s with N requests in flight (JS: N promise loops; Java async: N outstanding futures;"
            + " Java sync: N threads), %.1f s warm-up + %.1f s measured each%n%n",
        warmup, seconds);
    System.out.println(
        "| operation | auth | in flight | JS client 0.12.0 | Java SDK async | Java SDK sync |"
            + " raw async | raw sync | async / JS | async / sync |");
    System.out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    rows.forEach(System.out::println);
  }

  private String row(
      Optional<Path> node, String base, Operation.Clients clients, Operation op, boolean auth)
      throws Exception {
    Optional<Double> js =
        node.map(dir -> NodeClient.run(dir, base, inFlight, warmup, seconds, op.label()));
    // Async and sync are the ratio that matters: measured twice each, interleaved (async, sync,
    // async, sync), and averaged, so a change of load on this shared machine during one cell
    // weighs on both.
    double asyncSum = 0;
    double syncSum = 0;
    for (int round = 0; round < 2; round++) {
      asyncSum += async(() -> op.sdkAsync(clients).thenApply(Operation::checked));
      syncSum += threads(() -> Operation.checked(op.sdk(clients)));
    }
    double async = asyncSum / 2;
    double sync = syncSum / 2;
    // The raw requests carry no token: with auth on they would only measure 401s.
    Optional<Double> rawAsync =
        auth ? Optional.empty() : Optional.of(async(() -> op.rawAsync(clients)));
    Optional<Double> rawSync =
        auth ? Optional.empty() : Optional.of(threads(() -> op.rawSync(clients)));
    return String.format(
        Locale.ROOT,
        "| %s | %s | %d | %s | %.0f | %.0f | %s | %s | %s | %.2f× |",
        op.label(),
        auth ? "on" : "off",
        inFlight,
        js.map(JsComparison::ops).orElse("–"),
        async,
        sync,
        rawAsync.map(JsComparison::ops).orElse("–"),
        rawSync.map(JsComparison::ops).orElse("–"),
        js.map(v -> String.format(Locale.ROOT, "%.2f×", async / v)).orElse("–"),
        async / sync);
  }

  private static String ops(double value) {
    return String.format(Locale.ROOT, "%.0f", value);
  }

  /** Operations per second of an async call kept {@code inFlight} times outstanding. */
  private double async(Supplier<CompletableFuture<?>> call) throws InterruptedException {
    asyncFor(call, warmup, new AtomicLong());
    AtomicLong done = new AtomicLong();
    long start = System.nanoTime();
    asyncFor(call, seconds, done);
    return done.get() / ((System.nanoTime() - start) / 1e9);
  }

  private void asyncFor(Supplier<CompletableFuture<?>> call, double secs, AtomicLong done)
      throws InterruptedException {
    Semaphore slots = new Semaphore(inFlight);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    long end = System.nanoTime() + (long) (secs * 1e9);
    while (System.nanoTime() < end && failure.get() == null) {
      slots.acquire();
      call.get()
          .whenComplete(
              (result, error) -> {
                if (error != null) {
                  failure.compareAndSet(null, error);
                } else {
                  done.incrementAndGet();
                }
                slots.release();
              });
    }
    slots.acquire(inFlight);
    if (failure.get() != null) {
      throw new IllegalStateException("an operation failed", failure.get());
    }
  }

  /** Operations per second of a blocking call made in a loop on {@code inFlight} threads. */
  private double threads(Runnable call) throws Exception {
    threadsFor(call, warmup);
    long start = System.nanoTime();
    long done = threadsFor(call, seconds);
    return done / ((System.nanoTime() - start) / 1e9);
  }

  private long threadsFor(Runnable call, double secs) throws Exception {
    long end = System.nanoTime() + (long) (secs * 1e9);
    ExecutorService threads = Executors.newFixedThreadPool(inFlight);
    try {
      List<Future<Long>> counts = new ArrayList<>();
      for (int i = 0; i < inFlight; i++) {
        counts.add(
            threads.submit(
                () -> {
                  long n = 0;
                  while (System.nanoTime() < end) {
                    call.run();
                    n++;
                  }
                  return n;
                }));
      }
      long total = 0;
      for (Future<Long> count : counts) {
        total += count.get();
      }
      return total;
    } finally {
      threads.shutdown();
      threads.awaitTermination(10, TimeUnit.SECONDS);
    }
  }

  /** Installs and runs {@code bench.mjs}. */
  static final class NodeClient {
    private NodeClient() {}

    /**
     * Installs the JS client with {@code npm ci}, or says why not.
     *
     * @param jsDir the directory holding {@code bench.mjs} and its lock file, or {@code null} to
     *     look in {@code benchmarks/src/main/js} and {@code src/main/js}
     * @return the directory to run {@code node} in, or empty when Node.js is not installed
     */
    static Optional<Path> install(Path jsDir) throws IOException, InterruptedException {
      Path source = jsDir;
      if (source == null) {
        source = Path.of("benchmarks", "src", "main", "js");
        if (!Files.isDirectory(source)) {
          source = Path.of("src", "main", "js");
        }
      }
      if (!Files.isRegularFile(source.resolve("bench.mjs"))) {
        throw new IllegalArgumentException(
            "no bench.mjs in " + source.toAbsolutePath() + "; pass --js-dir");
      }
      Path work = source.resolve(Path.of("..", "..", "..", "target", "js-bench")).normalize();
      Files.createDirectories(work);
      if (exec(List.of("node", "--version"), work) != 0
          || exec(List.of("npm", "--version"), work) != 0) {
        System.out.println(
            "node/npm not found: skipping hyper's official JS client, measuring Java only");
        return Optional.empty();
      }
      for (String file : List.of("package.json", "package-lock.json", "bench.mjs")) {
        Files.copy(source.resolve(file), work.resolve(file), StandardCopyOption.REPLACE_EXISTING);
      }
      int npm = exec(List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"), work);
      if (npm != 0) {
        throw new IllegalStateException(
            "npm ci in " + work + " failed; see " + work.resolve("exec.log"));
      }
      return Optional.of(work);
    }

    /** Runs one operation in Node.js and returns its operations per second. */
    static double run(
        Path dir, String base, int inFlight, double warmup, double seconds, String op) {
      try {
        Process node =
            new ProcessBuilder(
                    "node",
                    "bench.mjs",
                    base,
                    Integer.toString(inFlight),
                    Double.toString(warmup),
                    Double.toString(seconds),
                    op)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!node.waitFor(5, TimeUnit.MINUTES) || node.exitValue() != 0) {
          throw new IllegalStateException("node bench.mjs " + op + " failed:\n" + output);
        }
        String last = output.strip().lines().reduce((a, b) -> b).orElse("{}");
        JsonNode result = JSON.readTree(last);
        return result.get("ops").asDouble() / result.get("seconds").asDouble();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }

    private static int exec(List<String> command, Path dir) throws InterruptedException {
      try {
        Process process =
            new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("exec.log").toFile())
                .start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
          process.destroyForcibly();
          return -1;
        }
        return process.exitValue();
      } catch (IOException e) {
        return -1;
      }
    }
  }
}
