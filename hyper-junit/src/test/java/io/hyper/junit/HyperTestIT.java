package io.hyper.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.connect.Hyper;
import io.hyper.connect.storage.DownloadResult;
import io.hyper.local.HyperLocal;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** The zero-configuration extension, as a user writes it. */
@HyperTest
class HyperTestIT {
  private Hyper fromBeforeEach;

  @BeforeEach
  void setUp(Hyper hyper) {
    fromBeforeEach = hyper;
  }

  @Test
  void eachServiceIsCreatedAndReady(Hyper hyper) throws IOException {
    assertThat(hyper.data().add(Map.of("_id", "movie-1", "title", "Dune")).ok()).isTrue();
    assertThat(hyper.data().get("movie-1").doc()).containsEntry("title", "Dune");
    assertThat(hyper.cache().add("movie-1", Map.of("title", "Dune")).ok()).isTrue();
    assertThat(hyper.search().add("movie-1", Map.of("title", "Dune")).ok()).isTrue();
    assertThat(hyper.search().query("dune").matches()).hasSize(1);
    assertThat(hyper.storage().upload("a/b.txt", "hello".getBytes(StandardCharsets.UTF_8)).ok())
        .isTrue();
    try (DownloadResult download = hyper.storage().download("a/b.txt");
        InputStream body = download.body()) {
      assertThat(new String(body.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("hello");
    }
  }

  @RepeatedTest(3)
  void everyTestHasAFreshDomain(Hyper hyper) {
    // The same id in every repetition: a shared domain would answer 409 the second time.
    assertThat(hyper.data().add(Map.of("_id", "same")).status()).isEqualTo(201);
    assertThat(hyper.data().list().docs()).hasSize(1);
    assertThat(hyper.cache().add("same", Map.of("n", 1)).status()).isEqualTo(201);
  }

  @Test
  void beforeEachAndTestShareOneHyper(Hyper hyper) {
    assertThat(hyper).isSameAs(fromBeforeEach);
  }

  @Test
  void asyncFormsWorkToo(Hyper hyper) {
    assertThat(hyper.data().async().add(Map.of("_id", "x")).join().id()).isEqualTo("x");
    assertThat(hyper.data().async().get("x").join().ok()).isTrue();
  }

  @Test
  void theServerIsInjectable(Hyper hyper, HyperLocal server) {
    assertThat(server.authEnabled()).isFalse();
    assertThat(hyper.info().services().services())
        .isEqualTo(List.of("cache", "data", "storage", "search", "queue"));
    // The server's own address, or the load balancer's with -Dhyper.junit.instances.
    String base = server.connectionString("d");
    assertThat(hyper.connectionString().toString())
        .startsWith(base.substring(0, base.length() - 2));
  }
}
