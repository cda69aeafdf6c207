package io.hyper.local.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyper.local.engine.EngineUrl;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The redis: URL grammar: defaults, every part, and refusals that never show the password. */
class RedisUrlTest {
  private static RedisUrl parse(String text) {
    return RedisUrl.parse(EngineUrl.parse(text));
  }

  @Test
  void aHostAloneTakesEveryDefault() {
    RedisUrl url = parse("redis://cache.internal");
    assertThat(url.host()).isEqualTo("cache.internal");
    assertThat(url.port()).isEqualTo(6379);
    assertThat(url.database()).isZero();
    assertThat(url.user()).isEmpty();
    assertThat(url.password()).isEmpty();
    assertThat(url.tls()).isFalse();
    assertThat(url.prefix()).isEqualTo("hyper");
    assertThat(url.timeoutMillis()).isEqualTo(5000);
    assertThat(url.pool()).isEqualTo(16);
  }

  @Test
  void everyPartIsRead() {
    RedisUrl url =
        parse("rediss://app:s%3Acr%2Bt@127.0.0.1:6380/3?prefix=team.a-1&timeout=250&pool=4");
    assertThat(url.host()).isEqualTo("127.0.0.1");
    assertThat(url.port()).isEqualTo(6380);
    assertThat(url.database()).isEqualTo(3);
    assertThat(url.user()).contains("app");
    assertThat(url.password()).contains("s:cr+t");
    assertThat(url.tls()).isTrue();
    assertThat(url.prefix()).isEqualTo("team.a-1");
    assertThat(url.timeoutMillis()).isEqualTo(250);
    assertThat(url.pool()).isEqualTo(4);
    assertThat(url.toString()).doesNotContain("s%3Acr").contains("app:****@");
  }

  @Test
  void aPasswordWithoutUserIsTheDefaultUsers() {
    RedisUrl url = parse("redis://:hunter2@localhost/");
    assertThat(url.user()).isEmpty();
    assertThat(url.password()).isEqualTo(Optional.of("hunter2"));
    assertThat(url.database()).isZero();
  }

  @Test
  void anIpv6HostLosesItsBrackets() {
    RedisUrl url = parse("redis://[::1]:6390");
    assertThat(url.host()).isEqualTo("::1");
    assertThat(url.port()).isEqualTo(6390);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "redis:",
        "redis:///0",
        "redis://u:hunter2@h/x",
        "redis://u:hunter2@h/-1",
        "redis://u:hunter2@h/0/1",
        "redis://u:hunter2@h?prefix=",
        "redis://u:hunter2@h?prefix=a:b",
        "redis://u:hunter2@h?prefix=a*",
        "redis://u:hunter2@h?prefix=%7Bx%7D",
        "redis://u:hunter2@h?timeout=0",
        "redis://u:hunter2@h?timeout=soon",
        "redis://u:hunter2@h?pool=1001",
        "redis://u:hunter2@h?pool=2&pool=3",
        "redis://u:hunter2@h?schema=x",
        "redis://u:hunter2@h#frag",
      })
  void badUrlsAreRefusedWithoutThePassword(String text) {
    assertThatThrownBy(() -> parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("a redis: engine URL ")
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void theFactoryRefusesABadUrlBeforeConnecting() {
    assertThatThrownBy(
            () ->
                new RedisCacheFactory()
                    .open(EngineUrl.parse("redis://u:hunter2@h?nope=1"), TestRedis.CONFIG))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("prefix, timeout and pool")
        .hasMessageNotContaining("hunter2");
  }
}
