package io.hyper.local.core.storage;

import io.hyper.local.port.StoragePort;
import io.hyper.local.port.StoragePort.Staged;
import io.hyper.local.port.StoragePort.StoredObject;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * The storage service (§7): checks every name with {@link StorageNames} before the engine sees it,
 * and writes uploads whole or not at all.
 */
public final class StorageService implements AutoCloseable {
  private final StoragePort port;

  /** Creates the service over an engine. */
  public StorageService(StoragePort port) {
    this.port = Objects.requireNonNull(port, "port");
  }

  /**
   * Creates a bucket.
   *
   * @throws io.hyper.local.core.HyperError 400 for an unsafe name; 409 when it exists
   */
  public void createBucket(String bucket) throws IOException {
    port.createBucket(StorageNames.bucket(bucket));
  }

  /**
   * Destroys a bucket and its objects.
   *
   * @throws io.hyper.local.core.HyperError 400 for an unsafe name; 404 when it does not exist
   */
  public void destroyBucket(String bucket) throws IOException {
    port.destroyBucket(StorageNames.bucket(bucket));
  }

  /**
   * Streams {@code content} into {@code bucket/object}, replacing any previous version only once
   * the content is complete.
   *
   * @return the number of bytes stored
   * @throws io.hyper.local.core.HyperError 400 for an unsafe name (before reading any content); 404
   *     when the bucket does not exist
   * @throws IOException when {@code content} fails; nothing is stored then
   */
  public long upload(String bucket, String object, InputStream content) throws IOException {
    StorageNames.bucket(bucket);
    StorageNames.objectPath(object);
    try (Staged staged = port.stage(bucket, content)) {
      staged.commit(object);
      return staged.size();
    }
  }

  /**
   * Streams {@code content} into a staging area of {@code bucket}, for uploads whose object path is
   * known only afterwards (multipart forms). The caller commits or closes the result.
   *
   * @throws io.hyper.local.core.HyperError 400 for an unsafe bucket name; 404 when it is missing
   */
  public Staged stage(String bucket, InputStream content) throws IOException {
    return port.stage(StorageNames.bucket(bucket), content);
  }

  /**
   * Opens an object for download; the caller closes it.
   *
   * @throws io.hyper.local.core.HyperError 400 for an unsafe name; 404 when bucket or object is
   *     missing
   */
  public StoredObject download(String bucket, String object) throws IOException {
    return port.read(StorageNames.bucket(bucket), StorageNames.objectPath(object));
  }

  /**
   * Removes an object.
   *
   * @throws io.hyper.local.core.HyperError 400 for an unsafe name; 404 when bucket or object is
   *     missing
   */
  public void remove(String bucket, String object) throws IOException {
    port.remove(StorageNames.bucket(bucket), StorageNames.objectPath(object));
  }

  /** Closes the engine; stored objects stay. */
  @Override
  public void close() {
    port.close();
  }
}
