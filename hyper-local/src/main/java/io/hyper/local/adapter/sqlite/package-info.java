/**
 * The data service on SQLite (xerial sqlite-jdbc): one table of JSON documents per database, Mango
 * selectors translated to SQL over SQLite's JSON functions, and {@code _index} as real expression
 * indexes. See {@link io.hyper.local.adapter.sqlite.SqliteDataStore}.
 */
package io.hyper.local.adapter.sqlite;
