package io.hyper.local.robust;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.local.TestHttp;
import io.hyper.local.TestHttp.Reply;
import io.hyper.local.core.Json;
import io.hyper.local.http.HttpApp;
import io.hyper.local.http.HttpOptions;
import io.hyper.local.http.Response;
import io.hyper.local.http.Router;
import io.hyper.local.http.ServiceModule;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The edge of the server: a bounded number of requests at once (503 past it, never a queue that
 * grows or the caller's thread), and {@link Error}s — out of memory included — answered 503 with
 * the server alive afterwards. Server-side I/O failures never show their text.
 */
class AdmissionIT {
  private static final int LIMIT = 4;

  private final Semaphore entered = new Semaphore(0);
  private final CountDownLatch release = new CountDownLatch(1);
  private HttpApp app;
  private TestHttp http;

  /** Routes that block, fail with an Error, or fail with a server-side I/O error. */
  private final class EdgeModule implements ServiceModule {
    @Override
    public String name() {
      return "edge";
    }

    @Override
    public void register(Router router) {
      router
          .add("GET", "/edge/ok", r -> Response.ok(200))
          .add(
              "GET",
              "/edge/block",
              r -> {
                entered.release();
                try {
                  release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                return Response.ok(200);
              })
          .add(
              "GET",
              "/edge/oom",
              // 16 GiB at once: the JVM throws at once, without filling the heap others use.
              r ->
                  Response.json(
                      200, Json.object().put("n", new long[Integer.MAX_VALUE - 16].length)))
          .add("GET", "/edge/deep", r -> Response.json(200, Json.object().put("n", deep(0))))
          .add(
              "GET",
              "/edge/disk",
              r -> {
                throw new IOException("No space left on device: /srv/secret/path/object.part");
              });
    }

    @Override
    public void close() {}
  }

  private static int deep(int n) {
    return n < 0 ? n : deep(n + 1) + 1;
  }

  @BeforeEach
  void start() throws IOException {
    HttpOptions defaults = HttpOptions.defaults();
    HttpOptions options =
        new HttpOptions(
            Duration.ofSeconds(30),
            LIMIT,
            defaults.bodyMemory(),
            defaults.maxConnections(),
            Set.of(),
            Set.of());
    app =
        HttpApp.start(
            new InetSocketAddress("127.0.0.1", 0),
            List.of(new EdgeModule()),
            Optional.empty(),
            options);
    http = new TestHttp("http://127.0.0.1:" + app.port());
  }

  @AfterEach
  void stop() {
    release.countDown();
    app.close();
  }

  @Test
  void requestsPastTheLimitAre503AtOnceAndServedAgainAfterwards() throws Exception {
    List<CompletableFuture<Reply>> blocked = new ArrayList<>();
    for (int i = 0; i < LIMIT; i++) {
      blocked.add(CompletableFuture.supplyAsync(() -> http.get("/edge/block")));
    }
    assertThat(entered.tryAcquire(LIMIT, 20, TimeUnit.SECONDS)).isTrue();
    for (int i = 0; i < 10; i++) {
      assertError(http.get("/edge/ok"), 503);
    }
    release.countDown();
    for (CompletableFuture<Reply> reply : blocked) {
      assertThat(reply.get(20, TimeUnit.SECONDS).status()).isEqualTo(200);
    }
    assertThat(http.get("/edge/ok").status()).isEqualTo(200);
  }

  @Test
  void outOfMemoryIs503AndTheServerGoesOn() {
    assertError(http.get("/edge/oom"), 503);
    assertThat(http.get("/edge/ok").status()).isEqualTo(200);
  }

  @Test
  void stackOverflowIs503AndTheServerGoesOn() {
    assertError(http.get("/edge/deep"), 503);
    assertThat(http.get("/edge/ok").status()).isEqualTo(200);
  }

  @Test
  void aServerSideIoErrorIs500WithoutItsText() {
    Reply reply = http.get("/edge/disk");
    assertError(reply, 500);
    assertThat(reply.text()).doesNotContain("secret").doesNotContain("/srv");
  }

  @Test
  void headIsAnsweredWithoutABody() {
    Reply reply = http.send("HEAD", "/edge/ok", java.net.http.HttpRequest.BodyPublishers.noBody());
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body()).isEmpty();
    assertThat(reply.header("Content-Length")).isEqualTo("11");
  }

  private static void assertError(Reply reply, int status) {
    assertThat(reply.status()).as(reply.text()).isEqualTo(status);
    JsonNode body = reply.json();
    assertThat(body.get("ok").asBoolean()).isFalse();
    assertThat(body.get("status").asInt()).isEqualTo(status);
    assertThat(body.get("msg").isString()).isTrue();
  }
}
