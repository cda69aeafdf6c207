package io.hyper.local.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyper.local.core.HyperError;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisDataException;

/** How Redis's errors reach a client: 507 for OOM, 503 otherwise, never the driver's text. */
class RedisFaultsTest {
  private final RedisFaults faults = new RedisFaults("redis://127.0.0.1:6379");

  @Test
  void outOfMemoryIs507() {
    HyperError e =
        faults.of(
            "write an entry",
            new JedisDataException(
                "ERR Error running script: OOM command not allowed when used memory >"
                    + " 'maxmemory'."));
    assertThat(e.status()).isEqualTo(507);
    assertThat(e.msg()).isEqualTo(RedisFaults.OUT_OF_MEMORY);
  }

  @Test
  void aDroppedConnectionOrAnyOtherRefusalIs503WithoutTheDriversText() {
    for (RuntimeException cause :
        new RuntimeException[] {
          new JedisConnectionException("Unexpected end of stream. 10.0.0.7:6379"),
          new JedisDataException("READONLY You can't write against a read only replica."),
          new JedisDataException("LOADING Redis is loading the dataset in memory"),
        }) {
      assertThatThrownBy(
              () ->
                  faults.run(
                      "read an entry",
                      () -> {
                        throw cause;
                      }))
          .isInstanceOfSatisfying(
              HyperError.class,
              e -> {
                assertThat(e.status()).isEqualTo(503);
                assertThat(e.msg()).isEqualTo(RedisFaults.UNAVAILABLE);
              });
    }
  }

  @Test
  void whatRedisAnswersPassesThrough() {
    assertThat(faults.run("read an entry", () -> "value")).isEqualTo("value");
  }
}
