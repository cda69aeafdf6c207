package io.hyper.local.core.queue;

import static io.hyper.local.core.HyperErrorAssert.assertStatus;
import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.local.core.Json;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueueRulesTest {
  @Test
  void createNameIsLowerCasedThenChecked() {
    assertThat(QueueSettings.createName("My-Queue_1~")).isEqualTo("my-queue_1~");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a b", "a/b", "a.b", "ä", "a!"})
  void invalidQueueNameIs422(String name) {
    assertStatus(422, () -> QueueSettings.createName(name));
  }

  @Test
  void settingsReadTargetAndSecret() {
    QueueSettings s =
        QueueSettings.from(
            Json.object().put("target", "https://w.example/jobs").put("secret", "shh"));
    assertThat(s.target().toString()).isEqualTo("https://w.example/jobs");
    assertThat(s.secret()).contains("shh");
    assertThat(s.toString()).doesNotContain("shh");
  }

  @Test
  void emptyOrNullSecretMeansUnsigned() {
    assertThat(
            QueueSettings.from(Json.object().put("target", "http://x/").put("secret", "")).secret())
        .isEmpty();
    assertThat(
            QueueSettings.from(Json.object().put("target", "http://x/").putNull("secret")).secret())
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"not a url", "/relative", "ftp://x/y", "mailto:a@b", "http://", ""})
  void targetThatIsNotAnAbsoluteHttpUrlIs422(String target) {
    assertStatus(422, () -> QueueSettings.from(Json.object().put("target", target)));
  }

  @Test
  void missingOrNonStringTargetAndBadSecretAre422() {
    assertStatus(422, () -> QueueSettings.from(Json.object()));
    assertStatus(422, () -> QueueSettings.from(Json.object().put("target", 5)));
    assertStatus(
        422, () -> QueueSettings.from(Json.object().put("target", "http://x/").put("secret", 5)));
    String longSecret = "s".repeat(QueueSettings.MAX_SECRET + 1);
    assertStatus(
        422,
        () ->
            QueueSettings.from(Json.object().put("target", "http://x/").put("secret", longSecret)));
    assertThat(
            QueueSettings.from(
                    Json.object().put("target", "http://x/").put("secret", "s".repeat(100)))
                .secret())
        .isPresent();
  }

  @Test
  void statusMustBeReadyOrError() {
    assertThat(JobStatus.parse(Optional.of("READY"))).isEqualTo(JobStatus.READY);
    assertThat(JobStatus.parse(Optional.of("ERROR"))).isEqualTo(JobStatus.ERROR);
    assertStatus(422, () -> JobStatus.parse(Optional.empty()));
    assertStatus(422, () -> JobStatus.parse(Optional.of("ready")));
    assertStatus(422, () -> JobStatus.parse(Optional.of("DONE")));
  }

  @Test
  void signatureMatchesAKnownAnswer() {
    // printf '1700000000000.{"a":1}' | openssl dgst -sha256 -hmac shh
    assertThat(
            DeliverySignature.header(
                "shh", 1_700_000_000_000L, "{\"a\":1}".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(
            "t=1700000000000,sig=eb0eb8428ea6e965a2037d7c343d18d3d5ee21a3917ff2163c6d8dae58a70bcb");
  }

  @Test
  void backoffDoublesAndCountsAttemptsInAll() {
    Backoff b = new Backoff(3, Duration.ofSeconds(1));
    assertThat(b.delayAfter(1)).isEqualTo(Duration.ofSeconds(1));
    assertThat(b.delayAfter(2)).isEqualTo(Duration.ofSeconds(2));
    assertThat(b.delayAfter(3)).isEqualTo(Duration.ofSeconds(4));
    assertThat(b.delayAfter(40)).isEqualTo(Duration.ofHours(1));
    assertThat(b.retries(1)).isTrue();
    assertThat(b.retries(2)).isTrue();
    assertThat(b.retries(3)).isFalse();
    assertThat(new Backoff(1, Duration.ZERO).retries(1)).isFalse();
  }

  @Test
  void deliveryErrorKeepsAtMostOneKibWithoutSplittingACharacter() {
    String answer = "x".repeat(1023) + "é" + "y".repeat(5000);
    DeliveryError e = DeliveryError.answered(500, answer.getBytes(StandardCharsets.UTF_8));
    assertThat(e.msg()).isEqualTo("x".repeat(1023));
    assertThat(e.status()).hasValue(500);
    String exact = "z".repeat(2000);
    assertThat(DeliveryError.answered(502, exact.getBytes(StandardCharsets.UTF_8)).msg())
        .hasSize(1024);
  }

  @Test
  void emptyAnswerAndNetworkErrorsStillSaySomething() {
    assertThat(DeliveryError.answered(503, new byte[0]).msg()).isEqualTo("target answered 503");
    DeliveryError network = DeliveryError.network(new java.net.ConnectException("refused"));
    assertThat(network.status()).isEmpty();
    assertThat(network.msg()).isEqualTo("ConnectException: refused");
    assertThat(network.toJson().has("status")).isFalse();
  }
}
