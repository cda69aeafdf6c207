/**
 * The cache service's rules: store names (§5.2), keys (§5.3), values (§5.4), the {@code ms} ttl
 * format (§5.5) and glob patterns (§5.6), applied by {@link io.hyper.local.core.cache.CacheService}
 * before any engine is touched.
 */
package io.hyper.local.core.cache;
