/**
 * The engines behind the ports: SQLite, Caffeine, Lucene, the file system, and the queue
 * dispatcher.
 */
package io.hyper.local.adapter;
