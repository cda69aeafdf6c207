/**
 * The queue rules of hyper-local (§8, §11 Q8), free of HTTP and of SQLite: queue names and
 * settings, job records and their statuses, delivery errors, backoff and the {@code
 * X-HYPER-SIGNATURE} header.
 */
package io.hyper.local.core.queue;
