/**
 * The HTTP side of hyper-local: Jetty, the router, auth, limits, browser checks, and one routes
 * class per service.
 */
package io.hyper.local.http;
