package io.hyper.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyper.connect.testing.Mode;
import io.hyper.connect.testing.RecordingServer;
import io.hyper.connect.testing.RecordingServer.Answer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code throwOnError(true)}: every not-ok answer throws its typed exception, in both forms. */
class ThrowOnErrorIT {
  private RecordingServer server;
  private final List<String> outcomes = new CopyOnWriteArrayList<>();
  private Hyper hyper;

  @BeforeEach
  void start() {
    server = RecordingServer.start();
    hyper =
        Hyper.builder()
            .connectionString(server.url() + "/test")
            .throwOnError(true)
            .callListener(
                new CallListener() {
                  @Override
                  public void onComplete(
                      String service, String operation, int status, Duration duration) {
                    outcomes.add(operation + " " + status);
                  }

                  @Override
                  public void onError(
                      String service, String operation, Throwable error, Duration duration) {
                    outcomes.add(operation + " error");
                  }
                })
            .build();
  }

  @AfterEach
  void stop() {
    hyper.close();
    server.close();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void a404Throws(Mode mode) {
    server.enqueue(Answer.json(404, "{\"ok\":false,\"msg\":\"missing\"}"));

    assertThatThrownBy(
            () -> mode.call(() -> hyper.data().get("m1"), () -> hyper.data().async().get("m1")))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("404 data.get: missing");
    // Reported once, as the answer it was, not again as an error.
    org.awaitility.Awaitility.await().untilAsserted(() -> assertThat(outcomes).hasSize(1));
    assertThat(outcomes).containsExactly("get 404");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void a409Throws(Mode mode) {
    server.enqueue(Answer.json(409, "{\"ok\":false,\"msg\":\"document conflict\"}"));
    Map<String, Object> doc = Map.of("_id", "m1");

    assertThatThrownBy(
            () -> mode.call(() -> hyper.data().add(doc), () -> hyper.data().async().add(doc)))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.status()).isEqualTo(409))
        .hasMessageContaining("document conflict");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void a400Throws(Mode mode) {
    server.enqueue(Answer.json(400, "{\"ok\":false,\"msg\":\"bad selector\"}"));

    assertThatThrownBy(
            () ->
                mode.call(() -> hyper.search().query("x"), () -> hyper.search().async().query("x")))
        .isInstanceOf(BadRequestException.class)
        .hasMessage("400 search.query: bad selector");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void okAnswersAreResultsAsBefore(Mode mode) {
    server.enqueue(Answer.json(201, "{\"ok\":true,\"id\":\"m1\"}"));
    Map<String, Object> doc = Map.of("_id", "m1");

    IdResult r = mode.call(() -> hyper.data().add(doc), () -> hyper.data().async().add(doc));

    assertThat(r.id()).isEqualTo("m1");
  }
}
