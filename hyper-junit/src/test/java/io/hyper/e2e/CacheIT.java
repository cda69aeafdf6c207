package io.hyper.e2e;

import static io.hyper.e2e.Outcomes.assertNotOk;
import static io.hyper.e2e.Outcomes.assertOk;
import static io.hyper.e2e.Outcomes.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.hyper.connect.ConflictException;
import io.hyper.connect.Hyper;
import io.hyper.connect.NotFoundException;
import io.hyper.connect.TypeRef;
import io.hyper.connect.cache.CacheEntry;
import io.hyper.connect.cache.CacheService;
import io.hyper.junit.HyperTest;
import io.hyper.local.HyperLocal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The cache service, every action in both forms: shapes, errors, typed values, TTL, globs. */
@HyperTest
class CacheIT {
  private static final Map<String, Object> ABBEY = Map.of("title", "Abbey Road", "year", 1969);

  @ParameterizedTest
  @EnumSource(Mode.class)
  void addGetSetRemoveAnswerHypersStatusesAndPayloads(Mode mode, Hyper hyper) {
    CacheService cache = hyper.cache();
    Map<String, Object> replaced = Map.of("title", "Let It Be");

    assertOk(
        mode.call(() -> cache.add("album-1", ABBEY), () -> cache.addAsync("album-1", ABBEY)), 201);
    assertThat(
            assertOk(mode.call(() -> cache.get("album-1"), () -> cache.getAsync("album-1")), 200)
                .doc())
        .isEqualTo(ABBEY);
    assertOk(
        mode.call(() -> cache.set("album-1", replaced), () -> cache.setAsync("album-1", replaced)),
        200);
    assertThat(cache.get("album-1").doc()).isEqualTo(replaced);
    assertOk(mode.call(() -> cache.remove("album-1"), () -> cache.removeAsync("album-1")), 200);
    assertNotOk(cache.get("album-1"), 404, NotFoundException.class);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void setOfANewKeyCreatesItAndRemoveOfAnAbsentKeyIsOk(Mode mode, Hyper hyper) {
    CacheService cache = hyper.cache();

    assertOk(mode.call(() -> cache.set("fresh", ABBEY), () -> cache.setAsync("fresh", ABBEY)), 200);
    assertThat(cache.get("fresh").doc()).isEqualTo(ABBEY);
    assertOk(mode.call(() -> cache.remove("absent"), () -> cache.removeAsync("absent")), 200);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void keysWithSlashesRoundTrip(Mode mode, Hyper hyper) {
    CacheService cache = hyper.cache();

    assertOk(
        mode.call(
            () -> cache.add("band/beatles", ABBEY), () -> cache.addAsync("band/beatles", ABBEY)),
        201);

    assertThat(
            mode.call(() -> cache.get("band/beatles"), () -> cache.getAsync("band/beatles")).doc())
        .isEqualTo(ABBEY);
    assertThat(cache.query("band/*").docs())
        .containsExactly(new CacheEntry<>("band/beatles", ABBEY));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void keysWithEveryAllowedCharacterRoundTrip(Mode mode, Hyper hyper) {
    CacheService cache = hyper.cache();
    String key = "a0-b~c_d/e$f+g";

    assertOk(mode.call(() -> cache.add(key, ABBEY), () -> cache.addAsync(key, ABBEY)), 201);
    assertThat(mode.call(() -> cache.get(key), () -> cache.getAsync(key)).doc()).isEqualTo(ABBEY);
    assertThat(cache.query("a0-b~c_d/e$f+g").docs())
        .extracting(CacheEntry::key)
        .containsExactly(key);
    assertOk(mode.call(() -> cache.remove(key), () -> cache.removeAsync(key)), 200);
    assertNotOk(cache.get(key), 404, NotFoundException.class);
  }

  @Test
  void aStoreWithAnInvalidNameIsRejectedAtConnectBeforeSending(HyperLocal server) {
    // hyper-local's own 422 for such names is checked over raw HTTP (CacheRoutesIT): the SDK
    // rejects a domain that is not a lower-case name before any request.
    assertThatThrownBy(() -> Hyper.connect(server.connectionString("not.valid")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be a lower-case name");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void getOfAMissingKeyIsNotOk404AndAddOfAnExistingKeyIsNotOk409(Mode mode, Hyper hyper) {
    CacheService cache = hyper.cache();
    cache.add("album-1", ABBEY);
    Map<String, Object> other = Map.of("title", "other");

    assertNotOk(
        mode.call(() -> cache.get("nope"), () -> cache.getAsync("nope")),
        404,
        NotFoundException.class);
    assertNotOk(
        mode.call(() -> cache.add("album-1", other), () -> cache.addAsync("album-1", other)),
        409,
        ConflictException.class);
    assertThat(cache.get("album-1").doc()).isEqualTo(ABBEY);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void createTwiceIsNotOk409AndDestroyedStoreIsNotOk404(Mode mode, Hyper hyper) {
    CacheService cache = hyper.cache();

    assertNotOk(mode.call(cache::create, cache::createAsync), 409, ConflictException.class);
    assertOk(mode.call(() -> cache.destroy(true), () -> cache.destroyAsync(true)), 200);
    assertNotOk(
        mode.call(() -> cache.add("k", ABBEY), () -> cache.addAsync("k", ABBEY)),
        404,
        NotFoundException.class);
    assertNotOk(mode.call(cache::query, cache::queryAsync), 404, NotFoundException.class);
    assertNotOk(
        mode.call(() -> cache.destroy(true), () -> cache.destroyAsync(true)),
        404,
        NotFoundException.class);
    assertOk(mode.call(cache::create, cache::createAsync), 201);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void anEntryWithAOneSecondTtlDisappearsFromGetAndQuery(Mode mode, Hyper hyper) {
    CacheService cache = hyper.cache();
    Duration second = Duration.ofSeconds(1);
    assertOk(
        mode.call(
            () -> cache.add("brief", ABBEY, second), () -> cache.addAsync("brief", ABBEY, second)),
        201);
    assertOk(
        mode.call(
            () -> cache.set("short", ABBEY, "1s"), () -> cache.setAsync("short", ABBEY, "1s")),
        200);
    cache.add("lasting", ABBEY);
    cache.add("long", ABBEY, "1h");

    await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(100))
        .untilAsserted(
            () -> {
              assertThat(cache.get("brief").status()).isEqualTo(404);
              assertThat(cache.get("short").status()).isEqualTo(404);
            });
    assertThat(cache.query().docs())
        .extracting(CacheEntry::key)
        .containsExactlyInAnyOrder("lasting", "long");
    assertThat(cache.get("lasting").doc()).isEqualTo(ABBEY);
    // An expired key is gone for add too: no conflict.
    assertOk(mode.call(() -> cache.add("brief", ABBEY), () -> cache.addAsync("brief", ABBEY)), 201);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void queryMatchesKeysByGlob(Mode mode, Hyper hyper) {
    CacheService cache = hyper.cache();
    for (String key : List.of("movie-1", "movie-2", "album-1", "movies")) {
      cache.add(key, Map.of("key", key));
    }

    assertThat(keys(mode, cache, "movie-*")).containsExactlyInAnyOrder("movie-1", "movie-2");
    assertThat(keys(mode, cache, "*-1")).containsExactlyInAnyOrder("movie-1", "album-1");
    assertThat(keys(mode, cache, "movie*1")).containsExactly("movie-1");
    assertThat(keys(mode, cache, "m*e*")).containsExactlyInAnyOrder("movie-1", "movie-2", "movies");
    assertThat(keys(mode, cache, "movies")).containsExactly("movies");
    assertThat(keys(mode, cache, "nothing*")).isEmpty();
    cache.add("a+b", Map.of("key", "a+b"));
    cache.add("a$b", Map.of("key", "a$b"));
    assertThat(keys(mode, cache, "a+*")).containsExactly("a+b");
    assertThat(keys(mode, cache, "*$b")).containsExactly("a$b");
    assertThat(mode.call(cache::query, cache::queryAsync).docs()).hasSize(6);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void typedValuesReadBackAsRecordsAndGenerics(Mode mode, Hyper hyper) {
    CacheService cache = hyper.cache();
    Album abbey = new Album("Abbey Road", "The Beatles", 1969);
    Album revolver = new Album("Revolver", "The Beatles", 1966);
    mode.call(() -> cache.add("album-1", abbey), () -> cache.addAsync("album-1", abbey));
    cache.add("album-2", revolver);
    TypeRef<Album> album = new TypeRef<>() {};
    Tagged<Album> tagged = new Tagged<>(abbey, List.of("favourite"));
    cache.add("tagged", tagged);
    TypeRef<Tagged<Album>> taggedAlbum = new TypeRef<>() {};
    assertThat(
            mode.call(
                    () -> cache.get("tagged", taggedAlbum),
                    () -> cache.getAsync("tagged", taggedAlbum))
                .doc())
        .isEqualTo(tagged);
    assertThat(
            mode.call(
                    () -> cache.query("tag*", taggedAlbum),
                    () -> cache.queryAsync("tag*", taggedAlbum))
                .docs())
        .containsExactly(new CacheEntry<>("tagged", tagged));

    assertThat(
            mode.call(
                    () -> cache.get("album-1", Album.class),
                    () -> cache.getAsync("album-1", Album.class))
                .doc())
        .isEqualTo(abbey);
    assertThat(
            mode.call(() -> cache.get("album-2", album), () -> cache.getAsync("album-2", album))
                .doc())
        .isEqualTo(revolver);
    assertThat(
            mode.call(
                    () -> cache.query("album-*", Album.class),
                    () -> cache.queryAsync("album-*", Album.class))
                .docs())
        .containsExactlyInAnyOrder(
            new CacheEntry<>("album-1", abbey), new CacheEntry<>("album-2", revolver));
    assertThat(
            mode.call(() -> cache.query("album-2", album), () -> cache.queryAsync("album-2", album))
                .docs())
        .containsExactly(new CacheEntry<>("album-2", revolver));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void invalidArgumentsAreRejectedBeforeSending(Mode mode, Hyper hyper) {
    CacheService cache = hyper.cache();

    assertRejected(
        () -> mode.call(() -> cache.add("Bad Key", ABBEY), () -> cache.addAsync("Bad Key", ABBEY)),
        "key");
    assertRejected(
        () ->
            mode.call(
                () -> cache.set("k", ABBEY, "soon"), () -> cache.setAsync("k", ABBEY, "soon")),
        "ttl");
    assertRejected(
        () ->
            mode.call(
                () -> cache.add("k", ABBEY, Duration.ofSeconds(-1)),
                () -> cache.addAsync("k", ABBEY, Duration.ofSeconds(-1))),
        "ttl");
    assertRejected(
        () -> mode.call(() -> cache.add("k", List.of(1)), () -> cache.addAsync("k", List.of(1))),
        "value");
    assertRejected(
        () -> mode.call(() -> cache.destroy(false), () -> cache.destroyAsync(false)), "confirm");
    assertThat(cache.query().docs()).isEmpty();
  }

  private static List<String> keys(Mode mode, CacheService cache, String pattern) {
    return assertOk(mode.call(() -> cache.query(pattern), () -> cache.queryAsync(pattern)), 200)
        .docs()
        .stream()
        .map(CacheEntry::key)
        .toList();
  }
}
