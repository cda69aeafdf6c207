package io.hyper.local.s3;

import io.hyper.local.core.storage.PortableNames;
import io.hyper.local.port.Scoped;
import io.hyper.local.port.StoragePort;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Storage on S3: every hyper bucket under a key prefix of one S3 bucket ({@link Keys} has the
 * layout), so any number of hyper-local processes given the same URL see the same buckets and
 * objects. Nothing is cached; every answer is what S3 holds at the time.
 *
 * <p>An upload is streamed to a staging key as a multipart upload in fixed-size parts ({@link
 * S3Upload}, constant memory) and made visible by {@link S3Staged#commit} with one server-side copy
 * to the object's key, which S3 applies whole or not at all, then the staging key is deleted. A
 * cut-off upload aborts its multipart upload; staging keys and multipart uploads older than a day,
 * left by a killed process, are removed when the engine opens. S3 has no folders: a folder is a key
 * prefix, and the port's folder rules (an object and a folder never share a path, no new case twin)
 * are checked by listing before the copy, under a lock within this process; two processes racing to
 * create {@code a} and {@code a/b} at the same moment may both succeed, which S3 itself allows.
 * S3's failures are 503 (unreachable, overloaded) or 500 ({@link S3Faults}).
 */
public final class S3Storage implements StoragePort {
  /** Staging keys and multipart uploads older than this belong to no live upload. */
  static final Duration STALE = Duration.ofDays(1);

  private static final System.Logger LOG = System.getLogger(S3Storage.class.getName());
  private static final int DELETE_BATCH = 1000;

  final S3Client s3;
  final String bucket;
  final Keys keys;
  final S3Listings listings;
  final S3Copy copier;
  private final S3Presigner presigner;
  private final S3Upload upload;
  private volatile boolean batchDeletes = true;

  /** Held while a new name is checked and copied into place, so two can't both pass here. */
  final Object names = new Object();

  S3Storage(S3Client s3, S3Presigner presigner, S3Location location, S3Copy copier) {
    this.s3 = s3;
    this.presigner = presigner;
    this.bucket = location.bucket();
    this.keys = new Keys(location.prefix());
    this.listings = new S3Listings(s3, bucket);
    this.upload = new S3Upload(s3, bucket, location.partSize());
    this.copier = copier;
  }

  /**
   * Connects to the S3 bucket of {@code location}, checks that it is there, and removes what
   * uploads of killed processes left in the staging area.
   *
   * @throws IllegalStateException when the S3 bucket cannot be reached or does not exist; the
   *     message has no secret
   */
  public static S3Storage open(S3Location location) {
    S3Client s3 = S3Clients.client(location);
    S3Presigner presigner = S3Clients.presigner(location);
    try {
      s3.headBucket(b -> b.bucket(location.bucket()));
      S3Storage storage = new S3Storage(s3, presigner, location, new S3Copy(s3, location.bucket()));
      storage.removeStaleUploads();
      return storage;
    } catch (RuntimeException e) {
      s3.close();
      presigner.close();
      String why =
          S3Faults.notFound(e instanceof SdkException sdk ? sdk : null)
              ? "the S3 bucket does not exist; create it first"
              : "cannot reach the S3 bucket (" + e.getClass().getSimpleName() + ")";
      throw new IllegalStateException("storage engine " + location + ": " + why, e);
    }
  }

  @Override
  public Created createBucket(String name) {
    synchronized (names) {
      if (exists(keys.marker(name))) {
        return Created.EXISTS;
      }
      String fold = PortableNames.fold(name);
      for (String other : buckets()) {
        if (PortableNames.fold(other).equals(fold)) {
          return Created.CASE_TWIN;
        }
      }
      // Keys a commit racing a destroy left behind must not come back in the new bucket.
      delete(listings.keys(keys.bucket(name)));
      S3Faults.run(
          "create the bucket",
          () -> s3.putObject(b -> b.bucket(bucket).key(keys.marker(name)), RequestBody.empty()));
    }
    return Created.CREATED;
  }

  @Override
  public boolean destroyBucket(String name) {
    String marker = keys.marker(name);
    if (!exists(marker)) {
      return false;
    }
    // The marker first: from here on every instance sees no bucket, then its objects go.
    S3Faults.run("destroy the bucket", () -> s3.deleteObject(b -> b.bucket(bucket).key(marker)));
    delete(listings.keys(keys.bucket(name)));
    return true;
  }

  @Override
  public Scoped<Staged> stage(String name, InputStream content) throws IOException {
    if (!exists(keys.marker(name))) {
      return Scoped.missing();
    }
    String staging = keys.newStaging();
    long size = upload.write(staging, content);
    return Scoped.of(new S3Staged(this, name, staging, size));
  }

  @Override
  public Scoped<Optional<StoredObject>> read(String name, String object) {
    if (!exists(keys.marker(name))) {
      return Scoped.missing();
    }
    String key = keys.bucket(name) + object;
    if (!Keys.fits(key)) {
      return Scoped.of(Optional.empty());
    }
    ResponseInputStream<GetObjectResponse> in;
    try {
      in = s3.getObject(b -> b.bucket(bucket).key(key));
    } catch (SdkException e) {
      if (S3Faults.notFound(e)) {
        return Scoped.of(Optional.empty());
      }
      throw S3Faults.of("read the object", e);
    }
    return Scoped.of(Optional.of(new S3StoredObject(in)));
  }

  @Override
  public Scoped<Boolean> remove(String name, String object) {
    if (!exists(keys.marker(name))) {
      return Scoped.missing();
    }
    String key = keys.bucket(name) + object;
    if (!Keys.fits(key) || !exists(key)) {
      return Scoped.of(false);
    }
    S3Faults.run("remove the object", () -> s3.deleteObject(b -> b.bucket(bucket).key(key)));
    return Scoped.of(true);
  }

  @Override
  public List<String> buckets() {
    String markers = keys.markers();
    return listings.keys(markers).stream()
        .map(k -> k.substring(markers.length()))
        .filter(n -> !n.isEmpty() && n.indexOf('/') < 0)
        .sorted()
        .toList();
  }

  @Override
  public Scoped<Optional<List<Item>>> list(String name, String folder) {
    if (!exists(keys.marker(name))) {
      return Scoped.missing();
    }
    List<Item> items = listings.folder(keys.folder(name, folder));
    return Scoped.of(folder.isEmpty() || !items.isEmpty() ? Optional.of(items) : Optional.empty());
  }

  @Override
  public Scoped<Usage> usage(String name) {
    if (!exists(keys.marker(name))) {
      return Scoped.missing();
    }
    return Scoped.of(listings.usage(keys.bucket(name)));
  }

  /** An S3 presigned URL, to S3's endpoint, for a {@code GET} or a {@code PUT} of the object. */
  @Override
  public Scoped<Optional<URI>> presign(Access access, String name, String object, Duration ttl) {
    if (!exists(keys.marker(name))) {
      return Scoped.missing();
    }
    String key = keys.object(name, object);
    try {
      URI url =
          URI.create(
              switch (access) {
                case DOWNLOAD ->
                    presigner
                        .presignGetObject(
                            p ->
                                p.signatureDuration(ttl)
                                    .getObjectRequest(g -> g.bucket(bucket).key(key)))
                        .url()
                        .toString();
                case UPLOAD ->
                    presigner
                        .presignPutObject(
                            p ->
                                p.signatureDuration(ttl)
                                    .putObjectRequest(g -> g.bucket(bucket).key(key)))
                        .url()
                        .toString();
              });
      return Scoped.of(Optional.of(url));
    } catch (SdkException e) {
      throw S3Faults.of("sign the URL", e);
    }
  }

  /** Closes the SDK's clients and their connections; the stored data stays in S3. */
  @Override
  public void close() {
    s3.close();
    presigner.close();
  }

  /** True when {@code key} is an object (a {@code HeadObject}). */
  boolean exists(String key) {
    try {
      s3.headObject(b -> b.bucket(bucket).key(key));
      return true;
    } catch (SdkException e) {
      if (S3Faults.notFound(e)) {
        return false;
      }
      throw S3Faults.of("read the bucket", e);
    }
  }

  /**
   * Deletes {@code doomed}, a thousand per {@code DeleteObjects}, or one by one on a server that
   * does not implement it (501) or the checksum header the SDK sends with it.
   */
  void delete(List<String> doomed) {
    if (!batchDeletes) {
      doomed.forEach(this::deleteOne);
      return;
    }
    for (int from = 0; from < doomed.size(); from += DELETE_BATCH) {
      List<ObjectIdentifier> batch = new ArrayList<>();
      for (String key : doomed.subList(from, Math.min(from + DELETE_BATCH, doomed.size()))) {
        batch.add(ObjectIdentifier.builder().key(key).build());
      }
      try {
        s3.deleteObjects(b -> b.bucket(bucket).delete(d -> d.objects(batch).quiet(true)));
      } catch (S3Exception e) {
        if (e.statusCode() != 501) {
          throw S3Faults.of("delete objects", e);
        }
        LOG.log(Level.DEBUG, "this S3 server has no DeleteObjects; deleting one by one", e);
        batchDeletes = false;
        delete(doomed.subList(from, doomed.size()));
        return;
      } catch (SdkException e) {
        throw S3Faults.of("delete objects", e);
      }
    }
  }

  private void deleteOne(String key) {
    S3Faults.run("delete objects", () -> s3.deleteObject(b -> b.bucket(bucket).key(key)));
  }

  /** Deletes staging keys and aborts multipart uploads that no live upload can still own. */
  private void removeStaleUploads() {
    Instant before = Instant.now().minus(STALE);
    String area = keys.stagingArea();
    List<String> stale = new ArrayList<>();
    s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(area))
        .contents()
        .forEach(
            o -> {
              if (o.lastModified().isBefore(before)) {
                stale.add(o.key());
              }
            });
    delete(stale);
    int aborted = 0;
    try {
      for (var up :
          s3.listMultipartUploadsPaginator(b -> b.bucket(bucket).prefix(area)).uploads()) {
        if (up.initiated().isBefore(before)) {
          s3.abortMultipartUpload(b -> b.bucket(bucket).key(up.key()).uploadId(up.uploadId()));
          aborted++;
        }
      }
    } catch (SdkException e) {
      LOG.log(Level.DEBUG, "cannot list multipart uploads on this S3 server", e);
    }
    if (!stale.isEmpty() || aborted > 0) {
      LOG.log(
          Level.INFO,
          "removed " + stale.size() + " staged and " + aborted + " unfinished uploads of old runs");
    }
  }
}
