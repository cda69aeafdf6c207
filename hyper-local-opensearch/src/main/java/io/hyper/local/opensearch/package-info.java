/**
 * hyper-local's search engine on OpenSearch: {@code --search opensearch://host:9200?prefix=…}. Any
 * number of hyper-local instances given the same URL share one set of indexes: every index's
 * definition lives in its OpenSearch mapping, and nothing an instance reads is cached in it.
 */
package io.hyper.local.opensearch;
