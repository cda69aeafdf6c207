package io.hyper.benchmarks;

import io.hyper.connect.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * SDK overhead: the same operation through hyper-connect (sync, and async with {@value #IN_FLIGHT}
 * requests in flight) and through hand-built {@code java.net.http} requests (the floor, sync and
 * async alike), against one in-memory hyper-local in the same fork. The score is operations per
 * second; SDK / raw of the same form is the ratio {@code docs/benchmarks.md} reports.
 *
 * <p>Everything runs in one JVM on a 2-core machine: client and server share the cores, so the
 * absolute numbers say little and the ratios say what the SDK costs. The report takes the median of
 * the iterations, which a burst of load from elsewhere moves less than the mean.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class SdkOverheadBenchmark {
  /** Requests in flight in the async forms: each invocation starts this many and waits for all. */
  static final int IN_FLIGHT = 8;

  /** The operation measured. */
  @Param({"DATA_ADD", "DATA_GET", "DATA_QUERY", "CACHE_SET", "CACHE_GET"})
  public Operation op;

  private Fixture fixture;
  private Operation.Clients clients;

  /** Starts and seeds hyper-local and connects the clients. */
  @Setup(Level.Trial)
  public void start() {
    fixture = Fixture.start(Store.MEMORY);
    clients = new Operation.Clients(fixture);
  }

  /** Stops hyper-local. */
  @TearDown(Level.Trial)
  public void stop() {
    fixture.close();
  }

  /** hyper-connect, sync: one call on this thread. */
  @Benchmark
  public Object sdkSync() {
    return Operation.checked(op.sdk(clients));
  }

  /** Hand-built request, sync: {@code HttpClient.send} on this thread. */
  @Benchmark
  public byte[] rawSync() {
    return op.rawSync(clients);
  }

  /** hyper-connect, async: {@value #IN_FLIGHT} calls started, then all awaited. */
  @Benchmark
  @OperationsPerInvocation(IN_FLIGHT)
  public void sdkAsync(Blackhole blackhole) {
    List<CompletableFuture<? extends Result>> calls = new ArrayList<>(IN_FLIGHT);
    for (int i = 0; i < IN_FLIGHT; i++) {
      calls.add(op.sdkAsync(clients));
    }
    for (CompletableFuture<? extends Result> call : calls) {
      blackhole.consume(Operation.checked(call.join()));
    }
  }

  /** Hand-built request, async: {@value #IN_FLIGHT} sent with {@code sendAsync}, then awaited. */
  @Benchmark
  @OperationsPerInvocation(IN_FLIGHT)
  public void rawAsync(Blackhole blackhole) {
    List<CompletableFuture<byte[]>> calls = new ArrayList<>(IN_FLIGHT);
    for (int i = 0; i < IN_FLIGHT; i++) {
      calls.add(op.rawAsync(clients));
    }
    for (CompletableFuture<byte[]> call : calls) {
      blackhole.consume(call.join());
    }
  }
}
