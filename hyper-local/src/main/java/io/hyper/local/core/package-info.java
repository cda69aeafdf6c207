/**
 * The service rules of hyper-local, independent of HTTP and of any engine: validation, names,
 * conflicts and hyper's error shape.
 */
package io.hyper.local.core;
