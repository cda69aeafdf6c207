/**
 * JMH benchmarks of hyper-connect and hyper-local, and the harnesses around them.
 *
 * <p>These are measurements, not tests: nothing here asserts a time. Each benchmark starts an
 * in-process hyper-local on 127.0.0.1 in its JMH fork and drives it through the SDK, through raw
 * {@code java.net.http} requests built by hand (the floor), or (in {@link
 * io.hyper.benchmarks.JsComparison}) through hyper's official JS client. {@link
 * io.hyper.benchmarks.Report} turns JMH's JSON results into the side-by-side ratio tables of {@code
 * docs/benchmarks.md}.
 */
package io.hyper.benchmarks;
