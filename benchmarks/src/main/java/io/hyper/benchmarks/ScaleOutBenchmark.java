package io.hyper.benchmarks;

import io.hyper.connect.Hyper;
import io.hyper.connect.Result;
import io.hyper.junit.ScaledOut;
import io.hyper.local.Service;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Data and cache throughput of 1, 2 and 3 hyper-local processes on the same engines (data on
 * PostgreSQL, cache on Redis) behind nginx, driven by the SDK from this JVM. Rounds interleave the
 * fleet sizes (1, 2, 3, 1, 2, 3, …) and each round's figures are divided by that round's 1-process
 * figure, so the ratios hold while the machine's speed drifts.
 *
 * <pre>
 * scripts/engines start postgres redis
 * java -cp benchmarks/target/benchmarks.jar io.hyper.benchmarks.ScaleOutBenchmark \
 *     --instances 1,2,3 --rounds 3 --seconds 8 --threads 16
 * </pre>
 *
 * Engine URLs: {@code HYPER_TEST_POSTGRES} and {@code HYPER_TEST_REDIS}, with the defaults of
 * {@code scripts/engines}. Prints a Markdown table.
 */
public final class ScaleOutBenchmark {
  private static final int SEEDED = 1000;

  /** One measured operation. */
  private enum Op {
    DATA_GET(h -> h.data().get("doc-" + ThreadLocalRandom.current().nextInt(SEEDED))),
    DATA_ADD(
        h ->
            h.data()
                .add(
                    Map.of(
                        "_id",
                        "new-" + ThreadLocalRandom.current().nextLong() + "-" + System.nanoTime(),
                        "n",
                        1))),
    CACHE_GET(h -> h.cache().get("key-" + ThreadLocalRandom.current().nextInt(SEEDED))),
    CACHE_SET(
        h ->
            h.cache()
                .set(
                    "key-" + ThreadLocalRandom.current().nextInt(SEEDED),
                    Map.of("n", ThreadLocalRandom.current().nextInt())));

    final Function<Hyper, Result> call;

    Op(Function<Hyper, Result> call) {
      this.call = call;
    }
  }

  private ScaleOutBenchmark() {}

  /** Runs the rounds and prints the table; see the class comment for the flags. */
  public static void main(String[] args) throws Exception {
    Map<String, String> flags = flags(args);
    int[] sizes =
        Arrays.stream(flags.getOrDefault("instances", "1,2,3").split(","))
            .mapToInt(Integer::parseInt)
            .toArray();
    int rounds = Integer.parseInt(flags.getOrDefault("rounds", "3"));
    Duration measure = Duration.ofSeconds(Long.parseLong(flags.getOrDefault("seconds", "8")));
    int threads = Integer.parseInt(flags.getOrDefault("threads", "16"));
    Map<Service, String> engines = new EnumMap<>(Service.class);
    String postgres =
        env("HYPER_TEST_POSTGRES", "postgres://hyper:hyper@127.0.0.1:5432/hyper")
            + "?schema=bench_"
            + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    engines.put(Service.DATA, postgres);
    engines.put(Service.CACHE, env("HYPER_TEST_REDIS", "redis://127.0.0.1:6379") + "?prefix=bench");

    // results[op][size] = one ops/s figure per round
    Map<Op, Map<Integer, List<Double>>> results = new EnumMap<>(Op.class);
    for (int round = 1; round <= rounds; round++) {
      for (int size : sizes) {
        try (ScaledOut fleet = ScaledOut.start(size, engines, Map.of(), List.of());
            Hyper hyper = Hyper.connect(fleet.url() + "/bench" + round + "x" + size)) {
          seed(hyper);
          for (Op op : Op.values()) {
            run(hyper, op, threads, Duration.ofSeconds(2)); // warm-up
            double perSecond = run(hyper, op, threads, measure);
            results
                .computeIfAbsent(op, k -> new LinkedHashMap<>())
                .computeIfAbsent(size, k -> new ArrayList<>())
                .add(perSecond);
            System.err.printf(
                "round %d, %d instance(s), %s: %.0f ops/s%n", round, size, op, perSecond);
          }
          hyper.data().destroy(true);
          hyper.cache().destroy(true);
        }
      }
    }
    System.out.println(table(results, sizes, threads, measure, rounds));
  }

  private static void seed(Hyper hyper) {
    check(hyper.data().create(), "data.create");
    check(hyper.cache().create(), "cache.create");
    for (int i = 0; i < SEEDED; i++) {
      check(hyper.data().add(Map.of("_id", "doc-" + i, "n", i)), "data.add");
      check(hyper.cache().set("key-" + i, Map.of("n", i)), "cache.set");
    }
  }

  /** Calls {@code op} from {@code threads} threads for {@code time}: completed calls per second. */
  private static double run(Hyper hyper, Op op, int threads, Duration time) throws Exception {
    AtomicBoolean stop = new AtomicBoolean();
    AtomicLong done = new AtomicLong();
    AtomicInteger failed = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      pool.execute(
          () -> {
            while (!stop.get()) {
              if (op.call.apply(hyper).ok()) {
                done.incrementAndGet();
              } else {
                failed.incrementAndGet();
              }
            }
          });
    }
    Thread.sleep(time.toMillis());
    stop.set(true);
    long calls = done.get();
    long elapsed = System.nanoTime() - start;
    pool.shutdown();
    pool.awaitTermination(1, TimeUnit.MINUTES);
    if (failed.get() > 0) {
      throw new IllegalStateException(op + ": " + failed.get() + " calls were not ok");
    }
    return calls / (elapsed / 1e9);
  }

  private static String table(
      Map<Op, Map<Integer, List<Double>>> results,
      int[] sizes,
      int threads,
      Duration measure,
      int rounds) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            "%d SDK threads, %d s per figure, %d rounds; median ops/s, and the median of each"
                + " round's ratio to 1 instance%n%n",
            threads, measure.toSeconds(), rounds));
    out.append("| operation |");
    for (int size : sizes) {
      out.append(' ').append(size).append(size == 1 ? " instance |" : " instances |");
    }
    out.append('\n').append("|---|");
    out.append("---|".repeat(sizes.length)).append('\n');
    for (Map.Entry<Op, Map<Integer, List<Double>>> row : results.entrySet()) {
      out.append("| `").append(row.getKey()).append("` |");
      List<Double> base = row.getValue().get(sizes[0]);
      for (int size : sizes) {
        List<Double> figures = row.getValue().get(size);
        List<Double> ratios = new ArrayList<>();
        for (int r = 0; r < figures.size(); r++) {
          ratios.add(figures.get(r) / base.get(r));
        }
        out.append(String.format(" %.0f (%.2f) |", median(figures), median(ratios)));
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static void check(Result result, String what) {
    if (!result.ok()) {
      throw new IllegalStateException(what + " failed: " + result);
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  private static Map<String, String> flags(String[] args) {
    Map<String, String> flags = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --flag value, got " + args[i]);
      }
      flags.put(args[i].substring(2), args[i + 1]);
    }
    return flags;
  }
}
