/**
 * The HTTP side of hyper-local: the JDK server, the router, auth, limits, CORS, and one routes
 * class per service.
 */
package io.hyper.local.http;
