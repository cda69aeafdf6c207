/**
 * The cache service: JSON values under string keys, with an optional time to live. {@link
 * io.hyper.connect.cache.CacheService} is the service; {@link io.hyper.connect.cache.CacheEntry} is
 * one key and value of a query's {@link io.hyper.connect.cache.EntriesResult}.
 */
package io.hyper.connect.cache;
