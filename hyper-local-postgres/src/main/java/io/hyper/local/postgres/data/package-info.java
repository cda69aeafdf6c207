/**
 * hyper's data service on PostgreSQL ({@code --data postgres://…}): documents as JSONB in a table
 * per database, Mango selectors and sorts translated to SQL with hyper's type order and byte-order
 * collation, {@code _index} as real expression indexes. Any number of hyper-local instances given
 * the same URL share the databases; nothing that another instance can change is cached.
 */
package io.hyper.local.postgres.data;
