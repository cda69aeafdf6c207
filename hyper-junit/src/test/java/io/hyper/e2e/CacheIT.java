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
import io.hyper.connect.cache.EntriesResult;
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
        mode.call(() -> cache.add("album-1", ABBEY), () -> cache.async().add("album-1", ABBEY)),
        201);
    assertThat(
            assertOk(mode.call(() -> cache.get("album-1"), () -> cache.async().get("album-1")), 200)
                .doc())
        .isEqualTo(ABBEY);
    assertOk(
        mode.call(
            () -> cache.set("album-1", replaced), () -> cache.async().set("album-1", replaced)),
        200);
    assertThat(cache.get("album-1").doc()).isEqualTo(replaced);
    assertOk(mode.call(() -> cache.remove("album-1"), () -> cache.async().remove("album-1")), 200);
    assertNotOk(cache.get("album-1"), 404, NotFoundException.class);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void setOfANewKeyCreatesItAndRemoveOfAnAbsentKeyIsOk(Mode mode, Hyper hyper) {
    CacheService cache = hyper.cache();

    assertOk(
        mode.call(() -> cache.set("fresh", ABBEY), () -> cache.async().set("fresh", ABBEY)), 200);
    assertThat(cache.get("fresh").doc()).isEqualTo(ABBEY);
    assertOk(mode.call(() -> cache.remove("absent"), () -> cache.async().remove("absent")), 200);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void keysWithSlashesRoundTrip(Mode mode, Hyper hyper) {
    CacheService cache = hyper.cache();

    assertOk(
        mode.call(
            () -> cache.add("band/beatles", ABBEY), () -> cache.async().add("band/beatles", ABBEY)),
        201);

    assertThat(
            mode.call(() -> cache.get("band/beatles"), () -> cache.async().get("band/beatles"))
                .doc())
        .isEqualTo(ABBEY);
    assertThat(pairs(cache.query("band/*"))).containsExactly(Map.entry("band/beatles", ABBEY));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void keysWithEveryAllowedCharacterRoundTrip(Mode mode, Hyper hyper) {
    CacheService cache = hyper.cache();
    String key = "a0-b~c_d/e$f+g";

    assertOk(mode.call(() -> cache.add(key, ABBEY), () -> cache.async().add(key, ABBEY)), 201);
    assertThat(mode.call(() -> cache.get(key), () -> cache.async().get(key)).doc())
        .isEqualTo(ABBEY);
    assertThat(cache.query("a0-b~c_d/e$f+g").entries())
        .extracting(CacheEntry::key)
        .containsExactly(key);
    assertOk(mode.call(() -> cache.remove(key), () -> cache.async().remove(key)), 200);
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
        mode.call(() -> cache.get("nope"), () -> cache.async().get("nope")),
        404,
        NotFoundException.class);
    assertNotOk(
        mode.call(() -> cache.add("album-1", other), () -> cache.async().add("album-1", other)),
        409,
        ConflictException.class);
    assertThat(cache.get("album-1").doc()).isEqualTo(ABBEY);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void createTwiceIsNotOk409AndDestroyedStoreIsNotOk404(Mode mode, Hyper hyper) {
    CacheService cache = hyper.cache();

    assertNotOk(mode.call(cache::create, cache.async()::create), 409, ConflictException.class);
    assertOk(mode.call(() -> cache.destroy(true), () -> cache.async().destroy(true)), 200);
    assertNotOk(
        mode.call(() -> cache.add("k", ABBEY), () -> cache.async().add("k", ABBEY)),
        404,
        NotFoundException.class);
    assertNotOk(mode.call(cache::query, cache.async()::query), 404, NotFoundException.class);
    assertNotOk(
        mode.call(() -> cache.destroy(true), () -> cache.async().destroy(true)),
        404,
        NotFoundException.class);
    assertOk(mode.call(cache::create, cache.async()::create), 201);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void anEntryWithAOneSecondTtlDisappearsFromGetAndQuery(Mode mode, Hyper hyper) {
    CacheService cache = hyper.cache();
    Duration second = Duration.ofSeconds(1);
    assertOk(
        mode.call(
            () -> cache.add("brief", ABBEY, second),
            () -> cache.async().add("brief", ABBEY, second)),
        201);
    assertOk(
        mode.call(
            () -> cache.set("short", ABBEY, "1s"), () -> cache.async().set("short", ABBEY, "1s")),
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
    assertThat(cache.query().entries())
        .extracting(CacheEntry::key)
        .containsExactlyInAnyOrder("lasting", "long");
    assertThat(cache.get("lasting").doc()).isEqualTo(ABBEY);
    // An expired key is gone for add too: no conflict.
    assertOk(
        mode.call(() -> cache.add("brief", ABBEY), () -> cache.async().add("brief", ABBEY)), 201);
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
    assertThat(mode.call(cache::query, cache.async()::query).entries()).hasSize(6);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void typedValuesReadBackAsRecordsAndGenerics(Mode mode, Hyper hyper) {
    CacheService cache = hyper.cache();
    Album abbey = new Album("Abbey Road", "The Beatles", 1969);
    Album revolver = new Album("Revolver", "The Beatles", 1966);
    mode.call(() -> cache.add("album-1", abbey), () -> cache.async().add("album-1", abbey));
    cache.add("album-2", revolver);
    TypeRef<Album> album = new TypeRef<>() {};
    Tagged<Album> tagged = new Tagged<>(abbey, List.of("favourite"));
    cache.add("tagged", tagged);
    TypeRef<Tagged<Album>> taggedAlbum = new TypeRef<>() {};
    assertThat(
            mode.call(() -> cache.get("tagged"), () -> cache.async().get("tagged"))
                .doc(taggedAlbum))
        .isEqualTo(tagged);
    assertThat(
            pairs(
                mode.call(() -> cache.query("tag*"), () -> cache.async().query("tag*")),
                taggedAlbum))
        .containsExactly(Map.entry("tagged", tagged));

    assertThat(
            mode.call(() -> cache.get("album-1"), () -> cache.async().get("album-1"))
                .doc(Album.class))
        .isEqualTo(abbey);
    assertThat(mode.call(() -> cache.get("album-2"), () -> cache.async().get("album-2")).doc(album))
        .isEqualTo(revolver);
    assertThat(
            pairs(
                mode.call(() -> cache.query("album-*"), () -> cache.async().query("album-*")),
                Album.class))
        .containsExactlyInAnyOrder(Map.entry("album-1", abbey), Map.entry("album-2", revolver));
    assertThat(
            pairs(
                mode.call(() -> cache.query("album-2"), () -> cache.async().query("album-2")),
                album))
        .containsExactly(Map.entry("album-2", revolver));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void invalidArgumentsAreRejectedBeforeSending(Mode mode, Hyper hyper) {
    CacheService cache = hyper.cache();

    assertRejected(
        () ->
            mode.call(() -> cache.add("Bad Key", ABBEY), () -> cache.async().add("Bad Key", ABBEY)),
        "key");
    assertRejected(
        () ->
            mode.call(
                () -> cache.set("k", ABBEY, "soon"), () -> cache.async().set("k", ABBEY, "soon")),
        "ttl");
    assertRejected(
        () ->
            mode.call(
                () -> cache.add("k", ABBEY, Duration.ofSeconds(-1)),
                () -> cache.async().add("k", ABBEY, Duration.ofSeconds(-1))),
        "ttl");
    assertRejected(
        () -> mode.call(() -> cache.add("k", List.of(1)), () -> cache.async().add("k", List.of(1))),
        "value");
    assertRejected(
        () -> mode.call(() -> cache.destroy(false), () -> cache.async().destroy(false)), "confirm");
    assertThat(cache.query().entries()).isEmpty();
  }

  private static List<String> keys(Mode mode, CacheService cache, String pattern) {
    return assertOk(mode.call(() -> cache.query(pattern), () -> cache.async().query(pattern)), 200)
        .entries()
        .stream()
        .map(CacheEntry::key)
        .toList();
  }

  /** The entries of a cache query as key and untyped value. */
  private static List<Map.Entry<String, Map<String, Object>>> pairs(EntriesResult r) {
    return r.entries().stream().map(e -> Map.entry(e.key(), e.value())).toList();
  }

  /** The entries of a cache query as key and value of a class. */
  private static <T> List<Map.Entry<String, T>> pairs(EntriesResult r, Class<T> type) {
    return r.entries().stream().map(e -> Map.entry(e.key(), e.value(type))).toList();
  }

  /** The entries of a cache query as key and value of a generic type. */
  private static <T> List<Map.Entry<String, T>> pairs(EntriesResult r, TypeRef<T> type) {
    return r.entries().stream().map(e -> Map.entry(e.key(), e.value(type))).toList();
  }
}
