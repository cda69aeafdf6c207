package io.hyper.local.core.storage;

import io.hyper.local.core.HyperError;

/**
 * Checks bucket names and object paths before anything touches a file (§7.4, §11 Q16).
 *
 * <p>An object path is a {@code /}-separated list of segments. It is refused with 400 when it is
 * empty, absolute ({@code /etc/passwd}), has an empty segment ({@code a//b}, a trailing {@code /}),
 * a {@code .} or {@code ..} segment, a backslash, a NUL or another control character. {@code ..} is
 * refused only as a whole segment: {@code a..b.txt} is a fine name. The checks run on the decoded
 * path, so encoded traversal ({@code %2e%2e}, {@code %2f..}) is caught too.
 */
public final class StorageNames {
  /** The longest object path accepted, in characters. */
  public static final int MAX_OBJECT_PATH = 1024;

  /** The longest bucket name accepted, in characters. */
  public static final int MAX_BUCKET_NAME = 255;

  private StorageNames() {}

  /**
   * Returns {@code bucket} when it is a safe bucket name.
   *
   * @throws HyperError 400 when it is empty, longer than {@value #MAX_BUCKET_NAME} characters,
   *     {@code .}, or contains {@code /}, {@code \}, {@code ..} or a control character
   */
  public static String bucket(String bucket) {
    if (bucket == null || bucket.isEmpty()) {
      throw HyperError.badRequest("bucket name must not be empty");
    }
    if (bucket.indexOf('/') >= 0 || bucket.indexOf('\\') >= 0) {
      throw HyperError.badRequest("bucket name cannot contain slashes");
    }
    if (bucket.contains("..") || bucket.equals(".")) {
      throw HyperError.badRequest("bucket name cannot contain relative path parts");
    }
    if (bucket.length() > MAX_BUCKET_NAME) {
      throw HyperError.badRequest("bucket name is longer than " + MAX_BUCKET_NAME + " characters");
    }
    rejectControlCharacters(bucket, "bucket name");
    return bucket;
  }

  /**
   * Returns {@code path} when it is a safe object path (see the class comment).
   *
   * @param path the decoded object path, segments joined with {@code /}
   * @throws HyperError 400 when it is not safe
   */
  public static String objectPath(String path) {
    if (path == null || path.isEmpty()) {
      throw HyperError.badRequest("object path must not be empty");
    }
    if (path.length() > MAX_OBJECT_PATH) {
      throw HyperError.badRequest("object path is longer than " + MAX_OBJECT_PATH + " characters");
    }
    if (path.indexOf('\\') >= 0) {
      throw HyperError.badRequest("object path cannot contain backslashes");
    }
    rejectControlCharacters(path, "object path");
    if (path.startsWith("/")) {
      throw HyperError.badRequest("object path must be relative");
    }
    for (String segment : path.split("/", -1)) {
      if (segment.equals("..") || segment.equals(".")) {
        throw HyperError.badRequest("cannot contain relative path parts");
      }
      if (segment.isEmpty()) {
        throw HyperError.badRequest("object path cannot contain empty segments");
      }
    }
    return path;
  }

  private static void rejectControlCharacters(String text, String what) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        throw HyperError.badRequest(what + " cannot contain control characters");
      }
    }
  }
}
