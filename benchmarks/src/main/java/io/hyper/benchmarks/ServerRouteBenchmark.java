package io.hyper.benchmarks;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * hyper-local per route: the latency of each request (JMH's sample mode gives the mean, p50 and
 * p99), from which the report derives throughput as {@code threads / mean}. Concurrency is JMH's
 * thread count ({@code -t 1}, {@code -t 8}, {@code -t 32}): every thread is one client sending
 * requests back to back through one shared keep-alive {@code HttpClient}.
 *
 * <p>{@code store} ({@code MEMORY} or {@code DIR}, where SQLite fsyncs every commit) is there to be
 * compared in separate forks.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 1, time = 1)
@Measurement(iterations = 2, time = 1)
@Fork(1)
public class ServerRouteBenchmark {
  /** The route measured. */
  @Param({
    "DATA_ADD",
    "DATA_UPDATE",
    "DATA_GET",
    "DATA_QUERY",
    "DATA_LIST",
    "CACHE_SET",
    "CACHE_GET",
    "CACHE_QUERY",
    "SEARCH_ADD",
    "SEARCH_QUERY",
    "STORAGE_UPLOAD",
    "STORAGE_DOWNLOAD",
    "QUEUE_ENQUEUE"
  })
  public Route route;

  /** Where hyper-local keeps its data. */
  @Param({"MEMORY"})
  public Store store;

  private final AtomicLong counter = new AtomicLong();
  private Fixture fixture;
  private RawHttp raw;

  /** Starts and seeds hyper-local. */
  @Setup(Level.Trial)
  public void start() {
    fixture = Fixture.start(store);
    raw = new RawHttp(fixture.url());
  }

  /** Stops hyper-local (and deletes its directory). */
  @TearDown(Level.Trial)
  public void stop() {
    fixture.close();
  }

  /** One request of the route, with its whole answer read. */
  @Benchmark
  public Object request() {
    return route.call(raw, counter);
  }
}
