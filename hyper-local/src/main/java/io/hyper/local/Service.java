package io.hyper.local;

import java.util.Locale;

/** The services hyper-local can run, in the order {@code GET /} lists them (contract §3). */
public enum Service {
  /** Key/value with TTL and glob queries, in memory. */
  CACHE,
  /** JSON documents with Mango queries, on SQLite. */
  DATA,
  /** Files, streamed, on the file system. */
  STORAGE,
  /** Full text, on Lucene. */
  SEARCH,
  /** Jobs delivered to a webhook, persisted in SQLite. */
  QUEUE;

  /** The name hyper uses in paths and in {@code GET /}: {@code cache}, {@code data}, … */
  public String path() {
    return name().toLowerCase(Locale.ROOT);
  }
}
