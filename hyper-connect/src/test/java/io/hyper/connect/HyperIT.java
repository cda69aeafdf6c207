package io.hyper.connect;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.connect.testing.Json;
import io.hyper.connect.testing.Mode;
import io.hyper.connect.testing.RecordingServer;
import io.hyper.connect.testing.RecordingServer.Answer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/** Builder options at work over HTTP, and one {@code Hyper} shared by many threads. */
class HyperIT {

  /** A document with a camel-case field, to see the configured naming strategy at work. */
  record Note(String noteText) {}

  @ParameterizedTest
  @EnumSource(Mode.class)
  void theConfiguredObjectMapperWritesAndReadsDocuments(Mode mode) {
    try (RecordingServer server = RecordingServer.start()) {
      Hyper hyper =
          Hyper.builder()
              .connectionString(server.url() + "/test")
              .objectMapper(
                  JsonMapper.builder()
                      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                      .build())
              .build();
      server.enqueue(
          Answer.json(201, "{\"ok\":true,\"id\":\"1\"}"),
          Answer.json(200, "{\"ok\":true,\"doc\":{\"note_text\":\"hi\"}}"));

      mode.call(
          () -> hyper.data().add(new Note("hi")), () -> hyper.data().async().add(new Note("hi")));
      Note read =
          mode.call(() -> hyper.data().get("1"), () -> hyper.data().async().get("1"))
              .doc(Note.class);

      assertThat(Json.parse(server.takeRequest().bodyText()))
          .isEqualTo(Json.parse("{\"note_text\":\"hi\"}"));
      assertThat(read).isEqualTo(new Note("hi"));
    }
  }

  @Test
  void asyncCallsCompleteOnTheConfiguredExecutor() throws Exception {
    AtomicInteger tasks = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try (RecordingServer server = RecordingServer.start()) {
      Hyper hyper =
          Hyper.builder()
              .connectionString(server.url() + "/test")
              .executor(
                  task -> {
                    tasks.incrementAndGet();
                    pool.execute(task);
                  })
              .build();

      OkResult r = hyper.data().async().create().get(5, TimeUnit.SECONDS);

      assertThat(r.ok()).isTrue();
      assertThat(tasks.get()).isPositive();
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void oneHyperServesManyConcurrentCalls() throws Exception {
    try (RecordingServer server = RecordingServer.start()) {
      server.fallback(Answer.json(200, "{\"ok\":true,\"doc\":{\"_id\":\"x\"}}"));
      Hyper hyper = Hyper.connect(server.url().replace("://", "://k:s@") + "/test");
      List<CompletableFuture<DocResult>> calls = new ArrayList<>();
      ExecutorService callers = Executors.newFixedThreadPool(4);
      try {
        for (int i = 0; i < 40; i++) {
          String id = "doc-" + i;
          calls.add(
              i % 2 == 0
                  ? hyper.data().async().get(id)
                  : CompletableFuture.supplyAsync(() -> hyper.data().get(id), callers));
        }
        for (CompletableFuture<DocResult> call : calls) {
          assertThat(call.get(10, TimeUnit.SECONDS).doc()).containsEntry("_id", "x");
        }
      } finally {
        callers.shutdownNow();
      }
      assertThat(server.drain()).hasSize(40);
    }
  }
}
