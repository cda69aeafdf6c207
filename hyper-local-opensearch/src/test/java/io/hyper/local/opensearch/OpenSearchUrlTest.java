package io.hyper.local.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyper.local.engine.EngineUrl;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OpenSearchUrlTest {
  private static OpenSearchUrl parse(String url) {
    return OpenSearchUrl.parse(EngineUrl.parse(url));
  }

  @Test
  void defaultsArePort9200AndPrefixHyper() {
    OpenSearchUrl url = parse("opensearch://search.local");
    assertThat(url.https()).isFalse();
    assertThat(url.host()).isEqualTo("search.local");
    assertThat(url.port()).isEqualTo(9200);
    assertThat(url.prefix()).isEqualTo("hyper");
    assertThat(url.user()).isEmpty();
    assertThat(url.endpoint()).isEqualTo("http://search.local:9200");
  }

  @Test
  void readsUserPasswordPortPrefixAndTls() {
    OpenSearchUrl url = parse("opensearchs://admin:s%3Acret@10.0.0.5:9443/?prefix=team-a_1");
    assertThat(url.https()).isTrue();
    assertThat(url.port()).isEqualTo(9443);
    assertThat(url.user()).contains("admin");
    assertThat(url.password()).contains("s:cret");
    assertThat(url.prefix()).isEqualTo("team-a_1");
    assertThat(url.endpoint()).isEqualTo("https://10.0.0.5:9443");
  }

  @Test
  void toStringNeverShowsThePassword() {
    OpenSearchUrl url = parse("opensearch://admin:topsecret@h:9200?prefix=p");
    assertThat(url.toString()).doesNotContain("topsecret").contains("admin:****@h:9200");
    assertThat(url.password()).isEqualTo(Optional.of("topsecret"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "opensearch:",
        "opensearch://admin:topsecret@h:9200/index?prefix=p",
        "opensearch://admin:topsecret@h:9200?prefix=Upper",
        "opensearch://admin:topsecret@h:9200?prefix=has.dot",
        "opensearch://admin:topsecret@h:9200?prefix=",
        "opensearch://admin:topsecret@h:9200?prefix=_x",
        "opensearch://admin:topsecret@h:9200?prefix=a&prefix=b",
        "opensearch://admin:topsecret@h:9200?refresh=true",
        "opensearch://admin:topsecret@h:9200?prefix",
        "opensearch://admin:topsecret@h:9200#frag",
        "opensearch://:topsecret@h:9200",
        "opensearch://useronly@h:9200"
      })
  void badUrlsAreRefusedWithoutThePassword(String text) {
    assertThatThrownBy(() -> parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the opensearch: search engine URL ")
        .hasMessageNotContaining("topsecret");
  }

  @Test
  void aTooLongPrefixIsRefused() {
    assertThatThrownBy(() -> parse("opensearch://h?prefix=" + "a".repeat(65)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 to 64");
    assertThat(parse("opensearch://h?prefix=" + "a".repeat(64)).prefix()).hasSize(64);
  }

  @Test
  void bothSchemesAreFoundByTheEngineRegistry() {
    io.hyper.local.engine.Engines engines = io.hyper.local.engine.Engines.discover();
    assertThat(engines.schemes(io.hyper.local.Service.SEARCH))
        .contains("opensearch:", "opensearchs:");
  }
}
