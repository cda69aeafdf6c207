/** The embedded job store: queues, jobs and their claims in SQLite. */
package io.hyper.local.adapter.queue;
