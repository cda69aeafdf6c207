package io.hyper.local.redis;

import io.hyper.local.LocalConfig;
import io.hyper.local.engine.EngineFactory;
import io.hyper.local.engine.EngineUrl;
import io.hyper.local.port.CachePort;
import java.time.Duration;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.SslOptions;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Opens the cache on Redis for {@code --cache redis://…}: {@code
 * redis://[user:password@]host[:port][/db][?prefix=hyper&timeout=5000&pool=16]}, see {@link
 * RedisUrl} for each part. {@link RedisTlsCacheFactory} takes the same URL as {@code rediss://}.
 *
 * <p>The client is Jedis's {@link RedisClient}: thread-safe, with its own pool of connections, each
 * command on a connection borrowed for it, so a dropped connection costs one failed command (503)
 * and is replaced, and the pool's wait is bounded by {@code timeout} too.
 */
public class RedisCacheFactory implements EngineFactory<CachePort> {
  private final String scheme;

  /** The factory of {@code redis:}. */
  public RedisCacheFactory() {
    this("redis");
  }

  RedisCacheFactory(String scheme) {
    this.scheme = scheme;
  }

  @Override
  public Class<CachePort> port() {
    return CachePort.class;
  }

  @Override
  public String scheme() {
    return scheme;
  }

  /**
   * Connects and checks the server answers.
   *
   * @throws IllegalArgumentException for a URL {@link RedisUrl} refuses
   * @throws IllegalStateException when the server cannot be reached or refuses the credentials
   */
  @Override
  public CachePort open(EngineUrl url, LocalConfig config) {
    RedisUrl redisUrl = RedisUrl.parse(url);
    RedisClient client = client(redisUrl);
    try {
      client.ping();
    } catch (JedisConnectionException e) {
      client.close();
      throw new IllegalStateException(
          "the cache engine at "
              + redisUrl
              + " did not answer (start it, e.g. scripts/engines start redis): "
              + e.getClass().getSimpleName(),
          e);
    } catch (JedisException e) {
      client.close();
      throw new IllegalStateException(
          "the cache engine at "
              + redisUrl
              + " refused the connection (check the URL's user, password and database): "
              + e.getClass().getSimpleName(),
          e);
    }
    return new RedisCache(client, new KeySpace(redisUrl.prefix()), redisUrl.toString());
  }

  static RedisClient client(RedisUrl url) {
    DefaultJedisClientConfig.Builder config =
        DefaultJedisClientConfig.builder()
            .connectionTimeoutMillis(url.timeoutMillis())
            .socketTimeoutMillis(url.timeoutMillis())
            .database(url.database())
            .clientName("hyper-local:" + url.prefix());
    if (url.tls()) {
      // The JVM's trust store, the server's name verified against its certificate.
      config.sslOptions(SslOptions.defaults());
    }
    url.user().ifPresent(config::user);
    url.password().ifPresent(config::password);
    ConnectionPoolConfig pool = new ConnectionPoolConfig();
    pool.setMaxTotal(url.pool());
    pool.setMaxIdle(url.pool());
    pool.setMaxWait(Duration.ofMillis(url.timeoutMillis()));
    return RedisClient.builder()
        .hostAndPort(url.host(), url.port())
        .clientConfig(config.build())
        .poolConfig(pool)
        .build();
  }
}
