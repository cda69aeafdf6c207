/**
 * Contract test suites, one per port: abstract JUnit classes that every adapter of the port passes
 * by subclassing them and saying how to open the engine. Published in hyper-local's test-jar so an
 * adapter in another module runs the same suite.
 */
package io.hyper.local.contract;
