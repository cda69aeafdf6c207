/**
 * Storage on the file system: one directory per bucket, uploads streamed to a staging file and
 * moved into place atomically.
 */
package io.hyper.local.adapter.fs;
