/**
 * The search service's rules: index definitions (§6.2), document bodies and keys (§6.3, §6.5),
 * queries (§6.4), and what a term is, applied by {@link io.hyper.local.core.search.SearchService}
 * before any engine is touched.
 */
package io.hyper.local.core.search;
