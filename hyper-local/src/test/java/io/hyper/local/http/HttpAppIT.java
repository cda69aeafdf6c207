package io.hyper.local.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.local.TestHttp;
import io.hyper.local.TestHttp.Reply;
import io.hyper.local.core.HyperError;
import io.hyper.local.core.Json;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The HTTP layer over real HTTP: routing, errors, limits, CORS, with a test service. */
class HttpAppIT {
  private static final CountDownLatch RELEASE = new CountDownLatch(1);
  private static final CountDownLatch ENTERED = new CountDownLatch(1);

  /** A service whose routes exercise the HTTP layer. */
  static final class EchoModule implements ServiceModule {
    @Override
    public String name() {
      return "echo";
    }

    @Override
    public void register(Router router) {
      router.add("POST", "/echo/{name}", r -> Response.json(201, r.json(Request.JSON_LIMIT)));
      router.add(
          "GET",
          "/echo/{name}/{id}",
          r ->
              Response.json(
                  200, Json.object().put("name", r.param("name")).put("id", r.param("id"))));
      router.add(
          "GET",
          "/echo/{name}/_missing",
          r -> {
            throw HyperError.notFound("nothing here");
          });
      router.add(
          "GET",
          "/echo/{name}/_bug",
          r -> {
            throw new IllegalStateException("secret internals");
          });
      router.add(
          "GET",
          "/echo/{name}/_slow",
          r -> {
            ENTERED.countDown();
            try {
              RELEASE.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return Response.ok(200);
          });
      router.add(
          "GET",
          "/echo/{name}/_query",
          r -> Response.json(200, Json.object().put("q", r.query("q").orElse("-"))));
    }

    @Override
    public void close() {}
  }

  private static HttpApp app;
  private static TestHttp http;

  @BeforeAll
  static void start() throws Exception {
    app =
        HttpApp.start(
            new InetSocketAddress("127.0.0.1", 0), List.of(new EchoModule()), Optional.empty());
    http = new TestHttp("http://127.0.0.1:" + app.port());
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void rootListsTheRunningServices() {
    Reply reply = http.get("/");
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("name").asString()).isEqualTo("hyper");
    assertThat(reply.json().get("services").toString()).isEqualTo("[\"echo\"]");
    assertThat(reply.json().has("ok")).isFalse();
  }

  @Test
  void unknownRouteIs404Json() {
    Reply reply = http.get("/nothing/here");
    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
    assertThat(reply.json())
        .isEqualTo(Json.MAPPER.readTree("{\"ok\":false,\"status\":404,\"msg\":\"not found!\"}"));
  }

  @Test
  void jsonIsParsedWhateverTheContentType() {
    Reply reply =
        http.send(
            "POST",
            "/echo/a",
            BodyPublishers.ofString("{\"x\":[1,2]}"),
            "Content-Type",
            "text/plain");
    assertThat(reply.status()).isEqualTo(201);
    assertThat(reply.json().get("x").toString()).isEqualTo("[1,2]");
  }

  @Test
  void emptyBodyIsAnEmptyObject() {
    Reply reply = http.send("POST", "/echo/a", BodyPublishers.noBody());
    assertThat(reply.json()).isEqualTo(Json.object());
  }

  @Test
  void malformedJsonIs400() {
    assertError(http.post("/echo/a", "{\"x\":"), 400);
    assertError(http.post("/echo/a", "{\"a\":1}{\"b\":2}"), 400);
    assertError(http.post("/echo/a", "{\"a\":1,\"a\":2}"), 400);
  }

  @Test
  void topLevelPrimitiveIs400() {
    assertError(http.post("/echo/a", "42"), 400);
    assertError(http.post("/echo/a", "\"text\""), 400);
  }

  @Test
  void oversizeBodyIs413AndTheClientGetsTheAnswer() {
    byte[] big = new byte[(int) Request.JSON_LIMIT + 1024 * 1024];
    java.util.Arrays.fill(big, (byte) ' ');
    Reply reply = http.send("POST", "/echo/a", BodyPublishers.ofByteArray(big));
    assertError(reply, 413);
  }

  @Test
  void hyperErrorBecomesItsStatusAndMessage() {
    Reply reply = http.get("/echo/a/_missing");
    assertError(reply, 404);
    assertThat(reply.json().get("msg").asString()).isEqualTo("nothing here");
  }

  @Test
  void unexpectedFailureIs500WithoutInternals() {
    Reply reply = http.get("/echo/a/_bug");
    assertError(reply, 500);
    assertThat(reply.text()).doesNotContain("secret internals").doesNotContain("Exception");
  }

  @Test
  void encodedSlashStaysInOneSegment() {
    JsonNode body = http.get("/echo/a/x%2Fy%20z").json();
    assertThat(body.get("id").asString()).isEqualTo("x/y z");
  }

  @Test
  void malformedEscapeIs400() {
    assertError(http.get("/echo/a/%E0%A4"), 400);
  }

  @Test
  void queryParametersAreDecoded() {
    assertThat(http.get("/echo/a/_query?q=movie-%2A+x").json().get("q").asString())
        .isEqualTo("movie-* x");
  }

  @Test
  void corsIsOffUnlessConfigured() {
    Reply reply = http.get("/", "Origin", "http://app.example");
    assertError(reply, 403);
    assertThat(reply.header("Access-Control-Allow-Origin")).isNull();
    assertThat(reply.header("Access-Control-Allow-Credentials")).isNull();
    Reply preflight =
        http.send(
            "OPTIONS",
            "/echo/a",
            BodyPublishers.noBody(),
            "Origin",
            "http://app.example",
            "Access-Control-Request-Headers",
            "authorization,content-type");
    assertThat(preflight.header("Access-Control-Allow-Headers")).isNull();
    assertThat(preflight.header("Access-Control-Allow-Methods")).isNull();
  }

  @Test
  void headIsGetWithoutTheBody() {
    Reply get = http.get("/echo/a/x");
    Reply head = http.send("HEAD", "/echo/a/x", BodyPublishers.noBody());
    assertThat(head.status()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    assertThat(head.header("Content-Length")).isEqualTo(String.valueOf(get.body().length));
    assertThat(head.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
    assertThat(http.send("HEAD", "/nothing/here", BodyPublishers.noBody()).status()).isEqualTo(404);
  }

  @Test
  void closeLetsARequestInFlightFinish() throws Exception {
    HttpApp other =
        HttpApp.start(
            new InetSocketAddress("127.0.0.1", 0), List.of(new EchoModule()), Optional.empty());
    TestHttp client = new TestHttp("http://127.0.0.1:" + other.port());
    CompletableFuture<Reply> slow =
        CompletableFuture.supplyAsync(() -> client.get("/echo/a/_slow"));
    assertThat(ENTERED.await(10, TimeUnit.SECONDS)).isTrue();
    CompletableFuture<Void> closed = CompletableFuture.runAsync(other::close);
    RELEASE.countDown();
    assertThat(slow.get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
    closed.get(15, TimeUnit.SECONDS);
  }

  private static void assertError(Reply reply, int status) {
    assertThat(reply.status()).isEqualTo(status);
    JsonNode body = reply.json();
    assertThat(body.get("ok").asBoolean()).isFalse();
    assertThat(body.get("status").asInt()).isEqualTo(status);
    assertThat(body.get("msg").isString()).isTrue();
  }
}
