/**
 * hyper-local's cache on Redis ({@code --cache redis://host:6379?prefix=hyper}): native ttls, one
 * generation-stamped key prefix per store so a destroy is atomic, globs as {@code SCAN MATCH}
 * checked again in Java, and every store operation one Lua script. Found by {@link
 * java.util.ServiceLoader} through {@link io.hyper.local.redis.RedisCacheFactory}.
 */
package io.hyper.local.redis;
