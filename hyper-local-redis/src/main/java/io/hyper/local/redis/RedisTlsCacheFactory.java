package io.hyper.local.redis;

/**
 * Opens the cache on Redis over TLS for {@code --cache rediss://…}; otherwise as {@code redis:}.
 */
public final class RedisTlsCacheFactory extends RedisCacheFactory {
  /** The factory of {@code rediss:}. */
  public RedisTlsCacheFactory() {
    super("rediss");
  }
}
