package io.hyper.local.core.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyper.local.adapter.caffeine.CaffeineCache;
import io.hyper.local.core.HyperError;
import io.hyper.local.core.Json;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

class CacheServiceTest {
  private final CaffeineCache port = new CaffeineCache(Clock.systemUTC());
  private final CacheService cache = new CacheService(port);
  private final JsonNodeFactory nodes = JsonNodeFactory.instance;

  @AfterEach
  void close() {
    port.close();
  }

  @Test
  void createLowerCasesSoMixedCaseKeyOperationsAre404() {
    cache.createStore("Movies");
    assertThat(cache.stores()).containsExactly("movies");
    assertStatus(404, () -> cache.get("Movies", "k"));
    assertStatus(422, () -> cache.destroyStore("Movies"));
    cache.destroyStore("movies");
  }

  @Test
  void rejectedAddsStoreNothing() {
    cache.createStore("s");
    JsonNode value = Json.object().put("a", 1);
    assertStatus(422, () -> cache.add("s", null, value, null));
    assertStatus(422, () -> cache.add("s", nodes.numberNode(1), value, null));
    assertStatus(422, () -> cache.add("s", nodes.stringNode("Bad"), value, null));
    assertStatus(422, () -> cache.add("s", nodes.stringNode("k"), null, null));
    assertStatus(422, () -> cache.add("s", nodes.stringNode("k"), nodes.arrayNode(), null));
    assertStatus(422, () -> cache.add("s", nodes.stringNode("k"), nodes.stringNode("v"), null));
    assertStatus(422, () -> cache.add("s", nodes.stringNode("k"), value, nodes.stringNode("1mo")));
    assertStatus(422, () -> cache.set("s", "k", value, Optional.of("soon")));
    assertStatus(422, () -> cache.set("s", "k", nodes.arrayNode(), Optional.empty()));
    assertThat(cache.query("s", Optional.empty())).isEmpty();
  }

  @Test
  void checksComeBeforeTheStoreLookup() {
    assertStatus(422, () -> cache.get("missing", "Bad"));
    assertStatus(404, () -> cache.get("missing", "good"));
    assertStatus(422, () -> cache.query("Missing", Optional.empty()));
    assertStatus(404, () -> cache.query("missing", Optional.empty()));
  }

  @Test
  void queryDefaultsToEveryKey() {
    cache.createStore("s");
    cache.set("s", "a", Json.object(), Optional.empty());
    cache.set("s", "b/c", Json.object(), Optional.empty());
    assertThat(cache.query("s", Optional.empty())).hasSize(2);
    assertThat(cache.query("s", Optional.of("b/*"))).hasSize(1);
  }

  private static void assertStatus(int status, Executable call) {
    assertThatThrownBy(call::execute)
        .isInstanceOfSatisfying(HyperError.class, e -> assertThat(e.status()).isEqualTo(status));
  }
}
