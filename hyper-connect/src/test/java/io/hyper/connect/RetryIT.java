package io.hyper.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyper.connect.testing.FaultServer;
import io.hyper.connect.testing.FaultServer.Kind;
import io.hyper.connect.testing.FaultServer.Policy;
import io.hyper.connect.testing.Mode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What is re-sent under each fault, per retry class of the operation table, counted at a raw socket
 * server: writes that may have reached the server arrive exactly once whatever fails; reads and
 * replaces are re-sent when no byte of an answer came back; nothing is re-sent once an answer
 * began. Every case runs sync and async.
 */
class RetryIT {
  private FaultServer server;
  private Hyper hyper;

  @BeforeEach
  void start() {
    server = FaultServer.start();
    hyper =
        TestHypers.builder()
            .connectionString(server.url() + "/test")
            .requestTimeout(Duration.ofMillis(500))
            .idleTimeout(Duration.ofMillis(500))
            .build();
  }

  @AfterEach
  void stop() {
    hyper.close();
    server.close();
  }

  /** An operation of the IF_NOT_SENT class, in both forms. */
  private record Write(String name, Function<Hyper, Object> sync, Function<Hyper, Object> async) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static List<Write> writes() {
    Map<String, Object> doc = Map.of("a", 1);
    return List.of(
        new Write("data.add", h -> h.data().add(doc), h -> h.data().async().add(doc)),
        new Write("data.create", h -> h.data().create(), h -> h.data().async().create()),
        new Write(
            "data.bulk",
            h -> h.data().bulk(List.of(Map.of("_id", "1"))),
            h -> h.data().async().bulk(List.of(Map.of("_id", "1")))),
        new Write(
            "queue.enqueue", h -> h.queue().enqueue(doc), h -> h.queue().async().enqueue(doc)),
        new Write(
            "storage.upload",
            h -> h.storage().upload("a.txt", new byte[] {1, 2}),
            h -> h.storage().async().upload("a.txt", new byte[] {1, 2})),
        new Write("cache.add", h -> h.cache().add("k", doc), h -> h.cache().async().add("k", doc)));
  }

  static Stream<Arguments> writesUnderFaults() {
    List<Arguments> out = new ArrayList<>();
    for (Write write : writes()) {
      for (Kind fault :
          List.of(
              Kind.DROP_BEFORE_ANSWER,
              Kind.DROP_MID_HEADERS,
              Kind.DROP_MID_BODY,
              Kind.ANSWER_SLOWLY,
              Kind.STALL_BODY)) {
        for (Mode mode : Mode.values()) {
          out.add(Arguments.of(write, fault, mode));
        }
      }
    }
    return out.stream();
  }

  @SuppressWarnings("unchecked")
  private static Object call(Mode mode, Write write, Hyper hyper) {
    return mode.call(
        () -> write.sync().apply(hyper),
        () -> (CompletableFuture<Object>) write.async().apply(hyper));
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("writesUnderFaults")
  void aWriteThatMayHaveArrivedIsSentExactlyOnce(Write write, Kind fault, Mode mode) {
    server.fallback(
        Policy.of(fault).answering(201, "{\"ok\":true,\"id\":\"1\"}").after(seconds(3)));

    assertThatThrownBy(() -> call(mode, write, hyper))
        .isInstanceOf(HyperIoException.class)
        .hasMessageStartingWith(write.name() + ": ")
        .hasMessageNotContaining("attempts");
    assertThat(server.requests()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aCreateAnswered201AndDroppedMidBodyIsNotSentAgain(Mode mode) {
    server.fallback(Policy.of(Kind.DROP_MID_BODY).answering(201, "{\"ok\":true}"));

    assertThatThrownBy(() -> mode.call(() -> hyper.data().create(), hyper.data().async()::create))
        .isInstanceOf(HyperIoException.class)
        .hasMessageContaining("data.create: PUT");
    assertThat(server.requests()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aWriteIsRetriedWhenTheConnectionWasRefused(Mode mode) {
    String url;
    try (FaultServer closed = FaultServer.start()) {
      url = closed.url();
    }
    try (Hyper down = TestHypers.builder().connectionString(url + "/test").build()) {
      assertThatThrownBy(
              () ->
                  mode.call(
                      () -> down.data().add(Map.of("a", 1)),
                      () -> down.data().async().add(Map.of("a", 1))))
          .isInstanceOf(HyperIoException.class)
          .hasMessageContaining("data.add: POST " + url + "/data/test failed after 3 attempts")
          .hasMessageContaining("ConnectException");
    }
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aReplaceIsRetriedWhenNoAnswerCameBack(Mode mode) {
    server.enqueue(
        Policy.of(Kind.DROP_BEFORE_ANSWER),
        Policy.of(Kind.ANSWER_SLOWLY).after(seconds(3)),
        Policy.answer(200, "{\"ok\":true,\"id\":\"1\"}"));

    IdResult r =
        mode.call(
            () -> hyper.data().update("1", Map.of("a", 1)),
            () -> hyper.data().async().update("1", Map.of("a", 1)));

    assertThat(r.id()).isEqualTo("1");
    assertThat(server.requests()).isEqualTo(3);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aReadThatTimesOutEveryTimeFailsAfterMaxRetries(Mode mode) {
    server.fallback(Policy.of(Kind.ANSWER_SLOWLY).after(seconds(3)));

    assertThatThrownBy(
            () -> mode.call(() -> hyper.data().get("1"), () -> hyper.data().async().get("1")))
        .isInstanceOf(HyperIoException.class)
        .hasMessageContaining(
            "data.get: GET " + server.url() + "/data/test/1 failed after 3 attempts")
        .hasMessageContaining("no answer within 500 ms (requestTimeout)");
    assertThat(server.requests()).isEqualTo(3);
  }

  static Stream<Arguments> answerStartedFaults() {
    List<Arguments> out = new ArrayList<>();
    for (Kind fault : List.of(Kind.DROP_MID_HEADERS, Kind.DROP_MID_BODY, Kind.STALL_BODY)) {
      for (Mode mode : Mode.values()) {
        out.add(Arguments.of(fault, mode));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("answerStartedFaults")
  void aReadIsNotRetriedOnceAnyByteOfTheAnswerArrived(Kind fault, Mode mode) {
    server.fallback(Policy.of(fault));

    assertThatThrownBy(
            () ->
                mode.call(
                    () -> hyper.data().update("1", Map.of("a", 1)),
                    () -> hyper.data().async().update("1", Map.of("a", 1))))
        .isInstanceOf(HyperIoException.class)
        .hasMessageNotContaining("attempts");
    assertThat(server.requests()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aStreamUploadIsNeverSentTwice(Mode mode) {
    server.fallback(Policy.of(Kind.DROP_BEFORE_ANSWER));
    Supplier<java.io.InputStream> body = () -> new java.io.ByteArrayInputStream(new byte[1000]);

    assertThatThrownBy(
            () ->
                mode.call(
                    () -> hyper.storage().upload("a.bin", body.get()),
                    () -> hyper.storage().async().upload("a.bin", body.get())))
        .isInstanceOf(HyperIoException.class)
        .hasMessageStartingWith("storage.upload: POST");
    assertThat(server.requests()).isEqualTo(1);
  }

  private static Duration seconds(int n) {
    return Duration.ofSeconds(n);
  }
}
