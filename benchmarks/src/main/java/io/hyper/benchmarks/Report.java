package io.hyper.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the JMH JSON results of one run ({@code -rf json}, one file per JMH invocation, all in one
 * directory) into the Markdown tables of {@code docs/benchmarks.md}: every comparison as a ratio of
 * two numbers measured in the same JMH invocation. The file names say what each holds, as {@code
 * run.sh} writes them: {@code sdk}, {@code routes-*}, {@code store}, {@code streaming}.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.hyper.benchmarks.Report <results dir>}.
 */
public final class Report {
  private final List<Row> rows;

  private Report(List<Row> rows) {
    this.rows = rows;
  }

  /**
   * Prints the tables for the results in a directory.
   *
   * @param args the directory holding JMH's JSON result files
   * @throws IOException when a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: Report <directory of JMH JSON results>");
    }
    List<Row> rows = new ArrayList<>();
    JsonMapper json = JsonMapper.builder().build();
    try (Stream<Path> files = Files.list(Path.of(args[0]))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        String source = file.getFileName().toString().replaceFirst("\\.json$", "");
        for (JsonNode result : json.readTree(file.toFile())) {
          rows.add(Row.of(source, result));
        }
      }
    }
    Report report = new Report(rows);
    report.sdkOverhead();
    report.routes();
    report.compare("store", "MEMORY", "DIR", "Data writes: in memory vs `--dir` (fsync)");
    report.streaming();
  }

  private void sdkOverhead() {
    List<Row> sdk = select("sdk");
    if (sdk.isEmpty()) {
      return;
    }
    System.out.printf(
        "%n### SDK overhead (ops/s, median of the iterations; ratio = SDK / raw, 1.00 = no"
            + " overhead)%n%n"
            + "| operation | raw sync | SDK sync | SDK/raw sync | raw async | SDK async |"
            + " SDK/raw async |%n|---|---:|---:|---:|---:|---:|---:|%n");
    for (String op : values(sdk, "op")) {
      Optional<Row> rawSync = find(sdk, "rawSync", Map.of("op", op));
      Optional<Row> sdkSync = find(sdk, "sdkSync", Map.of("op", op));
      Optional<Row> rawAsync = find(sdk, "rawAsync", Map.of("op", op));
      Optional<Row> sdkAsync = find(sdk, "sdkAsync", Map.of("op", op));
      System.out.printf(
          "| %s | %s | %s | %s | %s | %s | %s |%n",
          op,
          fmt(rawSync.map(Row::median)),
          fmt(sdkSync.map(Row::median)),
          ratio(sdkSync.map(Row::median), rawSync.map(Row::median)),
          fmt(rawAsync.map(Row::median)),
          fmt(sdkAsync.map(Row::median)),
          ratio(sdkAsync.map(Row::median), rawAsync.map(Row::median)));
    }
  }

  private void routes() {
    List<Row> routes = select("routes");
    Set<Integer> threads = new TreeSet<>();
    routes.forEach(r -> threads.add(r.threads));
    if (routes.isEmpty()) {
      return;
    }
    StringBuilder head = new StringBuilder("| route |");
    StringBuilder rule = new StringBuilder("|---|");
    for (int t : threads) {
      head.append(String.format(" %d client%s: ops/s · p50 · p99 (µs) |", t, t == 1 ? "" : "s"));
      rule.append("---:|");
    }
    System.out.printf("%n### hyper-local per route (in memory)%n%n%s%n%s%n", head, rule);
    for (String route : values(routes, "route")) {
      StringBuilder line = new StringBuilder("| " + route + " |");
      for (int t : threads) {
        Optional<Row> row =
            routes.stream()
                .filter(r -> r.threads == t && route.equals(r.params.get("route")))
                .findFirst();
        line.append(' ').append(row.map(Report::latency).orElse("–")).append(" |");
      }
      System.out.println(line);
    }
  }

  /** One parameter's two values side by side, per route and thread count. */
  private void compare(String param, String base, String other, String title) {
    List<Row> all = select(param);
    Map<String, Row[]> pairs = new TreeMap<>();
    for (Row r : all) {
      String value = r.params.get(param);
      if (!base.equals(value) && !other.equals(value)) {
        continue;
      }
      Map<String, String> rest = new TreeMap<>(r.params);
      rest.remove(param);
      String key = r.params.get("route") + " · " + r.threads + "t · " + rest;
      Row[] pair = pairs.computeIfAbsent(key, k -> new Row[2]);
      pair[base.equals(value) ? 0 : 1] = r;
    }
    pairs.values().removeIf(p -> p[0] == null || p[1] == null);
    if (pairs.isEmpty()) {
      return;
    }
    System.out.printf(
        "%n### %s%n%n| route | clients | %s=%s: ops/s · p50 · p99 (µs) | %s=%s | ops/s %s/%s |%n"
            + "|---|---:|---:|---:|---:|%n",
        title, param, base, param, other, other, base);
    for (Row[] p : pairs.values()) {
      System.out.printf(
          "| %s | %d | %s | %s | %s |%n",
          p[0].params.get("route"),
          p[0].threads,
          latency(p[0]),
          latency(p[1]),
          ratio(Optional.of(opsPerSecond(p[1])), Optional.of(opsPerSecond(p[0]))));
    }
  }

