/**
 * Test support shared by every service's tests: {@link io.hyper.connect.testing.RecordingServer}, a
 * scripted HTTP server that records each request, and {@link io.hyper.connect.testing.Mode}, which
 * runs one test body in sync and async form.
 */
package io.hyper.connect.testing;
