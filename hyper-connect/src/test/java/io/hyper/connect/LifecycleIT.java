package io.hyper.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.hyper.connect.testing.FaultServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code close()} releases what a {@code Hyper} made and nothing it was given; {@code withDomain}
 * shares one transport, so every domain rides one connection pool.
 */
class LifecycleIT {
  private static final Duration BOUND = Duration.ofSeconds(30);

  private FaultServer server;

  @BeforeEach
  void start() {
    server =
        FaultServer.start()
            .fallback(
                FaultServer.Policy.answer(
                    200,
                    "{\"ok\":true,\"id\":\"1\",\"doc\":{\"_id\":\"1\"},\"services\":[\"data\"]}"));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void withDomainSharesOneKeepAliveConnection() {
    try (Hyper hyper = Hyper.connect(server.url() + "/test")) {
      for (int i = 0; i < 20; i++) {
        assertThat(hyper.withDomain("domain-" + i).data().get("1").status()).isEqualTo(200);
      }
      assertThat(hyper.withDomain("orders").domain()).isEqualTo("orders");
    }

    assertThat(server.requests()).isEqualTo(20);
    assertThat(server.connections()).isEqualTo(1);
  }

  @Test
  void withDomainAddressesTheOtherDomain() {
    try (Hyper hyper = Hyper.connect(server.url() + "/test")) {
      hyper.withDomain("orders").data().get("1");

      assertThat(server.lastRequestLine()).isEqualTo("GET /data/orders/1 HTTP/1.1");
    }
  }

  @Test
  void fiftyDomainsUseOneSelectorThread() {
    int before = Threads.containing("SelectorManager");
    try (Hyper hyper = Hyper.connect(server.url() + "/test")) {
      List<Hyper> domains = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        domains.add(hyper.withDomain("d" + i));
      }
      domains.forEach(d -> d.info().services());

      assertThat(Threads.containing("SelectorManager")).isLessThanOrEqualTo(before + 1);
    }
  }

  @Test
  void closeEndsTheThreadsItMade() throws Exception {
    int poolBefore = Threads.named("hyper-connect-");
    int selectorsBefore = Threads.containing("SelectorManager");
    Hyper hyper = Hyper.connect(server.url() + "/test");
    List<CompletableFuture<?>> calls = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      calls.add(hyper.data().async().get("1"));
    }
    CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get();
    assertThat(Threads.named("hyper-connect-")).isGreaterThan(poolBefore);

    hyper.close();

    await()
        .atMost(BOUND)
        .untilAsserted(
            () -> assertThat(Threads.named("hyper-connect-")).isLessThanOrEqualTo(poolBefore));
    // Java 17 has no HttpClient.close(): its selector thread ends once the client is collected,
    // which close() allows by dropping the SDK's references, even while the application still
    // holds the closed Hyper, as here (Java 21+ shuts it down at once).
    await()
        .atMost(BOUND)
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(
            () -> {
              System.gc();
              assertThat(Threads.containing("SelectorManager"))
                  .isLessThanOrEqualTo(selectorsBefore);
            });
    assertThat(hyper.domain()).isEqualTo("test");
  }

  @Test
  void closeIsIdempotentAndLaterCallsFail() {
    Hyper hyper = Hyper.connect(server.url() + "/test");
    hyper.close();
    hyper.close();

    assertThatThrownBy(() -> hyper.data().get("1"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("data.get: this Hyper is closed");
    assertThatThrownBy(() -> hyper.data().async().get("1").get())
        .isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(IllegalStateException.class);
  }

  @Test
  void closingADerivedClientLeavesTheTransportOpen() {
    try (Hyper hyper = Hyper.connect(server.url() + "/test")) {
      hyper.withDomain("orders").close();

      assertThat(hyper.data().get("1").status()).isEqualTo(200);
    }
  }

  @Test
  void anInjectedClientAndExecutorStayTheCallersAfterClose() throws Exception {
    ExecutorService executor = Executors.newFixedThreadPool(2);
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    try {
      Hyper hyper =
          Hyper.builder()
              .connectionString(server.url() + "/test")
              .httpClient(client)
              .executor(executor)
              .build();
      assertThat(hyper.data().async().get("1").get().status()).isEqualTo(200);

      hyper.close();

      HttpResponse<String> raw =
          client.send(
              HttpRequest.newBuilder(URI.create(server.url() + "/")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(raw.statusCode()).isEqualTo(200);
      assertThat(executor.isShutdown()).isFalse();
    } finally {
      executor.shutdownNow();
    }
  }

  @Test
  void anInjectedClientCannotBeCombinedWithOptionsOfTheClientTheBuilderMakes() {
    HttpClient client = HttpClient.newHttpClient();

    assertThatThrownBy(
            () ->
                Hyper.builder()
                    .connectionString(server.url() + "/test")
                    .httpClient(client)
                    .connectTimeout(Duration.ofSeconds(1))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("httpClient cannot be combined with connectTimeout");
  }
}
