package io.hyper.connect.cache;

import static io.hyper.connect.testing.Json.assertBody;
import static io.hyper.connect.testing.Json.assertNoBody;
import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.connect.DocResult;
import io.hyper.connect.Hyper;
import io.hyper.connect.OkResult;
import io.hyper.connect.TypeRef;
import io.hyper.connect.testing.Mode;
import io.hyper.connect.testing.RecordedRequest;
import io.hyper.connect.testing.RecordingServer.Answer;
import io.hyper.connect.testing.Target;
import io.hyper.connect.testing.WireTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every cache action, sync and async, against every connection-string form. */
class CacheWireIT extends WireTest {

  @ParameterizedTest
  @MethodSource("cases")
  void createAndDestroyAddressTheStore(Mode mode, Target target) {
    Hyper hyper = servers.hyper(target);
    target
        .server(servers)
        .enqueue(Answer.json(201, "{\"ok\":true}"), Answer.json(200, "{\"ok\":true}"));

    OkResult created =
        mode.call(() -> hyper.cache().create(), () -> hyper.cache().async().create());
    OkResult destroyed =
        mode.call(() -> hyper.cache().destroy(true), () -> hyper.cache().async().destroy(true));

    assertThat(created.status()).isEqualTo(201);
    assertThat(destroyed.status()).isEqualTo(200);
    assertNoBody(take(target, "PUT", target.base("cache")));
    assertNoBody(take(target, "DELETE", target.base("cache")));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void addPostsKeyValueAndTtlInTheBody(Mode mode, Target target) {
    Hyper hyper = servers.hyper(target);
    target.server(servers).fallback(Answer.json(201, "{\"ok\":true}"));
    Album album = new Album("Abbey Road", 1969);

    OkResult plain =
        mode.call(
            () -> hyper.cache().add("album-1", album),
            () -> hyper.cache().async().add("album-1", album));
    mode.call(
        () -> hyper.cache().add("album-2", Map.of("a", 1), "1.5h"),
        () -> hyper.cache().async().add("album-2", Map.of("a", 1), "1.5h"));
    mode.call(
        () -> hyper.cache().add("album-3", Map.of("a", 1), Duration.ofMinutes(10)),
        () -> hyper.cache().async().add("album-3", Map.of("a", 1), Duration.ofMinutes(10)));

    assertThat(plain.ok()).isTrue();
    assertBody(
        take(target, "POST", target.base("cache")),
        "{\"key\":\"album-1\",\"value\":{\"title\":\"Abbey Road\",\"year\":1969}}");
    assertBody(
        take(target, "POST", target.base("cache")),
        "{\"key\":\"album-2\",\"value\":{\"a\":1},\"ttl\":\"1.5h\"}");
    assertBody(
        take(target, "POST", target.base("cache")),
        "{\"key\":\"album-3\",\"value\":{\"a\":1},\"ttl\":\"10m\"}");
  }

  @ParameterizedTest
  @MethodSource("cases")
  void getEncodesSlashesInTheKeyAndAsksForHyperShape(Mode mode, Target target) {
    Hyper hyper = servers.hyper(target);
    target
        .server(servers)
        .enqueue(Answer.json(200, "{\"ok\":true,\"doc\":{\"title\":\"Help\",\"year\":1965}}"));

    DocResult r =
        mode.call(
            () -> hyper.cache().get("albums/1965"), () -> hyper.cache().async().get("albums/1965"));

    assertThat(r.doc(Album.class)).isEqualTo(new Album("Help", 1965));
    RecordedRequest request = take(target, "GET", target.base("cache") + "/albums%2F1965");
    assertThat(request.header("X-HYPER-LEGACY-GET")).contains("false");
    assertNoBody(request);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void getReadsMapsAndTypeRefsAndEncodesDollarAndPlus(Mode mode, Target target) {
    Hyper hyper = servers.hyper(target);
    target.server(servers).fallback(Answer.json(200, "{\"ok\":true,\"doc\":{\"n\":1}}"));
    TypeRef<Map<String, Integer>> ref = new TypeRef<>() {};

    DocResult untyped =
        mode.call(() -> hyper.cache().get("a$b+c"), () -> hyper.cache().async().get("a$b+c"));
    DocResult typed = mode.call(() -> hyper.cache().get("k"), () -> hyper.cache().async().get("k"));

    assertThat(untyped.doc()).isEqualTo(Map.of("n", 1));
    assertThat(typed.doc(ref)).isEqualTo(Map.of("n", 1));
    take(target, "GET", target.base("cache") + "/a%24b%2Bc");
    take(target, "GET", target.base("cache") + "/k");
  }

  @ParameterizedTest
  @MethodSource("cases")
  void setPutsTheValueAsBodyAndTtlAsQuery(Mode mode, Target target) {
    Hyper hyper = servers.hyper(target);

    mode.call(
        () -> hyper.cache().set("movie-1", Map.of("t", "x")),
        () -> hyper.cache().async().set("movie-1", Map.of("t", "x")));
    mode.call(
        () -> hyper.cache().set("movie-1", Map.of("t", "x"), "2 days"),
        () -> hyper.cache().async().set("movie-1", Map.of("t", "x"), "2 days"));
    mode.call(
        () -> hyper.cache().set("movie-1", Map.of("t", "x"), Duration.ofMillis(1500)),
        () -> hyper.cache().async().set("movie-1", Map.of("t", "x"), Duration.ofMillis(1500)));

    assertBody(take(target, "PUT", target.base("cache") + "/movie-1"), "{\"t\":\"x\"}");
    assertBody(
        take(target, "PUT", target.base("cache") + "/movie-1?ttl=2%20days"), "{\"t\":\"x\"}");
    assertBody(take(target, "PUT", target.base("cache") + "/movie-1?ttl=1500ms"), "{\"t\":\"x\"}");
  }

  @ParameterizedTest
  @MethodSource("cases")
  void removeDeletesTheKey(Mode mode, Target target) {
    Hyper hyper = servers.hyper(target);

    OkResult r =
        mode.call(() -> hyper.cache().remove("a/b"), () -> hyper.cache().async().remove("a/b"));

    assertThat(r.ok()).isTrue();
    assertNoBody(take(target, "DELETE", target.base("cache") + "/a%2Fb"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void queryPostsThePatternWithStarAsDefault(Mode mode, Target target) {
    Hyper hyper = servers.hyper(target);
    target
        .server(servers)
        .fallback(
            Answer.json(
                200,
                "{\"ok\":true,\"docs\":[{\"key\":\"album-1\",\"value\":{\"title\":\"Help\","
                    + "\"year\":1965}}]}"));

    EntriesResult all = mode.call(() -> hyper.cache().query(), () -> hyper.cache().async().query());
    EntriesResult typed =
        mode.call(
            () -> hyper.cache().query("album-*"), () -> hyper.cache().async().query("album-*"));

    assertThat(all.entries()).extracting(CacheEntry::key).containsExactly("album-1");
    assertThat(all.entries().get(0).value()).isEqualTo(Map.of("title", "Help", "year", 1965));
    assertThat(typed.entries().get(0).value(Album.class)).isEqualTo(new Album("Help", 1965));
    assertNoBody(take(target, "POST", target.base("cache") + "/_query?pattern=*"));
    assertNoBody(take(target, "POST", target.base("cache") + "/_query?pattern=album-*"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void aMissingKeyIsNotOk404(Mode mode, Target target) {
    Hyper hyper = servers.hyper(target);
    target
        .server(servers)
        .enqueue(Answer.json(404, "{\"ok\":false,\"status\":404,\"msg\":\"not found\"}"));

    DocResult r =
        mode.call(() -> hyper.cache().get("gone"), () -> hyper.cache().async().get("gone"));

    assertThat(r.ok()).isFalse();
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.operation()).isEqualTo("cache.get");
    take(target, "GET", target.base("cache") + "/gone");
  }
}
