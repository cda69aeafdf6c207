package io.hyper.local.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.hyper.local.HyperLocal;
import io.hyper.local.Service;
import io.hyper.local.TestHttp;
import io.hyper.local.TestHttp.Reply;
import io.hyper.local.core.HyperError;
import io.hyper.local.core.Json;
import io.hyper.local.core.cache.Glob;
import io.hyper.local.engine.EngineUrl;
import io.hyper.local.port.CachePort;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Redis going away at runtime is hyper's 503 JSON, never a 500 or the driver's text, and the engine
 * recovers by itself when Redis is back; a server that is not there at start fails the start with
 * how to fix it, never the password.
 */
class RedisFaultsIT {
  private static TestRedis redis;

  @BeforeAll
  static void connect() {
    redis = new TestRedis();
  }

  @AfterAll
  static void disconnect() {
    redis.close();
  }

  /** The test server's URL, through {@code proxy}, with a short timeout. */
  private static String through(CuttableProxy proxy) {
    URI server = URI.create(TestRedis.SERVER);
    return redis
        .url("&timeout=1000")
        .replace(server.getHost() + ":" + server.getPort(), "127.0.0.1:" + proxy.port());
  }

  @Test
  void aDroppedConnectionIs503AndTheEngineRecovers() throws Exception {
    URI server = URI.create(TestRedis.SERVER);
    try (CuttableProxy proxy = new CuttableProxy(server.getHost(), server.getPort());
        CachePort cache =
            new RedisCacheFactory().open(EngineUrl.parse(through(proxy)), TestRedis.CONFIG)) {
      cache.createStore("s");
      cache.set("s", "k", Json.object().put("a", 1), Optional.empty());
      proxy.cut();
      Map<String, Supplier<?>> calls = new LinkedHashMap<>();
      calls.put("get", () -> cache.get("s", "k"));
      calls.put("set", () -> cache.set("s", "k", Json.object(), Optional.empty()));
      calls.put("query", () -> cache.query("s", Glob.ALL));
      calls.put("stores", cache::stores);
      calls.put("createStore", () -> cache.createStore("t"));
      calls.put("destroyStore", () -> cache.destroyStore("s"));
      calls.forEach(
          (name, call) ->
              assertThatThrownBy(call::get)
                  .as(name)
                  .isInstanceOfSatisfying(
                      HyperError.class,
                      e -> {
                        assertThat(e.status()).isEqualTo(503);
                        assertThat(e.msg()).isEqualTo(RedisFaults.UNAVAILABLE);
                      }));
      proxy.restore();
      await()
          .atMost(Duration.ofSeconds(20))
          .ignoreExceptions()
          .until(() -> cache.get("s", "k").value().isPresent());
      assertThat(cache.stores()).containsExactly("s");
    }
  }

  @Test
  void overHttpRedisGoneIsA503JsonAndBackIsServedAgain() throws Exception {
    URI server = URI.create(TestRedis.SERVER);
    try (CuttableProxy proxy = new CuttableProxy(server.getHost(), server.getPort());
        HyperLocal hyper = HyperLocal.builder().engine(Service.CACHE, through(proxy)).start()) {
      TestHttp http = new TestHttp(hyper.url());
      assertThat(http.put("/cache/s", "").status()).isEqualTo(201);
      assertThat(http.put("/cache/s/k", "{\"a\":1}").status()).isEqualTo(200);
      proxy.cut();
      for (Reply reply :
          new Reply[] {
            http.get("/cache/s/k"), http.put("/cache/s/k", "{\"a\":2}"), http.get("/cache")
          }) {
        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.json())
            .isEqualTo(
                Json.object()
                    .put("ok", false)
                    .put("status", 503)
                    .put("msg", RedisFaults.UNAVAILABLE));
      }
      proxy.restore();
      await().atMost(Duration.ofSeconds(20)).until(() -> http.get("/cache/s/k").status() == 200);
      assertThat(http.get("/cache/s/k").json().get("a").asInt()).isEqualTo(1);
    }
  }

  @Test
  void credentialsTheServerRefusesFailTheStartWithoutThePassword() {
    URI server = URI.create(TestRedis.SERVER);
    String url =
        "redis://nobody-"
            + redis.prefix()
            + ":hunter2@"
            + server.getHost()
            + ":"
            + server.getPort();
    assertThatThrownBy(() -> new RedisCacheFactory().open(EngineUrl.parse(url), TestRedis.CONFIG))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("check the URL's user, password and database")
        .hasMessageContaining(":****@")
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void aServerThatIsNotThereFailsTheStartWithHowToFixItAndNoPassword() throws Exception {
    int closedPort;
    try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
      closedPort = probe.getLocalPort();
    }
    String url = "redis://app:hunter2@127.0.0.1:" + closedPort + "?timeout=500";
    assertThatThrownBy(() -> new RedisCacheFactory().open(EngineUrl.parse(url), TestRedis.CONFIG))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("scripts/engines start redis")
        .hasMessageContaining("app:****@127.0.0.1")
        .hasMessageNotContaining("hunter2");
  }
}
