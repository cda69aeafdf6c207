package io.hyper.connect.data;

import static io.hyper.connect.testing.Json.assertBody;
import static io.hyper.connect.testing.Json.assertNoBody;
import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.connect.BulkItem;
import io.hyper.connect.DocResult;
import io.hyper.connect.DocsResult;
import io.hyper.connect.Hyper;
import io.hyper.connect.IdResult;
import io.hyper.connect.OkResult;
import io.hyper.connect.TypeRef;
import io.hyper.connect.testing.Json;
import io.hyper.connect.testing.Mode;
import io.hyper.connect.testing.RecordedRequest;
import io.hyper.connect.testing.RecordingServer.Answer;
import io.hyper.connect.testing.Target;
import io.hyper.connect.testing.WireTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every data action, sync and async, against every connection-string form: the exact request on the
 * wire and the result read from a scripted answer.
 */
class DataWireIT extends WireTest {

  @ParameterizedTest
  @MethodSource("cases")
  void createSendsPutToTheDatabase(Mode mode, Target target) {
    Hyper hyper = servers.hyper(target);
    target.server(servers).enqueue(Answer.json(201, "{\"ok\":true}"));

    OkResult r = mode.call(() -> hyper.data().create(), () -> hyper.data().async().create());

    assertThat(r).isEqualTo(new OkResult(true, 201, Optional.empty(), "data.create"));
    assertNoBody(take(target, "PUT", target.base("data")));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void destroySendsDeleteToTheDatabase(Mode mode, Target target) {
    Hyper hyper = servers.hyper(target);

    OkResult r =
        mode.call(() -> hyper.data().destroy(true), () -> hyper.data().async().destroy(true));

    assertThat(r.ok()).isTrue();
    assertNoBody(take(target, "DELETE", target.base("data")));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void addPostsTheDocumentAndReturnsItsId(Mode mode, Target target) {
    Hyper hyper = servers.hyper(target);
    target.server(servers).enqueue(Answer.json(201, "{\"ok\":true,\"id\":\"movie-1\"}"));
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("_id", "movie-1");
    doc.put("title", "Dune");
    doc.put("year", 1984);

    IdResult r = mode.call(() -> hyper.data().add(doc), () -> hyper.data().async().add(doc));

    assertThat(r.ok()).isTrue();
    assertThat(r.status()).isEqualTo(201);
    assertThat(r.id()).isEqualTo("movie-1");
    assertBody(
        take(target, "POST", target.base("data")),
        "{\"_id\":\"movie-1\",\"title\":\"Dune\",\"year\":1984}");
  }

  @ParameterizedTest
  @MethodSource("cases")
  void addSerialisesRecordsAndJsonNodes(Mode mode, Target target) {
    Hyper hyper = servers.hyper(target);
    target.server(servers).fallback(Answer.json(201, "{\"ok\":true,\"id\":\"x\"}"));

    mode.call(
        () -> hyper.data().add(new Movie("m", "Alien", 1979)),
        () -> hyper.data().async().add(new Movie("m", "Alien", 1979)));
    mode.call(
        () -> hyper.data().add(Json.parse("{\"a\":[1,2]}")),
        () -> hyper.data().async().add(Json.parse("{\"a\":[1,2]}")));

    assertBody(
        take(target, "POST", target.base("data")),
        "{\"_id\":\"m\",\"title\":\"Alien\",\"year\":1979}");
    assertBody(take(target, "POST", target.base("data")), "{\"a\":[1,2]}");
  }

  @ParameterizedTest
  @MethodSource("cases")
  void getEncodesTheIdAsOneSegmentAndAsksForHyperShape(Mode mode, Target target) {
    Hyper hyper = servers.hyper(target);
    target
        .server(servers)
        .enqueue(
            Answer.json(
                200,
                "{\"ok\":true,\"doc\":{\"_id\":\"a/b\",\"title\":\"Dune\",\"year\":1984,"
                    + "\"extra\":true}}"));

    DocResult r = mode.call(() -> hyper.data().get("a/b"), () -> hyper.data().async().get("a/b"));

    assertThat(r.doc(Movie.class)).isEqualTo(new Movie("a/b", "Dune", 1984));
    RecordedRequest request = take(target, "GET", target.base("data") + "/a%2Fb");
    assertThat(request.header("X-HYPER-LEGACY-GET")).contains("false");
    assertNoBody(request);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void getEncodesSpacesAndReadsMapsAndTypeRefs(Mode mode, Target target) {
    Hyper hyper = servers.hyper(target);
    target
        .server(servers)
        .enqueue(
            Answer.json(200, "{\"ok\":true,\"doc\":{\"_id\":\"x y\",\"tags\":[\"a\",\"b\"]}}"),
            Answer.json(200, "{\"ok\":true,\"doc\":{\"_id\":\"x y\",\"tags\":[\"a\",\"b\"]}}"));

    DocResult untyped =
        mode.call(() -> hyper.data().get("x y"), () -> hyper.data().async().get("x y"));
    TypeRef<Map<String, Object>> ref = new TypeRef<>() {};
    DocResult typed =
        mode.call(() -> hyper.data().get("x y"), () -> hyper.data().async().get("x y"));

    assertThat(untyped.doc()).containsEntry("_id", "x y").containsEntry("tags", List.of("a", "b"));
    assertThat(typed.doc(ref)).isEqualTo(untyped.doc());
    take(target, "GET", target.base("data") + "/x%20y");
    take(target, "GET", target.base("data") + "/x%20y");
  }

  @ParameterizedTest
  @MethodSource("cases")
  void updatePutsTheWholeDocumentAtTheEncodedId(Mode mode, Target target) {
    Hyper hyper = servers.hyper(target);
    target.server(servers).enqueue(Answer.json(200, "{\"ok\":true,\"id\":\"x y\"}"));

    IdResult r =
        mode.call(
            () -> hyper.data().update("x y", Map.of("title", "Dune")),
            () -> hyper.data().async().update("x y", Map.of("title", "Dune")));

    assertThat(r.id()).isEqualTo("x y");
    assertBody(take(target, "PUT", target.base("data") + "/x%20y"), "{\"title\":\"Dune\"}");
  }

  @ParameterizedTest
  @MethodSource("cases")
  void removeDeletesTheEncodedId(Mode mode, Target target) {
    Hyper hyper = servers.hyper(target);
    target.server(servers).enqueue(Answer.json(200, "{\"ok\":true,\"id\":\"a/b\"}"));

    IdResult r =
        mode.call(() -> hyper.data().remove("a/b"), () -> hyper.data().async().remove("a/b"));

    assertThat(r.id()).isEqualTo("a/b");
    assertNoBody(take(target, "DELETE", target.base("data") + "/a%2Fb"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void listSendsEveryOptionAsQueryParameters(Mode mode, Target target) {
    Hyper hyper = servers.hyper(target);
    target
        .server(servers)
        .enqueue(
            Answer.json(
                200, "{\"ok\":true,\"docs\":[{\"_id\":\"a\",\"title\":\"A\",\"year\":1}]}"));
    ListOptions options =
        ListOptions.builder()
            .limit(5)
            .startkey("a")
            .endkey("z z")
            .keys("a", "b/c")
            .descending(true)
            .build();

    DocsResult r =
        mode.call(() -> hyper.data().list(options), () -> hyper.data().async().list(options));

    assertThat(r.docs(Movie.class)).containsExactly(new Movie("a", "A", 1));
    assertNoBody(
        take(
            target,
            "GET",
            target.base("data") + "?limit=5&startkey=a&endkey=z%20z&keys=a,b/c&descending=true"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void listWithoutOptionsSendsNoQueryAndOmitsFalseDescending(Mode mode, Target target) {
    Hyper hyper = servers.hyper(target);
    target.server(servers).fallback(Answer.json(200, "{\"ok\":true,\"docs\":[]}"));
    ListOptions ascending = ListOptions.builder().descending(false).limit(2).build();

    DocsResult all = mode.call(() -> hyper.data().list(), () -> hyper.data().async().list());
    mode.call(() -> hyper.data().list(ascending), () -> hyper.data().async().list(ascending));

    assertThat(all.docs()).isEmpty();
    assertThat(take(target, "GET", target.base("data")).rawQuery()).isNull();
    take(target, "GET", target.base("data") + "?limit=2");
  }

  @ParameterizedTest
  @MethodSource("cases")
  void queryPostsSelectorAndOptionsWithUseIndexRenamed(Mode mode, Target target) {
    Hyper hyper = servers.hyper(target);
    target
        .server(servers)
        .enqueue(Answer.json(200, "{\"ok\":true,\"docs\":[{\"_id\":\"1\",\"title\":\"T\"}]}"));
    Map<String, Object> selector = Map.of("year", Map.of("$gt", 1984));
    QueryOptions options =
        QueryOptions.builder()
            .fields("_id", "title")
            .sort(SortField.desc("year"), SortField.of("title"))
            .limit(10)
            .skip(5)
            .useIndex("idx-year")
            .build();

    DocsResult r =
        mode.call(
            () -> hyper.data().query(selector, options),
            () -> hyper.data().async().query(selector, options));

    assertThat(r.docs()).containsExactly(Map.of("_id", "1", "title", "T"));
    assertBody(
        take(target, "POST", target.base("data") + "/_query"),
        "{\"selector\":{\"year\":{\"$gt\":1984}},\"fields\":[\"_id\",\"title\"],"
            + "\"sort\":[{\"year\":\"DESC\"},{\"title\":\"ASC\"}],\"limit\":10,\"skip\":5,"
            + "\"use_index\":\"idx-year\"}");
  }

  @ParameterizedTest
  @MethodSource("cases")
  void queryAcceptsJsonNodeSelectorAndNoSelector(Mode mode, Target target) {
    Hyper hyper = servers.hyper(target);
    target.server(servers).fallback(Answer.json(200, "{\"ok\":true,\"docs\":[]}"));
    Selector typed = () -> Json.parse("{\"type\":\"movie\"}");
    QueryOptions byName = QueryOptions.builder().sort("title", "year").build();

    mode.call(
        () -> hyper.data().query(Json.parse("{\"a\":1}")),
        () -> hyper.data().async().query(Json.parse("{\"a\":1}")));
    mode.call(
        () -> hyper.data().query(typed, byName), () -> hyper.data().async().query(typed, byName));
    mode.call(() -> hyper.data().query(null), () -> hyper.data().async().query(null));

    assertBody(take(target, "POST", target.base("data") + "/_query"), "{\"selector\":{\"a\":1}}");
    assertBody(
        take(target, "POST", target.base("data") + "/_query"),
        "{\"selector\":{\"type\":\"movie\"},\"sort\":[\"title\",\"year\"]}");
    assertBody(take(target, "POST", target.base("data") + "/_query"), "{}");
  }

  @ParameterizedTest
  @MethodSource("cases")
  void indexPostsNamesOrDirectedFieldsAndPartialFilter(Mode mode, Target target) {
    Hyper hyper = servers.hyper(target);
    target.server(servers).fallback(Answer.json(201, "{\"ok\":true}"));
    List<SortField> fields = List.of(SortField.asc("type"), SortField.desc("year"));
    Map<String, Object> filter = Map.of("type", "movie");

    OkResult byNames =
        mode.call(
            () -> hyper.data().index("idx", "title", "year"),
            () -> hyper.data().async().index("idx", "title", "year"));
    mode.call(
        () -> hyper.data().index("idx2", fields, filter),
        () -> hyper.data().async().index("idx2", fields, filter));

    assertThat(byNames.status()).isEqualTo(201);
    assertBody(
        take(target, "POST", target.base("data") + "/_index"),
        "{\"name\":\"idx\",\"fields\":[\"title\",\"year\"]}");
    assertBody(
        take(target, "POST", target.base("data") + "/_index"),
        "{\"name\":\"idx2\",\"fields\":[{\"type\":\"ASC\"},{\"year\":\"DESC\"}],"
            + "\"partialFilter\":{\"type\":\"movie\"}}");
  }

  @ParameterizedTest
  @MethodSource("cases")
  void bulkPostsTheArrayAndReadsPerDocumentResults(Mode mode, Target target) {
    Hyper hyper = servers.hyper(target);
    target
        .server(servers)
        .enqueue(
            Answer.json(
                201,
                "{\"ok\":true,\"results\":[{\"ok\":true,\"id\":\"1\"},"
                    + "{\"ok\":false,\"msg\":\"conflict\"}]}"));
    List<Object> docs = List.of(new Movie("1", "A", 1), Map.of("_id", "2", "_deleted", true));

    var r = mode.call(() -> hyper.data().bulk(docs), () -> hyper.data().async().bulk(docs));

    assertThat(r.results())
        .containsExactly(
            new BulkItem(true, Optional.of("1"), Optional.empty()),
            new BulkItem(false, Optional.empty(), Optional.of("conflict")));
    assertBody(
        take(target, "POST", target.base("data") + "/_bulk"),
        "[{\"_id\":\"1\",\"title\":\"A\",\"year\":1},{\"_id\":\"2\",\"_deleted\":true}]");
  }
}
