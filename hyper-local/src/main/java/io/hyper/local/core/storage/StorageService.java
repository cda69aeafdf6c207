package io.hyper.local.core.storage;

import io.hyper.local.core.HyperError;
import io.hyper.local.port.StoragePort;
import io.hyper.local.port.StoragePort.Staged;
import io.hyper.local.port.StoragePort.StoredObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * The storage service (§7): checks every name with {@link StorageNames} and {@link PortableNames}
 * before the engine sees it, writes uploads whole or not at all, and turns the engine's outcomes
 * into hyper's answers.
 */
public final class StorageService implements AutoCloseable {
  private final StoragePort port;

  /** Creates the service over an engine. */
  public StorageService(StoragePort port) {
    this.port = Objects.requireNonNull(port, "port");
  }

  /** 404: the bucket does not exist. */
  public static HyperError noBucket() {
    return HyperError.notFound("bucket does not exist");
  }

  /** 404: the object does not exist. */
  public static HyperError noObject() {
    return HyperError.notFound("object does not exist");
  }

  /**
   * Checks a bucket name: {@link StorageNames#bucket} and the lengths and prefixes of {@link
   * PortableNames}.
   *
   * @throws HyperError 400 for an unsafe name
   */
  public static String bucketName(String bucket) {
    String checked = StorageNames.bucket(bucket);
    PortableNames.checkSegments("bucket name", checked);
    return checked;
  }

  /**
   * Checks an object path: {@link StorageNames#objectPath} and the lengths and prefixes of {@link
   * PortableNames}.
   *
   * @throws HyperError 400 for an unsafe path
   */
  public static String objectPath(String object) {
    String checked = StorageNames.objectPath(object);
    PortableNames.checkSegments("object path", checked);
    return checked;
  }

  /**
   * Creates a bucket.
   *
   * @throws HyperError 400 for an unsafe or unportable name; 409 when it, or a bucket whose name
   *     differs only in case, exists
   */
  public void createBucket(String bucket) throws IOException {
    String name = bucketName(bucket);
    PortableNames.checkWritable(name, "bucket");
    switch (port.createBucket(name)) {
      case CREATED -> {}
      case EXISTS -> throw HyperError.conflict("bucket already exists");
      case CASE_TWIN -> throw PortableNames.caseTwin("bucket");
      default -> throw new IllegalStateException();
    }
  }

  /**
   * Destroys a bucket and its objects.
   *
   * @throws HyperError 400 for an unsafe name; 404 when it does not exist
   */
  public void destroyBucket(String bucket) throws IOException {
    if (!port.destroyBucket(bucketName(bucket))) {
      throw noBucket();
    }
  }

  /**
   * Streams {@code content} into {@code bucket/object}, replacing any previous version only once
   * the content is complete.
   *
   * @return the number of bytes stored
   * @throws HyperError 400 for an unsafe name (before reading any content); 404 when the bucket
   *     does not exist; 409 when a folder or an object is in the way, or a case twin exists
   * @throws IOException when {@code content} fails; nothing is stored then
   */
  public long upload(String bucket, String object, InputStream content) throws IOException {
    String name = bucketName(bucket);
    String path = writablePath(object);
    try (Staged staged = port.stage(name, content).orElseThrow(StorageService::noBucket)) {
      commit(staged, path);
      return staged.size();
    }
  }

  /**
   * Streams {@code content} into a staging area of {@code bucket}, for uploads whose object path is
   * known only afterwards (multipart forms). The caller {@linkplain #commit commits} or closes the
   * result.
   *
   * @throws HyperError 400 for an unsafe bucket name; 404 when it is missing
   */
  public Staged stage(String bucket, InputStream content) throws IOException {
    return port.stage(bucketName(bucket), content).orElseThrow(StorageService::noBucket);
  }

  /**
   * Moves staged content into place as {@code object}.
   *
   * @throws HyperError 400 for an unsafe path; 404 when the bucket has gone; 409 when a folder or
   *     an object is in the way, or a case twin exists
   */
  public void commit(Staged staged, String object) throws IOException {
    switch (staged.commit(writablePath(object))) {
      case COMMITTED -> {}
      case NO_BUCKET -> throw noBucket();
      case FOLDER_AT_PATH -> throw HyperError.conflict("a folder exists at that object path");
      case OBJECT_ON_PATH ->
          throw HyperError.conflict("an object exists where the object path needs a folder");
      case OBJECT_CASE_TWIN -> throw PortableNames.caseTwin("object");
      case FOLDER_CASE_TWIN -> throw PortableNames.caseTwin("folder");
      default -> throw new IllegalStateException();
    }
  }

  /**
   * Opens an object for download; the caller closes it.
   *
   * @throws HyperError 400 for an unsafe name; 404 when bucket or object is missing
   */
  public StoredObject download(String bucket, String object) throws IOException {
    return port.read(bucketName(bucket), objectPath(object))
        .orElseThrow(StorageService::noBucket)
        .orElseThrow(StorageService::noObject);
  }

  /**
   * Removes an object.
   *
   * @throws HyperError 400 for an unsafe name; 404 when bucket or object is missing
   */
  public void remove(String bucket, String object) throws IOException {
    if (!port.remove(bucketName(bucket), objectPath(object))
        .orElseThrow(StorageService::noBucket)) {
      throw noObject();
    }
  }

  /**
   * The engine's own URL for {@code access} to {@code bucket/object} for {@link
   * UrlSigner#DEFAULT_TTL} (an S3 presigned URL, say); empty when the engine has none and the core
   * signs its own ({@link UrlSigner}).
   *
   * @throws HyperError 400 for an unsafe name (for an upload, one that could not be written); 404
   *     when the engine has URLs and the bucket does not exist
   */
  public Optional<URI> presign(StoragePort.Access access, String bucket, String object)
      throws IOException {
    String name = bucketName(bucket);
    String path = access == StoragePort.Access.UPLOAD ? writablePath(object) : objectPath(object);
    return port.presign(access, name, path, UrlSigner.DEFAULT_TTL)
        .orElseThrow(StorageService::noBucket);
  }

  /** Closes the engine; stored objects stay. */
  @Override
  public void close() {
    port.close();
  }

  /** An object path whose every segment may be written ({@link PortableNames#checkWritable}). */
  private static String writablePath(String object) {
    String path = objectPath(object);
    String[] segments = path.split("/");
    for (int i = 0; i < segments.length; i++) {
      PortableNames.checkWritable(segments[i], i == segments.length - 1 ? "object" : "folder");
    }
    return path;
  }
}
