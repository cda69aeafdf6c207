package io.hyper.local.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hyper.local.HyperLocal;
import io.hyper.local.Service;
import io.hyper.local.TestHttp;
import io.hyper.local.TestHttp.Reply;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two hyper-local servers on one {@code redis://} URL are one cache over HTTP: what one client
 * writes through either is what every client reads through the other, ttls and destroys included.
 */
class RedisTwoServersIT {
  private static TestRedis redis;
  private static HyperLocal a;
  private static HyperLocal b;
  private static TestHttp httpA;
  private static TestHttp httpB;

  @BeforeAll
  static void start() {
    redis = new TestRedis();
    a = HyperLocal.builder().engine(Service.CACHE, redis.url("")).start();
    b = HyperLocal.builder().engine(Service.CACHE, redis.url("")).start();
    httpA = new TestHttp(a.url());
    httpB = new TestHttp(b.url());
  }

  @AfterAll
  static void stop() {
    a.close();
    b.close();
    redis.close();
  }

  @Test
  void aStoreKeysAndTtlsAreTheSameThroughEitherServer() {
    assertThat(httpA.put("/cache/shared", "").status()).isEqualTo(201);
    assertThat(httpB.put("/cache/shared", "").status()).as("exists on b").isEqualTo(409);
    assertThat(httpB.get("/cache").json().get("stores").toString()).contains("\"shared\"");

    assertThat(
            httpA
                .post("/cache/shared", "{\"key\":\"movie-1\",\"value\":{\"t\":\"Dune\"}}")
                .status())
        .isEqualTo(201);
    assertThat(httpB.post("/cache/shared", "{\"key\":\"movie-1\",\"value\":{}}").status())
        .as("add of a key taken on a")
        .isEqualTo(409);
    assertThat(httpB.get("/cache/shared/movie-1").json().get("t").asString()).isEqualTo("Dune");
    assertThat(httpB.put("/cache/shared/brief?ttl=1s", "{\"n\":1}").status()).isEqualTo(200);
    Reply query = httpA.post("/cache/shared/_query?pattern=*", "");
    assertThat(query.json().get("docs")).hasSize(2);

    await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> httpA.get("/cache/shared/brief").status() == 404);
    assertThat(httpB.get("/cache/shared/brief").status()).isEqualTo(404);

    assertThat(httpB.delete("/cache/shared").status()).isEqualTo(200);
    assertThat(httpA.get("/cache/shared/movie-1").status()).isEqualTo(404);
    assertThat(httpA.delete("/cache/shared").status()).isEqualTo(404);
    assertThat(httpA.put("/cache/shared", "").status()).isEqualTo(201);
    assertThat(httpB.get("/cache/shared/movie-1").status()).as("a new, empty store").isEqualTo(404);
    assertThat(httpB.post("/cache/shared/_query", "").json().get("docs")).isEmpty();
  }
}
