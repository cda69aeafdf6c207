package io.hyper.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Each benchmark class runs one short iteration in this JVM and produces a result for every
 * benchmark method and parameter asked for. A benchmark whose requests fail (a wrong route, a
 * status it did not expect) throws, and then produces no result. Nothing here looks at how fast
 * anything was: speed is what {@code run.sh} measures.
 */
class BenchmarksSmokeTest {

  @Test
  void sdkOverheadBenchmarkProducesAResultForEachForm() throws RunnerException {
    Collection<RunResult> results =
        run(options(SdkOverheadBenchmark.class).param("op", "DATA_QUERY", "CACHE_SET"));
    assertThat(results).hasSize(4 * 2).allSatisfy(BenchmarksSmokeTest::hasScore);
  }

  @Test
  void serverRouteBenchmarkProducesAResultForEveryRoute() throws RunnerException {
    Collection<RunResult> results = run(options(ServerRouteBenchmark.class).threads(2));
    assertThat(results).hasSize(Route.values().length).allSatisfy(BenchmarksSmokeTest::hasScore);
  }

  @Test
  void serverRouteBenchmarkRunsWithADataDirectory() throws RunnerException {
    Collection<RunResult> results =
        run(
            options(ServerRouteBenchmark.class)
                .param("route", "DATA_ADD", "DATA_UPDATE")
                .param("store", "DIR"));
    assertThat(results).hasSize(2).allSatisfy(BenchmarksSmokeTest::hasScore);
  }

  @Test
  void storageStreamingBenchmarkProducesAResultForSdkAndRaw() throws RunnerException {
    Collection<RunResult> results =
        run(options(StorageStreamingBenchmark.class).param("sizeMiB", "2"));
    assertThat(results).hasSize(2).allSatisfy(BenchmarksSmokeTest::hasScore);
  }

  /** In this JVM (no fork), no warm-up, one iteration of 100 ms (one shot in single-shot mode). */
  private static ChainedOptionsBuilder options(Class<?> benchmark) {
    return new OptionsBuilder()
        .include(benchmark.getName() + "\\.")
        .forks(0)
        .warmupIterations(0)
        .measurementIterations(1)
        .measurementTime(TimeValue.milliseconds(100))
        .shouldFailOnError(true)
        .verbosity(VerboseMode.SILENT);
  }

  private static Collection<RunResult> run(ChainedOptionsBuilder options) throws RunnerException {
    return new Runner(options.build()).run();
  }

  private static void hasScore(RunResult result) {
    assertThat(result.getPrimaryResult().getSampleCount()).isPositive();
    assertThat(result.getPrimaryResult().getScore()).isFinite().isPositive();
  }
}
