package io.hyper.e2e;

import static io.hyper.e2e.Outcomes.assertNotOk;
import static io.hyper.e2e.Outcomes.assertOk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyper.connect.Hyper;
import io.hyper.connect.Result;
import io.hyper.connect.UnauthorizedException;
import io.hyper.connect.storage.DownloadResult;
import io.hyper.connect.storage.SignedUrlType;
import io.hyper.junit.HyperExtension;
import io.hyper.local.HyperLocal;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Auth on: a hyper-local with an app key accepts the SDK's tokens on every service, and answers a
 * client signing with the wrong secret (or an unknown key) with a not-ok 401 result.
 */
class AuthIT {
  private static final String KEY = "e2e-key";
  private static final String SECRET = "e2e-app-secret";

  @RegisterExtension
  static final HyperExtension HYPER = HyperExtension.builder().appKey(KEY, SECRET).build();

  @ParameterizedTest
  @EnumSource(Mode.class)
  void everyServiceAcceptsTheSdksTokens(Mode mode, Hyper hyper, HyperLocal server)
      throws Exception {
    assertThat(server.authEnabled()).isTrue();
    var data = hyper.data();
    var cache = hyper.cache();
    var search = hyper.search();
    var storage = hyper.storage();
    var queue = hyper.queue();
    var info = hyper.info();
    Map<String, Object> doc = Map.of("_id", "movie-1", "title", "Dune");
    byte[] bytes = "poster".getBytes(StandardCharsets.UTF_8);

    assertOk(mode.call(() -> data.add(doc), () -> data.async().add(doc)), 201);
    assertThat(mode.call(() -> data.get("movie-1"), () -> data.async().get("movie-1")).doc())
        .isEqualTo(doc);
    assertOk(
        mode.call(() -> cache.add("movie-1", doc), () -> cache.async().add("movie-1", doc)), 201);
    assertThat(mode.call(() -> cache.get("movie-1"), () -> cache.async().get("movie-1")).doc())
        .isEqualTo(doc);
    assertOk(
        mode.call(() -> search.add("movie-1", doc), () -> search.async().add("movie-1", doc)), 201);
    assertThat(mode.call(() -> search.query("dune"), () -> search.async().query("dune")).matches())
        .hasSize(1);
    assertOk(
        mode.call(
            () -> storage.upload("posters/dune.png", bytes),
            () -> storage.async().upload("posters/dune.png", bytes)),
        201);
    try (DownloadResult download =
            mode.call(
                () -> storage.download("posters/dune.png"),
                () -> storage.async().download("posters/dune.png"));
        InputStream body = assertOk(download, 200).body()) {
      assertThat(body.readAllBytes()).isEqualTo(bytes);
    }
    try (QueueTarget target = QueueTarget.answering(200)) {
      assertOk(
          mode.call(
              () -> queue.create(target.url(), "q-secret"),
              () -> queue.async().create(target.url(), "q-secret")),
          201);
      assertOk(mode.call(() -> queue.enqueue(doc), () -> queue.async().enqueue(doc)), 201);
      target.next(Duration.ofSeconds(10));
      assertOk(mode.call(queue::errors, queue.async()::errors), 200);
    }
    assertThat(mode.call(info::services, info.async()::services).services())
        .contains("data", "queue");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aClientWithTheWrongSecretGetsNotOk401FromEveryService(
      Mode mode, Hyper hyper, HyperLocal server) {
    Hyper wrongSecret = client(server, hyper, KEY, "not-the-secret");
    Hyper unknownKey = client(server, hyper, "someone-else", SECRET);

    for (Hyper intruder : List.of(wrongSecret, unknownKey)) {
      for (Function<Hyper, Result> call : everyService(mode)) {
        Result refused = call.apply(intruder);
        assertNotOk(refused, 401, UnauthorizedException.class);
        // No secret in what a developer sees: the result, its exception, the connection.
        assertThat(refused.toString()).doesNotContain(SECRET, "not-the-secret");
        assertThatThrownBy(refused::orThrow).message().doesNotContain(SECRET, "not-the-secret");
        assertThat(intruder.connectionString().toString()).doesNotContain(SECRET, "not-the-secret");
      }
    }
    // Nothing got through.
    assertThat(hyper.data().list().docs()).isEmpty();
    assertThat(hyper.cache().query().entries()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aSignedUrlNeedsNoTokenWhenAuthIsOn(Mode mode, Hyper hyper) throws Exception {
    var storage = hyper.storage();
    byte[] bytes = "signed".getBytes(StandardCharsets.UTF_8);
    storage.upload("a/b.txt", bytes).orThrow();
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    URI url =
        mode.call(
                () -> storage.signedUrl("a/b.txt", SignedUrlType.DOWNLOAD),
                () -> storage.async().signedUrl("a/b.txt", SignedUrlType.DOWNLOAD))
            .url();
    HttpResponse<byte[]> get =
        http.send(
            HttpRequest.newBuilder(url).GET().build(), HttpResponse.BodyHandlers.ofByteArray());

    assertThat(get.statusCode()).isEqualTo(200);
    assertThat(get.body()).isEqualTo(bytes);
  }

  /** One call per service, in the mode; each must be refused before it touches anything. */
  private static List<Function<Hyper, Result>> everyService(Mode mode) {
    Map<String, Object> doc = Map.of("_id", "intruder");
    return List.of(
        h -> mode.call(() -> h.data().add(doc), () -> h.data().async().add(doc)),
        h -> mode.call(() -> h.data().list(), () -> h.data().async().list()),
        h ->
            mode.call(
                () -> h.cache().add("intruder", doc), () -> h.cache().async().add("intruder", doc)),
        h -> mode.call(() -> h.search().query("dune"), () -> h.search().async().query("dune")),
        h -> downloadStatus(mode, h),
        h -> mode.call(() -> h.queue().queued(), () -> h.queue().async().queued()),
        h -> mode.call(() -> h.info().services(), () -> h.info().async().services()));
  }

  private static Result downloadStatus(Mode mode, Hyper hyper) {
    try (DownloadResult download =
        mode.call(
            () -> hyper.storage().download("a.txt"),
            () -> hyper.storage().async().download("a.txt"))) {
      return download;
    }
  }

  private static Hyper client(HyperLocal server, Hyper hyper, String key, String secret) {
    String domain = hyper.connectionString().path().substring(1);
    return Hyper.connect(
        server.url().replace("://", "://" + key + ":" + secret + "@") + "/" + domain);
  }
}
