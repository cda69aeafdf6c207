package io.hyper.local.s3;

import io.hyper.local.core.HyperError;
import io.hyper.local.core.storage.PortableNames;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The layout of the S3 keys under the engine's prefix. Hyper buckets and their objects are {@code
 * <prefix>/<bucket>/<object>}; the server's own keys sit beside them under names starting {@value
 * PortableNames#RESERVED_PREFIX}, which no hyper bucket may have:
 *
 * <ul>
 *   <li>{@code <prefix>/.hyper-buckets/<bucket>}: the empty marker whose existence is the bucket's;
 *       one listing gives every bucket.
 *   <li>{@code <prefix>/.hyper-staging/<uuid>}: an upload received but not yet committed.
 * </ul>
 */
final class Keys {
  /** S3's longest key, in UTF-8 bytes. */
  static final int MAX_KEY_BYTES = 1024;

  private static final String MARKERS = PortableNames.RESERVED_PREFIX + "buckets/";
  private static final String STAGING = PortableNames.RESERVED_PREFIX + "staging/";

  private final String root;

  /** The layout under {@code prefix} (no slash at either end; empty for the S3 bucket's top). */
  Keys(String prefix) {
    this.root = prefix.isEmpty() ? "" : prefix + "/";
  }

  /** The prefix of every bucket's marker. */
  String markers() {
    return root + MARKERS;
  }

  /** The marker key of {@code bucket}. */
  String marker(String bucket) {
    return markers() + bucket;
  }

  /** The prefix of every key of {@code bucket}'s objects, ending in {@code /}. */
  String bucket(String bucket) {
    return root + bucket + "/";
  }

  /** The prefix of a folder inside a bucket ({@code a/b}, or empty for its top), ending in /. */
  String folder(String bucket, String folder) {
    return folder.isEmpty() ? bucket(bucket) : bucket(bucket) + folder + "/";
  }

  /**
   * The key of an object.
   *
   * @throws HyperError 400 when the key would be longer than S3 allows
   */
  String object(String bucket, String object) {
    String key = bucket(bucket) + object;
    if (!fits(key)) {
      throw HyperError.badRequest(
          "object path is too long for this storage engine (S3 keys are at most "
              + MAX_KEY_BYTES
              + " bytes)");
    }
    return key;
  }

  /** True when {@code key} is no longer than S3 allows. */
  static boolean fits(String key) {
    return key.getBytes(StandardCharsets.UTF_8).length <= MAX_KEY_BYTES;
  }

  /** The prefix of every staged upload. */
  String stagingArea() {
    return root + STAGING;
  }

  /** A new, unique staging key. */
  String newStaging() {
    return stagingArea() + UUID.randomUUID();
  }
}
