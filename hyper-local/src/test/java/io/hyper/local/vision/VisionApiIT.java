package io.hyper.local.vision;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.local.HyperLocal;
import io.hyper.local.TestHttp;
import io.hyper.local.TestHttp.Reply;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** hyper vision's read-only API: what it lists, what it counts, and its answers to bad input. */
class VisionApiIT {
  private static HyperLocal server;
  private static TestHttp http;

  @BeforeAll
  static void start() {
    server = HyperLocal.builder().start();
    http = new TestHttp(server.url());
    created(http.put("/data/shop", "{}"));
    created(http.post("/data/shop", "{\"_id\":\"a\",\"type\":\"book\"}"));
    created(http.post("/data/shop", "{\"_id\":\"b\",\"type\":\"pen\"}"));
    created(http.post("/data/shop/_index", "{\"name\":\"by-type\",\"fields\":[\"type\"]}"));
    created(http.put("/cache/shop", "{}"));
    created(http.post("/cache/shop", "{\"key\":\"cart-1\",\"value\":{\"n\":1},\"ttl\":\"10m\"}"));
    created(http.post("/cache/shop", "{\"key\":\"user-1\",\"value\":{\"n\":2}}"));
    created(http.put("/search/shop", "{\"fields\":[\"title\"],\"storeFields\":[\"title\"]}"));
    created(http.post("/search/shop", "{\"key\":\"k1\",\"doc\":{\"title\":\"red pen\"}}"));
    created(http.put("/storage/shop", "{}"));
    upload("/storage/shop/top.txt", "12345");
    upload("/storage/shop/img/in/deep.png", "1234567890");
    created(http.put("/queue/shop", "{\"target\":\"http://127.0.0.1:9/hook\",\"secret\":\"s3\"}"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static void created(Reply reply) {
    assertThat(reply.status()).as(reply.text()).isIn(200, 201);
  }

  private static void upload(String path, String text) {
    created(http.send("POST", path, BodyPublishers.ofString(text), "Content-Type", "text/plain"));
  }

  @Test
  void theOverviewGroupsEveryServiceByNameWithCounts() {
    JsonNode overview = http.get("/_vision/api/overview").json();
    assertThat(overview.get("services").toString())
        .isEqualTo("[\"data\",\"cache\",\"search\",\"storage\",\"queue\"]");
    JsonNode shop = overview.get("domains").get(0);
    assertThat(shop.get("name").asString()).isEqualTo("shop");
    assertThat(shop.get("data").get("docs").asLong()).isEqualTo(2);
    assertThat(shop.get("data").get("indexes").asLong()).isEqualTo(1);
    assertThat(shop.get("cache").get("keys").asLong()).isEqualTo(2);
    assertThat(shop.get("search").get("docs").asLong()).isEqualTo(1);
    assertThat(shop.get("storage").get("objects").asLong()).isEqualTo(2);
    assertThat(shop.get("storage").get("bytes").asLong()).isEqualTo(15);
    assertThat(shop.get("queue").has("READY")).isTrue();
    assertThat(shop.get("queue").has("ERROR")).isTrue();
  }

  @Test
  void aDatabaseShowsItsCountAndIndexes() {
    JsonNode db = http.get("/_vision/api/data/shop").json();
    assertThat(db.get("docs").asLong()).isEqualTo(2);
    assertThat(db.get("indexes").toString())
        .isEqualTo("[{\"name\":\"by-type\",\"fields\":[{\"type\":\"ASC\"}]}]");
  }

  @Test
  void cacheEntriesCarryTheirRemainingTtl() {
    JsonNode docs = http.get("/_vision/api/cache/shop?pattern=*").json().get("docs");
    assertThat(docs).hasSize(2);
    assertThat(docs.get(0).get("key").asString()).isEqualTo("cart-1");
    assertThat(docs.get(0).get("ttl").asLong()).isBetween(1L, 600_000L);
    assertThat(docs.get(1).get("ttl").isNull()).isTrue();
    assertThat(http.get("/_vision/api/cache/shop?pattern=user*").json().get("docs")).hasSize(1);
  }

  @Test
  void aSearchIndexShowsItsFields() {
    JsonNode index = http.get("/_vision/api/search/shop").json();
    assertThat(index.get("docs").asLong()).isEqualTo(1);
    assertThat(index.get("fields").toString()).isEqualTo("[\"title\"]");
    assertThat(index.get("storeFields").toString()).isEqualTo("[\"title\"]");
  }

  @Test
  void storageListsFoldersAsFolders() {
    JsonNode top = http.get("/_vision/api/storage/shop").json().get("items");
    assertThat(names(top)).containsExactly("img", "top.txt");
    assertThat(top.get(0).get("folder").asBoolean()).isTrue();
    assertThat(top.get(1).get("size").asLong()).isEqualTo(5);
    assertThat(top.get(1).get("type").asString()).startsWith("text/plain");
    JsonNode deep = http.get("/_vision/api/storage/shop/img/in").json().get("items");
    assertThat(names(deep)).containsExactly("deep.png");
    assertThat(deep.get(0).get("path").asString()).isEqualTo("img/in/deep.png");
    assertThat(deep.get(0).get("type").asString()).isEqualTo("image/png");
  }

  @Test
  void aQueueShowsItsTargetWhetherItSignsAndNeverTheSecret() {
    Reply reply = http.get("/_vision/api/queue/shop?status=READY");
    JsonNode queue = reply.json();
    assertThat(queue.get("target").asString()).isEqualTo("http://127.0.0.1:9/hook");
    assertThat(queue.get("signed").asBoolean()).isTrue();
    assertThat(queue.get("counts").has("READY")).isTrue();
    assertThat(reply.text()).doesNotContain("s3");
  }

  @ParameterizedTest
  @CsvSource({
    "/_vision/api/data/missing, 404",
    "/_vision/api/cache/missing, 404",
    "/_vision/api/cache/Bad%20Name, 422",
    "/_vision/api/search/missing, 404",
    "/_vision/api/storage/missing, 404",
    "/_vision/api/storage/shop/no/such/folder, 404",
    "/_vision/api/storage/shop/top.txt, 404",
    "/_vision/api/storage/shop/%2e%2e/%2e%2e, 400",
    "/_vision/api/queue/missing, 404",
    "/_vision/api/queue/shop?status=SOON, 422",
    "/_vision/api/nothing, 404"
  })
  void badInputIsA4xxInHypersShape(String path, int status) {
    Reply reply = http.get(path);
    assertThat(reply.status()).as(path + " " + reply.text()).isEqualTo(status);
    JsonNode body = reply.json();
    assertThat(body.get("ok").asBoolean()).isFalse();
    assertThat(body.get("status").asInt()).isEqualTo(status);
    assertThat(body.get("msg").asString()).isNotBlank().doesNotContain("/tmp");
  }

  @Test
  void theApiIsReadOnly() {
    for (String method : new String[] {"POST", "PUT", "DELETE"}) {
      Reply reply = http.send(method, "/_vision/api/data/shop", BodyPublishers.ofString("{}"));
      assertThat(reply.status()).as(method).isEqualTo(404);
    }
    assertThat(http.get("/_vision/api/data/shop").json().get("docs").asLong()).isEqualTo(2);
  }

  private static List<String> names(JsonNode items) {
    List<String> names = new ArrayList<>();
    items.forEach(i -> names.add(i.get("name").asString()));
    return names;
  }
}
