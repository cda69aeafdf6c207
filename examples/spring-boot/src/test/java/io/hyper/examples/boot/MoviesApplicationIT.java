package io.hyper.examples.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hyper.connect.Hyper;
import io.hyper.connect.queue.SignatureVerifier;
import io.hyper.spring.boot.test.AutoConfigureHyperLocal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The example app on a real port against its embedded hyper-local: REST over data, cache and
 * search; a queue job delivered to the app's own webhook, signature checked; a forged job refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHyperLocal
class MoviesApplicationIT {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @LocalServerPort int port;

  @Autowired Hyper hyper;

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HTTP.send(
        request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder to(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
  }

  private HttpResponse<String> postJson(String path, String json) throws Exception {
    return send(
        to(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private String addMovie(String title, String description) throws Exception {
    HttpResponse<String> created =
        postJson(
            "/movies",
            JSON.writeValueAsString(
                Map.of("title", title, "year", 2021, "description", description)));
    assertThat(created.statusCode()).isEqualTo(201);
    return JSON.readTree(created.body()).path("id").stringValue();
  }

  @Test
  void aMovieIsStoredCachedAndIndexedThroughTheQueueAndTheAppsOwnWebhook() throws Exception {
    String id = addMovie("Dune", "a desert planet and its spice");

    // Stored in data: visible through the SDK.
    assertThat(hyper.data().get(id).orThrow().doc()).containsEntry("title", "Dune");

    // Read through the cache: a miss fills it, the next read hits.
    HttpResponse<String> first = send(to("/movies/" + id).GET());
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.headers().firstValue("X-Cache")).contains("MISS");
    assertThat(JSON.readTree(first.body()).path("title").stringValue()).isEqualTo("Dune");
    assertThat(hyper.cache().get("movie-" + id).ok()).isTrue();
    assertThat(send(to("/movies/" + id).GET()).headers().firstValue("X-Cache")).contains("HIT");

    // hyper delivered the IndexJob to POST /jobs, signed; the worker indexed the movie.
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              JsonNode found = JSON.readTree(send(to("/movies/search?q=spice").GET()).body());
              assertThat(found.size()).isEqualTo(1);
              assertThat(found.get(0).path("title").stringValue()).isEqualTo("Dune");
            });
    assertThat(hyper.queue().errors().orThrow().jobs()).isEmpty();
  }

  @Test
  void aForgedOrUnsignedJobIsRefusedBeforeTheWorkerRuns() throws Exception {
    // Stored without a job: only a (forged) delivery could get it indexed.
    String id =
        hyper
            .data()
            .add(new Movie(null, "Forged", 2020, "zanzibar only a forged job would index"))
            .orThrow()
            .id();
    String job = JSON.writeValueAsString(Map.of("movieId", id));
    String forged = "t=" + System.currentTimeMillis() + ",sig=" + "0".repeat(64);

    HttpResponse<String> withForgery =
        send(
            to("/jobs")
                .header("Content-Type", "application/json")
                .header(SignatureVerifier.HEADER, forged)
                .POST(HttpRequest.BodyPublishers.ofString(job)));
    HttpResponse<String> unsigned = postJson("/jobs", job);

    assertThat(withForgery.statusCode()).isEqualTo(401);
    assertThat(JSON.readTree(withForgery.body()).path("ok").booleanValue()).isFalse();
    assertThat(unsigned.statusCode()).isEqualTo(401);
    // The worker runs within the delivery's request, so had it run the movie would be found now.
    assertThat(JSON.readTree(send(to("/movies/search?q=zanzibar").GET()).body()).size()).isZero();
  }

  @Test
  void actuatorShowsHyperHealthAndTimesEveryCall() throws Exception {
    addMovie("Arrival", "linguist meets heptapods");

    JsonNode health = JSON.readTree(send(to("/actuator/health").GET()).body());
    assertThat(health.path("components").path("hyper").path("status").stringValue())
        .isEqualTo("UP");
    assertThat(health.path("components").path("hyper").path("details").path("domain").stringValue())
        .isEqualTo(hyper.domain());

    JsonNode timer =
        JSON.readTree(
            send(to("/actuator/metrics/hyper.client.requests?tag=operation:add&tag=service:data")
                    .GET())
                .body());
    assertThat(timer.path("measurements").get(0).path("value").asDouble()).isGreaterThan(0);
  }
}
