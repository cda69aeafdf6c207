package io.hyper.benchmarks;

import io.hyper.connect.Hyper;
import io.hyper.connect.Result;
import io.hyper.connect.data.QueryOptions;
import java.net.http.HttpRequest;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The operations the SDK is compared on, each spelled three ways: through the SDK's sync call,
 * through its async twin, and as the hand-built request of {@link RawHttp} (the floor). Reads pick
 * a random seeded document or key; writes add a new document or overwrite a seeded key.
 */
public enum Operation {
  /** {@code data.add}: {@code POST /data/writes}, a new document with a generated id. */
  DATA_ADD(201) {
    @Override
    Result sdk(Clients c) {
      return c.writes.data().add(Workload.MOVIE);
    }

    @Override
    CompletableFuture<? extends Result> sdkAsync(Clients c) {
      return c.writes.data().async().add(Workload.MOVIE);
    }

    @Override
    HttpRequest request(Clients c) {
      return c.raw.post("/data/" + Workload.WRITES, Workload.MOVIE_JSON);
    }
  },
  /** {@code data.get}: {@code GET /data/reads/movie-N}. */
  DATA_GET(200) {
    @Override
    Result sdk(Clients c) {
      return c.reads.data().get(randomId());
    }

    @Override
    CompletableFuture<? extends Result> sdkAsync(Clients c) {
      return c.reads.data().async().get(randomId());
    }

    @Override
    HttpRequest request(Clients c) {
      return c.raw.get("/data/" + Workload.READS + "/" + randomId());
    }
  },
  /** {@code data.query}: {@code POST /data/reads/_query}, a selector on two fields, limit 10. */
  DATA_QUERY(200) {
    @Override
    Result sdk(Clients c) {
      return c.reads.data().query(Workload.SELECTOR, QUERY);
    }

    @Override
    CompletableFuture<? extends Result> sdkAsync(Clients c) {
      return c.reads.data().async().query(Workload.SELECTOR, QUERY);
    }

    @Override
    HttpRequest request(Clients c) {
      return c.raw.post("/data/" + Workload.READS + "/_query", Workload.QUERY_JSON);
    }
  },
  /** {@code cache.set}: {@code PUT /cache/bench/movie-N}, overwriting a seeded key. */
  CACHE_SET(200) {
    @Override
    Result sdk(Clients c) {
      return c.bench.cache().set(randomId(), Workload.VALUE);
    }

    @Override
    CompletableFuture<? extends Result> sdkAsync(Clients c) {
      return c.bench.cache().async().set(randomId(), Workload.VALUE);
    }

    @Override
    HttpRequest request(Clients c) {
      return c.raw.put("/cache/" + Workload.NAME + "/" + randomId(), Workload.VALUE_JSON);
    }
  },
  /** {@code cache.get}: {@code GET /cache/bench/movie-N}. */
  CACHE_GET(200) {
    @Override
    Result sdk(Clients c) {
      return c.bench.cache().get(randomId());
    }

    @Override
    CompletableFuture<? extends Result> sdkAsync(Clients c) {
      return c.bench.cache().async().get(randomId());
    }

    @Override
    HttpRequest request(Clients c) {
      return c.raw.get("/cache/" + Workload.NAME + "/" + randomId());
    }
  };

  private static final QueryOptions QUERY = QueryOptions.builder().limit(Workload.LIMIT).build();

  /** The SDK's sync call. */
  abstract Result sdk(Clients c);

  /** The SDK's async twin. */
  abstract CompletableFuture<? extends Result> sdkAsync(Clients c);

  private final int expected;

  Operation(int expected) {
    this.expected = expected;
  }

  /** The hand-built request. */
  abstract HttpRequest request(Clients c);

  /** The hand-built request, sent on this thread with {@code HttpClient.send}, as the SDK does. */
  byte[] rawSync(Clients c) {
    return c.raw.send(request(c), expected);
  }

  /** The hand-built request, sent without blocking. */
  CompletableFuture<byte[]> rawAsync(Clients c) {
    return c.raw.sendAsync(request(c), expected);
  }

  /** The name the JS harness and reports use, e.g. {@code data.add}. */
  String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '.');
  }

  /**
   * Fails when a result is not ok: the benchmark would otherwise measure errors.
   *
   * @return the result
   */
  static <R extends Result> R checked(R result) {
    if (!result.ok()) {
      throw new IllegalStateException(result.toString());
    }
    return result;
  }

  private static String randomId() {
    return Workload.seededId(ThreadLocalRandom.current().nextInt(Workload.SEEDED));
  }

  /** The clients one run uses, all against the same server. */
  static final class Clients {
    final Hyper reads;
    final Hyper writes;
    final Hyper bench;
    final RawHttp raw;

    /**
     * Connects the SDK (one {@code Hyper}, its other domains by {@link Hyper#withDomain}, as an
     * application would) and the raw client to {@code fixture}.
     */
    Clients(Fixture fixture) {
      this.reads = Hyper.connect(fixture.connectionString(Workload.READS));
      this.writes = reads.withDomain(Workload.WRITES);
      this.bench = reads.withDomain(Workload.NAME);
      this.raw = new RawHttp(fixture.url());
    }
  }
}
