package io.hyper.local.s3;

import io.hyper.local.core.storage.PortableNames;
import io.hyper.local.port.StoragePort.Committed;
import io.hyper.local.port.StoragePort.Item;
import io.hyper.local.port.StoragePort.Staged;
import java.lang.System.Logger.Level;

/**
 * An upload of {@link S3Storage} received in full at its staging key, waiting for its object path.
 *
 * <p>{@link #commit} copies the staging key to the object's key server-side ({@link S3Copy}): S3
 * replaces an object whole, so readers see the previous version or the new one, never a mix, and a
 * failed copy leaves the previous version. The staging key is then deleted. (Completing the
 * multipart upload straight at the object's key would save the copy, but the key is not known while
 * the content streams in: a multipart form names its file after its bytes.)
 */
final class S3Staged implements Staged {
  private static final System.Logger LOG = System.getLogger(S3Staged.class.getName());

  private final S3Storage storage;
  private final String bucket;
  private final String staging;
  private final long size;
  private boolean done;

  S3Staged(S3Storage storage, String bucket, String staging, long size) {
    this.storage = storage;
    this.bucket = bucket;
    this.staging = staging;
    this.size = size;
  }

  @Override
  public long size() {
    return size;
  }

  @Override
  public Committed commit(String object) {
    String key = storage.keys.object(bucket, object);
    if (!storage.exists(storage.keys.marker(bucket))) {
      return Committed.NO_BUCKET;
    }
    Committed blocked = blocked(object);
    if (blocked == Committed.COMMITTED) {
      // A replacement: the path exists as named, so nothing can newly be in the way.
      place(key);
      return Committed.COMMITTED;
    }
    if (blocked != null) {
      return blocked;
    }
    synchronized (storage.names) {
      blocked = blocked(object);
      if (blocked != null && blocked != Committed.COMMITTED) {
        return blocked;
      }
      place(key);
    }
    return Committed.COMMITTED;
  }

  /**
   * What stands in the way of an object at {@code object}, found by listing each folder of the path
   * from the top (never by looking up a key below an object, which some S3-compatible servers on a
   * file system answer with a 500): an object where a folder must be, a folder where the object
   * must be, or a new name whose case twin is in its folder; {@link Committed#COMMITTED} when the
   * object exists already (a replacement); null when the name is new and nothing is in the way.
   */
  private Committed blocked(String object) {
    String[] segments = object.split("/");
    String folder = storage.keys.bucket(bucket);
    for (int i = 0; i < segments.length; i++) {
      boolean last = i == segments.length - 1;
      Item exact = null;
      boolean twin = false;
      String fold = PortableNames.fold(segments[i]);
      for (Item entry : storage.listings.folder(folder)) {
        if (entry.name().equals(segments[i])) {
          exact = exact == null || entry.folder() ? entry : exact;
        } else if (PortableNames.fold(entry.name()).equals(fold)) {
          twin = true;
        }
      }
      if (exact == null) {
        if (twin) {
          return last ? Committed.OBJECT_CASE_TWIN : Committed.FOLDER_CASE_TWIN;
        }
        return null; // a new name: everything below it is new too
      }
      if (last) {
        return exact.folder() ? Committed.FOLDER_AT_PATH : Committed.COMMITTED;
      }
      if (!exact.folder()) {
        return Committed.OBJECT_ON_PATH;
      }
      folder += segments[i] + "/";
    }
    return null;
  }

  private void place(String key) {
    storage.copier.copy(staging, key, size);
    done = true;
    deleteStaging();
  }

  /** Deletes the staging key unless it was committed (then it is deleted already). */
  @Override
  public void close() {
    if (!done) {
      done = true;
      deleteStaging();
    }
  }

  private void deleteStaging() {
    try {
      storage.s3.deleteObject(b -> b.bucket(storage.bucket).key(staging));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "could not delete a staged upload; the clean-up at start will", e);
    }
  }
}
