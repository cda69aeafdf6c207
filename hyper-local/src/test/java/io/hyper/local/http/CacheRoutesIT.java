package io.hyper.local.http;

import static io.hyper.local.http.ReplyAssertions.assertError;
import static io.hyper.local.http.ReplyAssertions.assertOk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hyper.local.HyperLocal;
import io.hyper.local.TestHttp;
import io.hyper.local.TestHttp.Reply;
import io.hyper.local.core.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * Every route and answer of the cache service (§5) over real HTTP.
 *
 * <p>An engine module runs the same routes on its engine by subclassing this class in this package
 * and declaring its own {@code start()}/{@code stop()}, which hide these (JUnit then runs only
 * theirs), setting {@link #hyper} and {@link #http}.
 */
class CacheRoutesIT {
  private static final AtomicInteger STORES = new AtomicInteger();

  /** The server under test. */
  static HyperLocal hyper;

  /** A client of {@link #hyper}. */
  static TestHttp http;

  private String store;

  @BeforeAll
  static void start() {
    hyper = HyperLocal.builder().start();
    http = new TestHttp(hyper.url());
  }

  @AfterAll
  static void stop() {
    hyper.close();
  }

  @BeforeEach
  void createStore() {
    store = "store-" + STORES.incrementAndGet();
    assertOk(http.put("/cache/" + store, ""), 201);
  }

  @Test
  void descriptionListsTheStores() {
    Reply reply = http.get("/cache");
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("name").asString()).isEqualTo("cache");
    assertThat(reply.json().get("version").isString()).isTrue();
    assertThat(names(reply.json().get("stores"))).contains(store);
  }

  @Test
  void createOfAnExistingStoreIs409() {
    assertError(http.put("/cache/" + store, ""), 409);
  }

  @Test
  void createLowerCasesTheNameSoMixedCaseKeyRoutesAre404() {
    String mixed = "Mixed-" + STORES.incrementAndGet();
    assertOk(http.put("/cache/" + mixed, ""), 201);
    assertThat(names(http.get("/cache").json().get("stores"))).contains(mixed.toLowerCase());
    assertError(http.post("/cache/" + mixed, "{\"key\":\"k\",\"value\":{}}"), 404);
    assertError(http.delete("/cache/" + mixed), 422);
    assertOk(http.delete("/cache/" + mixed.toLowerCase()), 200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"-dash", "_under", "sp%20ace", "dot.ted", "a%2Fb", "%C3%A9"})
  void invalidStoreNamesAre422(String name) {
    assertError(http.put("/cache/" + name, ""), 422);
    assertError(http.delete("/cache/" + name), 422);
    assertError(http.post("/cache/" + name + "/_query", ""), 422);
  }

  @Test
  void destroyRemovesTheStoreAndItsEntries() {
    set("k", "{\"a\":1}");
    assertOk(http.delete("/cache/" + store), 200);
    assertError(http.delete("/cache/" + store), 404);
    assertError(http.get("/cache/" + store + "/k"), 404);
    assertOk(http.put("/cache/" + store, ""), 201);
    assertError(http.get("/cache/" + store + "/k"), 404);
  }

  @Test
  void addThenGetReturnsTheBareValueByDefault() {
    assertOk(
        http.post("/cache/" + store, "{\"key\":\"movie-1\",\"value\":{\"title\":\"Dune\"}}"), 201);
    Reply reply = http.get("/cache/" + store + "/movie-1");
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json()).isEqualTo(Json.object().put("title", "Dune"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"true", " true ", ""})
  void legacyHeaderTrueOrEmptyKeepsTheBareValue(String header) {
    set("k", "{\"a\":1}");
    Reply reply = http.get("/cache/" + store + "/k", "X-HYPER-LEGACY-GET", header);
    assertThat(reply.json()).isEqualTo(Json.object().put("a", 1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"false", "TRUE", "1", "no"})
  void legacyHeaderOtherwiseGivesTheHyperShape(String header) {
    set("k", "{\"a\":1}");
    Reply reply = http.get("/cache/" + store + "/k", "x-hyper-legacy-get", header);
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json()).isEqualTo(Json.ok().set("doc", Json.object().put("a", 1)));
  }

  @Test
  void getOfAMissingKeyIs404InBothModes() {
    assertError(http.get("/cache/" + store + "/nope"), 404);
    assertError(http.get("/cache/" + store + "/nope", "X-HYPER-LEGACY-GET", "false"), 404);
  }

  @Test
  void addOfALiveKeyIs409AndKeepsTheFirstValue() {
    set("k", "{\"v\":1}");
    assertError(http.post("/cache/" + store, "{\"key\":\"k\",\"value\":{\"v\":2}}"), 409);
    assertThat(http.get("/cache/" + store + "/k").json().get("v").asInt()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"value\":{}}",
        "{\"key\":5,\"value\":{}}",
        "{\"key\":\"Upper\",\"value\":{}}",
        "{\"key\":\"1st\",\"value\":{}}",
        "{\"key\":\"a b\",\"value\":{}}",
        "{\"key\":\"k\"}",
        "{\"key\":\"k\",\"value\":[1]}",
        "{\"key\":\"k\",\"value\":\"text\"}",
        "{\"key\":\"k\",\"value\":null}",
        "{\"key\":\"k\",\"value\":{},\"ttl\":\"1h30m\"}",
        "{\"key\":\"k\",\"value\":{},\"ttl\":\"soon\"}",
        "{\"key\":\"k\",\"value\":{},\"ttl\":true}",
        "[{\"key\":\"k\",\"value\":{}}]",
      })
  void badAddsAre422AndStoreNothing(String body) {
    assertError(http.post("/cache/" + store, body), 422);
    assertThat(query("*")).isEmpty();
  }

  @Test
  void malformedJsonIs400() {
    assertError(http.post("/cache/" + store, "{\"key\":"), 400);
    assertError(http.put("/cache/" + store + "/k", "{"), 400);
  }

  @Test
  void keyOperationsOnAMissingStoreAre404() {
    String missing = "/cache/no-such-store";
    assertError(http.post(missing, "{\"key\":\"k\",\"value\":{}}"), 404);
    assertError(http.get(missing + "/k"), 404);
    assertError(http.put(missing + "/k", "{}"), 404);
    assertError(http.delete(missing + "/k"), 404);
    assertError(http.post(missing + "/_query", ""), 404);
    assertError(http.get(missing + "/_query"), 404);
  }

  @Test
  void invalidKeysAre422OnEveryKeyRoute() {
    for (String key : List.of("Upper", "1st", "a%20b", "a.b", "%C3%A9")) {
      assertError(http.get("/cache/" + store + "/" + key), 422);
      assertError(http.put("/cache/" + store + "/" + key, "{}"), 422);
      assertError(http.delete("/cache/" + store + "/" + key), 422);
    }
  }

  @Test
  void setReplacesUpsertsAndAcceptsEncodedSlashes() {
    assertOk(http.put("/cache/" + store + "/a%2Fb", "{\"x\":1,\"y\":2}"), 200);
    assertOk(http.put("/cache/" + store + "/a%2Fb", "{\"x\":3}"), 200);
    assertThat(http.get("/cache/" + store + "/a%2Fb").json()).isEqualTo(Json.object().put("x", 3));
    assertThat(names(query("a/*"))).containsExactly("a/b");
  }

  @Test
  void badSetsAre422AndChangeNothing() {
    set("k", "{\"v\":1}");
    assertError(http.put("/cache/" + store + "/k", "[1]"), 422);
    assertError(http.put("/cache/" + store + "/k?ttl=1mo", "{\"v\":2}"), 422);
    assertError(http.put("/cache/" + store + "/k?ttl=", "{\"v\":2}"), 422);
    assertThat(http.get("/cache/" + store + "/k").json()).isEqualTo(Json.object().put("v", 1));
  }

  @Test
  void removeIsIdempotent() {
    set("k", "{}");
    assertOk(http.delete("/cache/" + store + "/k"), 200);
    assertOk(http.delete("/cache/" + store + "/k"), 200);
    assertError(http.get("/cache/" + store + "/k"), 404);
  }

  @Test
  void queryMatchesGlobsOnPostAndGet() {
    for (String key : List.of("movie-1", "movie-2", "album-1", "star-movie", "movie-dune-1984")) {
      set(key, "{\"key\":\"" + key + "\"}");
    }
    assertThat(names(query("movie-*")))
        .containsExactlyInAnyOrder("movie-1", "movie-2", "movie-dune-1984");
    assertThat(names(query("*-movie"))).containsExactly("star-movie");
    assertThat(names(query("movie*1984"))).containsExactly("movie-dune-1984");
    assertThat(names(query("MOVIE-*"))).isEmpty();
    assertThat(query("*")).hasSize(5);
    Reply get = http.get("/cache/" + store + "/_query?pattern=movie-%2A");
    assertThat(get.status()).isEqualTo(200);
    assertThat(names(get.json().get("docs")))
        .containsExactlyInAnyOrder("movie-1", "movie-2", "movie-dune-1984");
  }

  @Test
  void queryWithoutPatternListsEverythingWithValues() {
    set("a", "{\"n\":1}");
    Reply reply = http.post("/cache/" + store + "/_query", "{\"ignored\":true}");
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json())
        .isEqualTo(
            Json.MAPPER.readTree("{\"ok\":true,\"docs\":[{\"key\":\"a\",\"value\":{\"n\":1}}]}"));
    assertThat(http.get("/cache/" + store + "/_query").json().get("docs")).hasSize(1);
  }

  @Test
  void entriesWithAOneSecondTtlDisappearFromGetAndQuery() {
    assertOk(http.post("/cache/" + store, "{\"key\":\"short\",\"value\":{},\"ttl\":\"1s\"}"), 201);
    assertOk(http.put("/cache/" + store + "/set-short?ttl=1s", "{}"), 200);
    set("forever", "{}");
    assertThat(names(query("*"))).contains("short", "set-short");
    await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(100))
        .untilAsserted(
            () -> {
              assertError(http.get("/cache/" + store + "/short"), 404);
              assertError(http.get("/cache/" + store + "/set-short"), 404);
              assertThat(names(query("*"))).containsExactly("forever");
            });
    assertOk(http.post("/cache/" + store, "{\"key\":\"short\",\"value\":{\"again\":true}}"), 201);
  }

  @Test
  void setWithoutTtlClearsAnEarlierTtl() {
    assertOk(http.post("/cache/" + store, "{\"key\":\"k\",\"value\":{},\"ttl\":\"1s\"}"), 201);
    assertOk(http.put("/cache/" + store + "/k", "{\"kept\":true}"), 200);
    assertOk(http.put("/cache/" + store + "/probe?ttl=1s", "{}"), 200);
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertError(http.get("/cache/" + store + "/probe"), 404));
    assertThat(http.get("/cache/" + store + "/k").json().get("kept").asBoolean()).isTrue();
  }

  private void set(String key, String json) {
    assertOk(http.put("/cache/" + store + "/" + key, json), 200);
  }

  private JsonNode query(String pattern) {
    Reply reply = http.post("/cache/" + store + "/_query?pattern=" + pattern, "");
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("ok").asBoolean()).isTrue();
    return reply.json().get("docs");
  }

  /** The keys of a {@code docs} array, or the strings of a {@code stores} array. */
  private static List<String> names(JsonNode array) {
    List<String> names = new ArrayList<>();
    for (JsonNode item : array) {
      names.add(item.isString() ? item.asString() : item.get("key").asString());
    }
    return names;
  }
}
