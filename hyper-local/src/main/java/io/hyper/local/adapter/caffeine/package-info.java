/**
 * The cache engine: one Caffeine cache per store, in memory in every mode, with a per-entry ttl
 * read from the server's clock.
 */
package io.hyper.local.adapter.caffeine;
