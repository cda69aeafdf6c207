/**
 * Runnable examples of hyper-connect for Java: the Python SDK's {@code examples.py} and {@code
 * examples_async.py}, service by service, plus storage streaming and a queue worker that verifies
 * signatures. {@link io.hyper.examples.Examples} runs them all.
 */
package io.hyper.examples;
