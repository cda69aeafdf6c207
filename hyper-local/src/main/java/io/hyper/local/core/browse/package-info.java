/**
 * Read-only views of what the server holds, for hyper vision: listings and counts that hyper's REST
 * API has no route for (databases, objects in folders, cache ttls, job attempts), read through the
 * ports and written as JSON.
 */
package io.hyper.local.core.browse;
