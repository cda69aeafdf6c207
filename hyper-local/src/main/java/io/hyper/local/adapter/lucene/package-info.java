/**
 * The search engine: one Apache Lucene index per search index, on disk under {@code
 * <dataDir>/search} or in memory, with BM25 ranking, documents stored whole, and near-real-time
 * readers refreshed after every write.
 */
package io.hyper.local.adapter.lucene;
