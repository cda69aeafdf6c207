/**
 * hyper-local's engines on PostgreSQL: {@code --data postgres://…} and {@code --queue
 * postgres://…}. Any number of hyper-local instances given the same URL share one set of databases
 * and queues.
 */
package io.hyper.local.postgres;