  private void streaming() {
    List<Row> streaming = select("streaming");
    if (streaming.isEmpty()) {
      return;
    }
    System.out.printf(
        "%n### Storage streaming (upload + download, fork capped at -Xmx128m)%n%n"
            + "| size | raw: s · MB/s | SDK: s · MB/s | SDK/raw MB/s |%n|---|---:|---:|---:|%n");
    for (String size : values(streaming, "sizeMiB")) {
      Optional<Row> raw = find(streaming, "raw", Map.of("sizeMiB", size));
      Optional<Row> sdk = find(streaming, "sdk", Map.of("sizeMiB", size));
      double bytes = 2.0 * Long.parseLong(size) * (1 << 20);
      Optional<Double> rawMbs = raw.map(r -> bytes / r.score / 1e6);
      Optional<Double> sdkMbs = sdk.map(r -> bytes / r.score / 1e6);
      System.out.printf(
          "| %s MiB | %s · %s | %s · %s | %s |%n",
          size,
          raw.map(r -> String.format(Locale.ROOT, "%.1f", r.score)).orElse("–"),
          fmt(rawMbs),
          sdk.map(r -> String.format(Locale.ROOT, "%.1f", r.score)).orElse("–"),
          fmt(sdkMbs),
          ratio(sdkMbs, rawMbs));
    }
  }

  /** The rows of the result files whose name starts with {@code source}. */
  private List<Row> select(String source) {
    return rows.stream().filter(r -> r.source.startsWith(source)).toList();
  }

  private static Set<String> values(List<Row> rows, String param) {
    Set<String> values = new LinkedHashSet<>();
    rows.forEach(r -> Optional.ofNullable(r.params.get(param)).ifPresent(values::add));
    return values;
  }

  private static Optional<Row> find(List<Row> rows, String method, Map<String, String> params) {
    return rows.stream()
        .filter(r -> r.benchmark.endsWith("." + method))
        .filter(r -> r.params.entrySet().containsAll(params.entrySet()))
        .findFirst();
  }

  /** Throughput of a sample-time row: every thread runs requests back to back. */
  private static double opsPerSecond(Row r) {
    return r.threads * 1e6 / r.score;
  }

  private static String latency(Row r) {
    return String.format(
        Locale.ROOT,
        "%.0f · %.0f · %.0f",
        opsPerSecond(r),
        r.percentiles.getOrDefault("50.0", Double.NaN),
        r.percentiles.getOrDefault("99.0", Double.NaN));
  }

  private static String fmt(Optional<Double> value) {
    return value.map(v -> String.format(Locale.ROOT, "%.0f", v)).orElse("–");
  }

  private static String ratio(Optional<Double> a, Optional<Double> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return "–";
    }
    double ratio = a.get() / b.get();
    return String.format(Locale.ROOT, ratio < 0.1 ? "%.4f" : "%.2f", ratio);
  }

  /**
   * One JMH result: its file (without {@code .json}), benchmark, threads, params, score and
   * percentiles (sample mode, in the benchmark's unit).
   */
  private record Row(
      String source,
      String benchmark,
      int threads,
      Map<String, String> params,
      double score,
      Map<String, Double> percentiles) {

    /** The median of the iterations' scores (throughput and single-shot modes). */
    double median() {
      return percentiles.getOrDefault("50.0", score);
    }

    static Row of(String source, JsonNode result) {
      Map<String, String> params = new TreeMap<>();
      JsonNode p = result.path("params");
      for (String name : p.propertyNames()) {
        params.put(name, p.get(name).asString());
      }
      Map<String, Double> percentiles = new TreeMap<>();
      JsonNode pct = result.path("primaryMetric").path("scorePercentiles");
      for (String name : pct.propertyNames()) {
        percentiles.put(name, pct.get(name).asDouble());
      }
      return new Row(
          source,
          result.get("benchmark").asString(),
          result.get("threads").asInt(),
          params,
          result.path("primaryMetric").get("score").asDouble(),
          percentiles);
    }
  }
}
