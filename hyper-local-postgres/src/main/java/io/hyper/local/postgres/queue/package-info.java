/**
 * hyper's queue service on PostgreSQL ({@code --queue postgres://…}): queues and jobs in two tables
 * of the URL's schema, claimed with {@code FOR UPDATE SKIP LOCKED} so that any number of
 * hyper-local instances on one database deliver each job once per attempt and a queue's first
 * deliveries in order.
 */
package io.hyper.local.postgres.queue;
