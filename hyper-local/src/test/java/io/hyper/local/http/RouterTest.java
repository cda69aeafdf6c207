package io.hyper.local.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyper.local.core.HyperError;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class RouterTest {
  private final Handler byId = r -> Response.ok(200);
  private final Handler query = r -> Response.ok(200);
  private final Handler object = r -> Response.ok(201);

  private final Router router =
      new Router()
          .add("GET", "/data/{db}/{id}", byId)
          .add("POST", "/data/{db}/_query", query)
          .add("POST", "/data/{db}/{id}", byId)
          .add("POST", "/storage/{bucket}/{path*}", object);

  @Test
  void literalSegmentWinsOverParameter() {
    assertThat(router.match("POST", "/data/movies/_query").orElseThrow().handler()).isSameAs(query);
  }

  @Test
  void encodedSlashStaysInsideOneParameter() {
    Router.Match match = router.match("GET", "/data/movies/a%2Fb").orElseThrow();
    assertThat(match.params()).isEqualTo(Map.of("db", "movies", "id", "a/b"));
  }

  @Test
  void plusIsNotASpaceInAPath() {
    assertThat(router.match("GET", "/data/m/a+b%20c").orElseThrow().params())
        .containsEntry("id", "a+b c");
  }

  @Test
  void wildcardJoinsDecodedSegments() {
    Router.Match match = router.match("POST", "/storage/b/dir/sub%20dir/x.png").orElseThrow();
    assertThat(match.params()).containsEntry("path", "dir/sub dir/x.png");
  }

  @Test
  void wrongMethodOrShapeDoesNotMatch() {
    assertThat(router.match("DELETE", "/data/movies/1")).isEmpty();
    assertThat(router.match("GET", "/data/movies")).isEmpty();
    assertThat(router.match("GET", "/data/movies/1/extra")).isEmpty();
    assertThat(router.match("GET", "/data/movies/")).isEmpty();
    assertThat(router.match("POST", "/storage/b")).isEmpty();
  }

  @Test
  void malformedEscapeIs400() {
    assertThatThrownBy(() -> router.match("GET", "/data/m/%zz"))
        .isInstanceOfSatisfying(HyperError.class, e -> assertThat(e.status()).isEqualTo(400));
    assertThatThrownBy(() -> router.match("GET", "/data/m/%C3"))
        .isInstanceOfSatisfying(HyperError.class, e -> assertThat(e.status()).isEqualTo(400));
  }

  @Property
  void anyEncodedSegmentDecodesToItself(@ForAll @StringLength(min = 1, max = 40) String id) {
    String encoded =
        java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    assertThat(router.match("GET", "/data/db/" + encoded).orElseThrow().params().get("id"))
        .isEqualTo(id);
  }
}
