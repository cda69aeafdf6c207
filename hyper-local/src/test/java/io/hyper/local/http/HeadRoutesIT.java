package io.hyper.local.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.local.HyperLocal;
import io.hyper.local.TestHttp;
import io.hyper.local.TestHttp.Reply;
import java.net.http.HttpRequest.BodyPublishers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code HEAD} on every {@code GET} route: the same status and headers, no body (was 404). */
class HeadRoutesIT {
  private static HyperLocal local;
  private static TestHttp http;

  @BeforeAll
  static void start() {
    local = HyperLocal.builder().start();
    http = new TestHttp(local.url());
    http.put("/data/h", "");
    http.post("/data/h", "{\"_id\":\"d1\",\"t\":\"x\"}");
    http.put("/cache/h", "");
    http.post("/cache/h", "{\"key\":\"k\",\"value\":{\"v\":1}}");
    http.put("/search/h", "{\"fields\":[\"t\"],\"storeFields\":[\"t\"]}");
    http.post("/search/h", "{\"key\":\"s1\",\"doc\":{\"t\":\"x\"}}");
    http.put("/storage/h", "");
    http.send(
        "POST",
        "/storage/h/dir/file.txt",
        BodyPublishers.ofString("hello, head"),
        "Content-Type",
        "text/plain");
  }

  @AfterAll
  static void stop() {
    local.close();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/",
        "/data",
        "/data/h",
        "/data/h/d1",
        "/cache",
        "/cache/h/k",
        "/cache/h/_query",
        "/search",
        "/search/h/s1",
        "/storage",
        "/storage/h/dir/file.txt"
      })
  void headAnswersLikeGetWithoutABody(String path) {
    Reply get = http.get(path);
    Reply head = http.send("HEAD", path, BodyPublishers.noBody());
    assertThat(get.status()).as(get.text()).isEqualTo(200);
    assertThat(head.status()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    assertThat(head.header("Content-Type")).isEqualTo(get.header("Content-Type"));
    if (get.header("Content-Length") != null) {
      assertThat(head.header("Content-Length")).isEqualTo(get.header("Content-Length"));
    }
  }

  @Test
  void headOfAStoredObjectGivesItsLength() {
    Reply head = http.send("HEAD", "/storage/h/dir/file.txt", BodyPublishers.noBody());
    assertThat(head.header("Content-Length")).isEqualTo("11");
  }

  @Test
  void headOfAMissingDocumentIs404WithoutABody() {
    Reply head = http.send("HEAD", "/data/h/nope", BodyPublishers.noBody());
    assertThat(head.status()).isEqualTo(404);
    assertThat(head.body()).isEmpty();
  }
}
