package io.hyper.benchmarks;

import io.hyper.connect.Hyper;
import io.hyper.connect.storage.DownloadResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.concurrent.TimeUnit;
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
 * Storage streaming: one upload of a generated {@code sizeMiB} stream, then its download read to
 * the end, through the SDK and through hand-built requests, in a fork capped at {@code -Xmx128m}
 * (the cap covers the client and the in-process hyper-local alike). The score is seconds per upload
 * + download; the report turns it into MB/s. At the end of each fork it prints the peak heap, so a
 * run shows the transfer fitting in the cap.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx128m")
public class StorageStreamingBenchmark {
  /** The size of the object, in MiB. */
  @Param({"1024"})
  public int sizeMiB;

  private Fixture fixture;
  private Hyper hyper;
  private RawHttp raw;

  /** Starts hyper-local and connects the clients. */
  @Setup(Level.Trial)
  public void start() {
    fixture = Fixture.start(Store.MEMORY);
    hyper = Hyper.connect(fixture.connectionString(Workload.NAME));
    raw = new RawHttp(fixture.url());
  }

  /** Prints the peak heap of this fork, then stops hyper-local. */
  @TearDown(Level.Trial)
  public void stop() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    long max = Runtime.getRuntime().maxMemory();
    System.out.printf(
        "%nstreamed %d MiB up and down; peak heap used (sum of pool peaks) %d MiB of max %d MiB%n",
        sizeMiB, peak >> 20, max >> 20);
    fixture.close();
  }

  /** hyper-connect: {@code upload(name, InputStream)}, then {@code download(name).body()}. */
  @Benchmark
  public long sdk() {
    long size = bytes();
    hyper.storage().upload("big-sdk.bin", new GeneratedStream(size)).orThrow();
    try (DownloadResult download = hyper.storage().download("big-sdk.bin").orThrow();
        InputStream body = download.body()) {
      return checkSize(body.transferTo(OutputStream.nullOutputStream()), size);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Hand-built: a chunked {@code POST} from the stream, then a {@code GET} read as a stream. */
  @Benchmark
  public long raw() {
    long size = bytes();
    String path = "/storage/" + Workload.NAME + "/big-raw.bin";
    raw.send(raw.upload(path, () -> new GeneratedStream(size)), 201);
    return checkSize(raw.download(raw.get(path)), size);
  }

  private long bytes() {
    return (long) sizeMiB << 20;
  }

  private static long checkSize(long actual, long expected) {
    if (actual != expected) {
      throw new IllegalStateException("downloaded " + actual + " bytes of " + expected);
    }
    return actual;
  }
}
