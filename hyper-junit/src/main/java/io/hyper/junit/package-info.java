/**
 * A JUnit 5 extension for testing code that uses hyper: {@link io.hyper.junit.HyperTest} (zero
 * configuration) or {@link io.hyper.junit.HyperExtension#builder()} (options) start one hyper-local
 * per test run and give every test a {@link io.hyper.connect.Hyper} connected to a fresh, isolated
 * domain.
 */
package io.hyper.junit;
