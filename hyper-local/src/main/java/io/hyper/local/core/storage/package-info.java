/**
 * The storage rules of hyper-local (§7), free of HTTP and of the file system: which bucket and
 * object names are safe, which media type an object is served with, where a multipart upload lands,
 * and how signed URLs are signed and checked.
 */
package io.hyper.local.core.storage;
