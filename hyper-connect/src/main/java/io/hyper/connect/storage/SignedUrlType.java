package io.hyper.connect.storage;

/** What a signed URL lets its holder do without credentials. */
public enum SignedUrlType {
  /** {@code PUT} the object's bytes to the URL. */
  UPLOAD,
  /** {@code GET} the object's bytes from the URL. */
  DOWNLOAD
}
