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

/** A {@link CallListener} hears every call once, sync and async, however it ended. */
class CallListenerIT {
  private RecordingServer server;
  private final List<String> heard = new CopyOnWriteArrayList<>();
  private final List<Throwable> errors = new CopyOnWriteArrayList<>();
  private final List<Duration> durations = new CopyOnWriteArrayList<>();

  private final CallListener recorder =
      new CallListener() {
        @Override
        public void onComplete(String service, String operation, int status, Duration duration) {
          heard.add(service + "." + operation + " " + status);
          durations.add(duration);
        }

        @Override
        public void onError(String service, String operation, Throwable error, Duration duration) {
          heard.add(service + "." + operation + " error");
          errors.add(error);
          durations.add(duration);
        }
      };

  @BeforeEach
  void start() {
    server = RecordingServer.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Hyper hyper(CallListener listener) {
    return TestHypers.builder()
        .connectionString(server.url() + "/test")
        .callListener(listener)
        .build();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void okAndNotOkAnswersAreCompletionsWithTheirStatus(Mode mode) {
    Hyper hyper = hyper(recorder);
    server.enqueue(
        Answer.json(201, "{\"ok\":true,\"id\":\"1\"}"),
        Answer.json(404, "{\"ok\":false,\"msg\":\"not found\"}"));

    mode.call(
        () -> hyper.data().add(Map.of("a", 1)), () -> hyper.data().async().add(Map.of("a", 1)));
    DocResult missing = mode.call(() -> hyper.data().get("x"), () -> hyper.data().async().get("x"));

    assertThat(missing.ok()).isFalse();
    assertThat(heard).containsExactly("data.add 201", "data.get 404");
    assertThat(durations).allSatisfy(d -> assertThat(d).isPositive());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aServerErrorIsOneErrorCarryingTheException(Mode mode) {
    Hyper hyper = hyper(recorder);
    server.enqueue(Answer.json(503, "{\"ok\":false,\"msg\":\"busy\"}"));

    assertThatThrownBy(
            () -> mode.call(() -> hyper.cache().get("k"), () -> hyper.cache().async().get("k")))
        .isInstanceOf(ServerException.class);

    assertThat(heard).containsExactly("cache.get error");
    assertThat(errors.get(0)).isInstanceOf(ServerException.class);
    assertThat(((ServerException) errors.get(0)).status()).isEqualTo(503);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void retriedNetworkFailuresAreOneErrorNotOnePerAttempt(Mode mode) {
    Hyper hyper = hyper(recorder);
    server.fallback(Answer.drop());

    // A PUT replace, which the operation table retries after a drop before any answer byte (on a
    // dropped connection the JDK itself resends a GET, which would blur the count).
    Map<String, Object> doc = Map.of("_id", "1");
    assertThatThrownBy(
            () ->
                mode.call(
                    () -> hyper.data().update("1", doc),
                    () -> hyper.data().async().update("1", doc)))
        .isInstanceOf(HyperIoException.class);

    assertThat(server.requestCount()).isEqualTo(3);
    assertThat(heard).containsExactly("data.update error");
    assertThat(errors.get(0)).isInstanceOf(HyperIoException.class);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aListenerThatThrowsChangesNoResult(Mode mode) {
    Hyper hyper =
        hyper(
            (service, operation, status, duration) -> {
              throw new IllegalStateException("listener bug");
            });
    server.enqueue(Answer.json(200, "{\"ok\":true,\"doc\":{\"_id\":\"1\"}}"));

    DocResult r = mode.call(() -> hyper.data().get("1"), () -> hyper.data().async().get("1"));

    assertThat(r.ok()).isTrue();
    assertThat(r.doc()).isEqualTo(Map.of("_id", "1"));
  }
}
