package io.hyper.connect.search;

import static io.hyper.connect.testing.Json.assertBody;
import static io.hyper.connect.testing.Json.assertNoBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyper.connect.BulkItem;
import io.hyper.connect.BulkResult;
import io.hyper.connect.DocResult;
import io.hyper.connect.Hyper;
import io.hyper.connect.NotFoundException;
import io.hyper.connect.OkResult;
import io.hyper.connect.TypeRef;
import io.hyper.connect.testing.Json;
import io.hyper.connect.testing.Mode;
import io.hyper.connect.testing.RecordedRequest;
import io.hyper.connect.testing.RecordingServer.Answer;
import io.hyper.connect.testing.Target;
import io.hyper.connect.testing.WireTest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Every search action, sync and async, against every connection-string form: the exact request on
 * the wire and the result read from a scripted answer.
 */
class SearchWireIT extends WireTest {

  record Movie(String title, String type) {}

  record Match(String id, double score, String title) {}

  @ParameterizedTest
  @MethodSource("cases")
  void createPutsFieldsAndStoreFields(Mode mode, Target target) {
    Hyper hyper = servers.hyper(target);
    target.server(servers).enqueue(Answer.json(201, "{\"ok\":true}"));
    List<String> fields = List.of("title", "type");

    OkResult r =
        mode.call(
            () -> hyper.search().create(fields, List.of("title")),
            () -> hyper.search().async().create(fields, List.of("title")));

    assertThat(r).isEqualTo(new OkResult(true, 201, Optional.empty(), "search.create"));
    assertBody(
        take(target, "PUT", target.base("search")),
        "{\"fields\":[\"title\",\"type\"],\"storeFields\":[\"title\"]}");
  }

  @ParameterizedTest
  @MethodSource("cases")
  void createWithoutStoreFieldsOmitsThem(Mode mode, Target target) {
    Hyper hyper = servers.hyper(target);

    mode.call(
        () -> hyper.search().create(List.of("title")),
        () -> hyper.search().async().create(List.of("title")));

    assertBody(take(target, "PUT", target.base("search")), "{\"fields\":[\"title\"]}");
  }

