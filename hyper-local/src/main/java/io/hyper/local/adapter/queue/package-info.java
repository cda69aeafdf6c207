/**
 * The queue engine: queues and jobs in SQLite, and a dispatcher that delivers each job to its
 * queue's target with a signature, retries with backoff and records the last failure.
 */
package io.hyper.local.adapter.queue;
