package io.hyper.local.robust;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.local.HyperLocal;
import io.hyper.local.TestHttp;
import io.hyper.local.TestHttp.Reply;
import java.net.http.HttpRequest.BodyPublishers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Web pages cannot reach a developer's hyper-local: no CORS unless an origin is allowed, requests
 * from other origins refused, and on loopback only requests addressed to a loopback name served
 * (DNS rebinding). {@code Host} is set by the test through raw sockets where Java's client forbids
 * it.
 */
class BrowserSafetyIT {
  private static final String EVIL = "https://evil.example";

  @Nested
  class ByDefault {
    private static Served served;

    @BeforeAll
    static void start() {
      served = Served.start();
    }

    @AfterAll
    static void stop() {
      served.close();
    }

    @Test
    void noCorsHeadersAndACrossOriginRequestIs403() {
      Reply reply = served.http.get("/data/robust/keep", "Origin", EVIL);
      assertThat(reply.status()).isEqualTo(403);
      assertThat(reply.header("Access-Control-Allow-Origin")).isNull();
      assertThat(reply.header("Access-Control-Allow-Credentials")).isNull();
      assertThat(reply.json().get("ok").asBoolean()).isFalse();
    }

    @Test
    void aCrossOriginDeleteChangesNothing() {
      Reply reply = served.http.delete("/data/robust/keep", "Origin", EVIL);
      assertThat(reply.status()).isEqualTo(403);
      served.assertStillServing();
    }

    @Test
    void aCrossOriginFormPostStoresNothing() {
      Reply reply =
          served.http.send(
              "POST",
              "/data/robust",
              BodyPublishers.ofString("{\"_id\":\"csrf\"}"),
              "Origin",
              EVIL,
              "Content-Type",
              "text/plain");
      assertThat(reply.status()).isEqualTo(403);
      assertThat(served.http.get("/data/robust/csrf").status()).isEqualTo(404);
    }

    @Test
    void aPreflightGetsNoPermission() {
      Reply reply =
          served.http.send(
              "OPTIONS",
              "/data/robust/keep",
              BodyPublishers.noBody(),
              "Origin",
              EVIL,
              "Access-Control-Request-Method",
              "DELETE");
      assertThat(reply.header("Access-Control-Allow-Origin")).isNull();
      assertThat(reply.header("Access-Control-Allow-Methods")).isNull();
    }

    @Test
    void theServersOwnOriginIsNotCrossOrigin() {
      Reply reply = served.http.get("/data/robust/keep", "Origin", served.local.url());
      assertThat(reply.status()).isEqualTo(200);
    }

    @Test
    void aRequestWithoutOriginIsServedWithoutCorsHeaders() {
      Reply reply = served.http.get("/data/robust/keep");
      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void aRebindingHostIs403AndChangesNothing() throws Exception {
      RawExchange.Answer answer =
          RawExchange.send(
              served.port(),
              "DELETE /data/robust/keep HTTP/1.1\r\nHost: attacker.example\r\n"
                  + "Origin: http://attacker.example\r\nConnection: close\r\n\r\n",
              Served.PROMPTLY);
      Served.assertJsonError(answer, 403);
      served.assertStillServing();
    }

    @Test
    void loopbackNamesAreServed() throws Exception {
      for (String host :
          new String[] {
            "127.0.0.1",
            "localhost",
            "LOCALHOST:" + served.port(),
            "[::1]:" + served.port(),
            "app.localhost",
            "127.0.0.2"
          }) {
        RawExchange.Answer answer =
            RawExchange.send(
                served.port(),
                "GET /data/robust/keep HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n",
                Served.PROMPTLY);
        assertThat(answer.status()).as(host).isEqualTo(200);
      }
    }

    @Test
    void namesThatOnlyLookLocalAre403() throws Exception {
      for (String host :
          new String[] {"localhost.evil.example", "127.0.0.1.nip.io", "0x7f000001", "10.0.0.1"}) {
        RawExchange.Answer answer =
            RawExchange.send(
                served.port(),
                "GET /data/robust/keep HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n",
                Served.PROMPTLY);
        assertThat(answer.status()).as(host).isEqualTo(403);
      }
    }
  }

  @Nested
  class WithAnAllowedOrigin {
    private static final String APP = "http://localhost:5173";
    private static HyperLocal local;
    private static TestHttp http;

    @BeforeAll
    static void start() {
      local = HyperLocal.builder().corsOrigin(APP).publicUrl("http://hyper.test:6363").start();
      http = new TestHttp(local.url());
      assertThat(http.put("/data/shared", "").status()).isEqualTo(201);
    }

    @AfterAll
    static void stop() {
      local.close();
    }

    @Test
    void theAllowedOriginGetsCorsHeaders() {
      Reply reply = http.get("/data/shared", "Origin", APP);
      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.header("Access-Control-Allow-Origin")).isEqualTo(APP);
      assertThat(reply.header("Vary")).contains("Origin");
      assertThat(reply.header("Access-Control-Allow-Credentials")).isNull();
    }

    @Test
    void thePreflightOfTheAllowedOriginAllowsWhatItAsks() {
      Reply reply =
          http.send(
              "OPTIONS",
              "/data/shared/x",
              BodyPublishers.noBody(),
              "Origin",
              APP,
              "Access-Control-Request-Method",
              "DELETE",
              "Access-Control-Request-Headers",
              "authorization,content-type");
      assertThat(reply.status()).isEqualTo(204);
      assertThat(reply.header("Access-Control-Allow-Origin")).isEqualTo(APP);
      assertThat(reply.header("Access-Control-Allow-Methods")).contains("DELETE", "PUT");
      assertThat(reply.header("Access-Control-Allow-Headers"))
          .isEqualTo("authorization,content-type");
    }

    @Test
    void anotherOriginIsStill403() {
      Reply reply = http.get("/data/shared", "Origin", EVIL);
      assertThat(reply.status()).isEqualTo(403);
      assertThat(reply.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void thePublicUrlsHostIsServed() throws Exception {
      RawExchange.Answer answer =
          RawExchange.send(
              local.port(),
              "GET /data/shared HTTP/1.1\r\nHost: hyper.test:6363\r\nConnection: close\r\n\r\n",
              Served.PROMPTLY);
      assertThat(answer.status()).isEqualTo(200);
    }
  }
}