  @ParameterizedTest
  @MethodSource("cases")
  void destroyDeletesTheIndex(Mode mode, Target target) {
    Hyper hyper = servers.hyper(target);

    OkResult r =
        mode.call(() -> hyper.search().destroy(true), () -> hyper.search().async().destroy(true));

    assertThat(r.ok()).isTrue();
    assertNoBody(take(target, "DELETE", target.base("search")));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void addPostsKeyAndDoc(Mode mode, Target target) {
    Hyper hyper = servers.hyper(target);
    target.server(servers).enqueue(Answer.json(201, "{\"ok\":true}"));
    Movie doc = new Movie("Dune", "movie");

    OkResult r =
        mode.call(
            () -> hyper.search().add("movie-1", doc),
            () -> hyper.search().async().add("movie-1", doc));

    assertThat(r.status()).isEqualTo(201);
    assertBody(
        take(target, "POST", target.base("search")),
        "{\"key\":\"movie-1\",\"doc\":{\"title\":\"Dune\",\"type\":\"movie\"}}");
  }

  @ParameterizedTest
  @MethodSource("cases")
  void addOfAnIndexedKeyIsNotOk409(Mode mode, Target target) {
    Hyper hyper = servers.hyper(target);
    target.server(servers).enqueue(Answer.json(409, "{\"ok\":false,\"status\":409,\"msg\":\"x\"}"));

    OkResult r =
        mode.call(
            () -> hyper.search().add("k", Map.of("a", 1)),
            () -> hyper.search().async().add("k", Map.of("a", 1)));

    assertThat(r.ok()).isFalse();
    assertThat(r.status()).isEqualTo(409);
    assertThat(r.msg()).contains("x");
  }

  @ParameterizedTest
  @MethodSource("cases")
  void getEncodesTheKeyAndReadsTheDocTyped(Mode mode, Target target) {
    Hyper hyper = servers.hyper(target);
    String answer =
        "{\"ok\":true,\"key\":\"a/b c\",\"doc\":{\"title\":\"Dune\",\"type\":\"movie\"}}";
    target.server(servers).enqueue(Answer.json(200, answer), Answer.json(200, answer));

    DocResult typed =
        mode.call(() -> hyper.search().get("a/b c"), () -> hyper.search().async().get("a/b c"));
    DocResult untyped =
        mode.call(() -> hyper.search().get("a/b c"), () -> hyper.search().async().get("a/b c"));

    assertThat(typed.doc(Movie.class)).isEqualTo(new Movie("Dune", "movie"));
    assertThat(untyped.doc()).containsEntry("title", "Dune");
    RecordedRequest r = take(target, "GET", target.base("search") + "/a%2Fb%20c");
    assertNoBody(r);
    take(target, "GET", target.base("search") + "/a%2Fb%20c");
  }

  @ParameterizedTest
  @MethodSource("cases")
  void getOfMissingKeyIsNotOk404AndDocThrows(Mode mode, Target target) {
    Hyper hyper = servers.hyper(target);
    target
        .server(servers)
        .enqueue(Answer.json(404, "{\"ok\":false,\"status\":404,\"msg\":\"not found\"}"));

    DocResult r =
        mode.call(() -> hyper.search().get("nope"), () -> hyper.search().async().get("nope"));

    assertThat(r.ok()).isFalse();
    assertThat(r.status()).isEqualTo(404);
    assertThatThrownBy(r::doc).isInstanceOf(NotFoundException.class);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void updatePutsTheDocumentItselfAtTheKey(Mode mode, Target target) {
    Hyper hyper = servers.hyper(target);
    Movie doc = new Movie("Dune (2021)", "movie");

    OkResult r =
        mode.call(
            () -> hyper.search().update("movie-1", doc),
            () -> hyper.search().async().update("movie-1", doc));

    assertThat(r.ok()).isTrue();
    assertBody(
        take(target, "PUT", target.base("search") + "/movie-1"),
        "{\"title\":\"Dune (2021)\",\"type\":\"movie\"}");
  }

  @ParameterizedTest
  @MethodSource("cases")
  void removeDeletesTheKey(Mode mode, Target target) {
    Hyper hyper = servers.hyper(target);

    OkResult r =
        mode.call(() -> hyper.search().remove("x y"), () -> hyper.search().async().remove("x y"));

    assertThat(r.ok()).isTrue();
    assertNoBody(take(target, "DELETE", target.base("search") + "/x%20y"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void queryPostsOnlyTheQueryWhenNoOptions(Mode mode, Target target) {
    Hyper hyper = servers.hyper(target);
    target
        .server(servers)
        .enqueue(
            Answer.json(
                200,
                "{\"ok\":true,\"matches\":[{\"id\":\"movie-1\",\"score\":1.5,"
                    + "\"terms\":[\"dune\"],\"title\":\"Dune\"}]}"));

    List<Map<String, Object>> matches =
        mode.call(() -> hyper.search().query("dune"), () -> hyper.search().async().query("dune"))
            .matches();

    assertThat(matches).hasSize(1);
    assertThat(matches.get(0)).containsEntry("id", "movie-1").containsEntry("score", 1.5);
    assertBody(take(target, "POST", target.base("search") + "/_query"), "{\"query\":\"dune\"}");
  }

  @ParameterizedTest
  @MethodSource("cases")
  void queryPostsFieldsAndFilterAndDecodesMatches(Mode mode, Target target) {
    Hyper hyper = servers.hyper(target);
    target
        .server(servers)
        .enqueue(
            Answer.json(
                200,
                "{\"ok\":true,\"matches\":[{\"id\":\"m1\",\"score\":2.0,\"title\":\"Alien\"},"
                    + "{\"id\":\"m2\",\"score\":1.0,\"title\":\"Aliens\",\"extra\":1}]}"));
    SearchQueryOptions options =
        SearchQueryOptions.builder().fields("title").filter(Map.of("type", "movie")).build();

    MatchesResult r =
        mode.call(
            () -> hyper.search().query("alien", options),
            () -> hyper.search().async().query("alien", options));

    assertThat(r.matches(Match.class))
        .containsExactly(new Match("m1", 2.0, "Alien"), new Match("m2", 1.0, "Aliens"));
    assertBody(
        take(target, "POST", target.base("search") + "/_query"),
        "{\"query\":\"alien\",\"fields\":[\"title\"],\"filter\":{\"type\":\"movie\"}}");
  }

  @ParameterizedTest
  @MethodSource("cases")
  void queryDecodesGenericTypes(Mode mode, Target target) {
    Hyper hyper = servers.hyper(target);
    target
        .server(servers)
        .enqueue(Answer.json(200, "{\"ok\":true,\"matches\":[{\"id\":\"m1\",\"score\":1}]}"));
    TypeRef<JsonNode> type = new TypeRef<>() {};

    MatchesResult r =
        mode.call(
            () -> hyper.search().query("x", SearchQueryOptions.none()),
            () -> hyper.search().async().query("x", SearchQueryOptions.none()));

    assertThat(r.matches(type)).containsExactly(Json.parse("{\"id\":\"m1\",\"score\":1}"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void loadPostsTheArrayToBulkAndReadsResults(Mode mode, Target target) {
    Hyper hyper = servers.hyper(target);
    target
        .server(servers)
        .enqueue(
            Answer.json(
                201,
                "{\"ok\":true,\"results\":[{\"ok\":true,\"id\":\"1\"},{\"ok\":true,\"id\":\"2\"}]}"));
    List<Map<String, Object>> docs =
        List.of(Map.of("_id", "1", "title", "Alien"), Map.of("id", "2", "title", "Aliens"));

    BulkResult r =
        mode.call(() -> hyper.search().load(docs), () -> hyper.search().async().load(docs));

    assertThat(r.results())
        .containsExactly(
            new BulkItem(true, Optional.of("1"), Optional.empty()),
            new BulkItem(true, Optional.of("2"), Optional.empty()));
    assertThat(Json.parse(take(target, "POST", target.base("search") + "/_bulk").bodyText()))
        .isEqualTo(
            Json.parse(
                "[{\"_id\":\"1\",\"title\":\"Alien\"},{\"id\":\"2\",\"title\":\"Aliens\"}]"));
  }
}
