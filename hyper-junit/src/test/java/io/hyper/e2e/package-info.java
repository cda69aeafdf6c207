/**
 * End-to-end tests: every action of every service of the SDK, in its sync and its async form,
 * against a real hyper-local over HTTP, started by hyper-junit.
 *
 * <p>Each behaviour test takes a {@link io.hyper.e2e.Mode} and runs once per form with one body;
 * {@link io.hyper.e2e.Outcomes} asserts the not-ok results and the exceptions they map to.
 */
package io.hyper.e2e;
