/**
 * The queue service: enqueue jobs for delivery to a worker URL, list queued and failed jobs, and
 * verify the {@code X-HYPER-SIGNATURE} of jobs your endpoint receives ({@link
 * io.hyper.connect.queue.SignatureVerifier}).
 */
package io.hyper.connect.queue;
