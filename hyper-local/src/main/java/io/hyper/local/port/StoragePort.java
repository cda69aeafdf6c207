package io.hyper.local.port;

import io.hyper.local.core.storage.PortableNames;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What the storage service (§7) needs from an engine: buckets of objects, written whole or not at
 * all, read as streams.
 *
 * <p>Names reaching a port have passed {@link io.hyper.local.core.storage.StorageNames} and the
 * portable-name rules of {@link io.hyper.local.core.storage.PortableNames}; an adapter still never
 * reads or writes outside the bucket (a name it cannot hold safely, such as a path through a
 * symbolic link, is a 400 {@link io.hyper.local.core.HyperError}). Outcomes a client caused (a
 * missing bucket or object, a bucket that exists, a case twin, a folder in the way) are return
 * values, never exceptions; the core alone words them. The engine's own I/O failures are {@link
 * io.hyper.local.core.ServerFaults}: 507 when its disk is full, 500 otherwise, without a path. An
 * {@link IOException} means the client's content failed, nothing else.
 */
public interface StoragePort extends AutoCloseable {
  /** How creating a bucket went. */
  enum Created {
    /** The bucket was created, empty. */
    CREATED,
    /** A bucket of that name exists; nothing changed. */
    EXISTS,
    /**
     * A bucket whose name differs only in case exists ({@link PortableNames#fold}); nothing
     * changed.
     */
    CASE_TWIN
  }

  /** How committing staged content went. */
  enum Committed {
    /** The object is in place. */
    COMMITTED,
    /** The bucket has gone meanwhile. */
    NO_BUCKET,
    /** A folder stands where the object should go. */
    FOLDER_AT_PATH,
    /** An object stands where the path needs a folder. */
    OBJECT_ON_PATH,
    /** The object's name is new and another differing only in case is in its folder. */
    OBJECT_CASE_TWIN,
    /** A folder the path creates is new and another differing only in case is in its parent. */
    FOLDER_CASE_TWIN
  }

  /** Creates an empty bucket. */
  Created createBucket(String bucket) throws IOException;

  /** Deletes a bucket and every object in it; false when it does not exist. */
  boolean destroyBucket(String bucket) throws IOException;

  /**
   * Streams {@code content} to a staging area of the bucket, to the end of the stream. Nothing is
   * visible under any object path until {@link Staged#commit} moves it into place.
   *
   * @return missing when the bucket does not exist (nothing was read)
   * @throws IOException when {@code content} fails (a cut-off upload); nothing is left behind
   */
  Scoped<Staged> stage(String bucket, InputStream content) throws IOException;

  /** Opens an object for reading: empty inside when the object does not exist. */
  Scoped<Optional<StoredObject>> read(String bucket, String object) throws IOException;

  /** Deletes an object: false inside when the object does not exist. */
  Scoped<Boolean> remove(String bucket, String object) throws IOException;

  /** The names of every bucket, sorted (read-only; for hyper vision). */
  List<String> buckets() throws IOException;

  /**
   * The objects and folders directly inside {@code folder} of a bucket, folders first, then by name
   * (read-only; for hyper vision): empty inside when the folder does not exist.
   *
   * @param folder a folder path inside the bucket ({@code a/b}), or empty for the bucket's top
   */
  Scoped<Optional<List<Item>>> list(String bucket, String folder) throws IOException;

  /**
   * How many objects a bucket holds and their bytes, in every folder (read-only; for hyper vision).
   */
  Scoped<Usage> usage(String bucket) throws IOException;

  /**
   * An absolute URL of the engine itself that allows {@code access} to one object without
   * credentials until {@code ttl} has passed, e.g. an S3 presigned URL: a download is a plain
   * {@code GET}, an upload a {@code PUT} of the raw bytes. It only signs: nothing is stored.
   *
   * <p>The default says this engine has none (empty inside, and the bucket is not looked at): the
   * core then signs a URL back to hyper-local itself, whose routes check it, as for the embedded
   * file engine. An engine with URLs of its own checks that the bucket exists, since a request to
   * its URL never passes through hyper-local.
   *
   * @return missing when the bucket does not exist; empty inside when the engine has no URLs
   */
  default Scoped<Optional<URI>> presign(Access access, String bucket, String object, Duration ttl)
      throws IOException {
    return Scoped.of(Optional.empty());
  }

  /** What a {@linkplain #presign presigned URL} allows. */
  enum Access {
    /** {@code GET} the object's bytes. */
    DOWNLOAD,
    /** {@code PUT} raw bytes as the object's new content. */
    UPLOAD
  }

  /** Releases what the engine holds (in-memory mode: deletes its files). Stored data stays. */
  @Override
  void close();

  /**
   * One entry of a folder listing.
   *
   * @param name the entry's name within its folder (no slash)
   * @param folder true for a folder, false for an object
   * @param size the object's bytes; 0 for a folder
   * @param modified when the object was last written
   */
  record Item(String name, boolean folder, long size, java.time.Instant modified) {}

  /**
   * What a bucket holds.
   *
   * @param objects how many objects
   * @param bytes their sizes added up
   */
  record Usage(long objects, long bytes) {}

  /** Content that has been received in full and waits to become an object. */
  interface Staged extends AutoCloseable {
    /** How many bytes were received. */
    long size();

    /**
     * Moves the content into place as {@code object}, atomically replacing any previous version;
     * anything but {@link Committed#COMMITTED} changes nothing.
     */
    Committed commit(String object) throws IOException;

    /** Discards the content unless it was committed. */
    @Override
    void close();
  }

  /** An object opened for reading; closing it releases the file. */
  interface StoredObject extends AutoCloseable {
    /** The object's size in bytes, as of when it was opened. */
    long size();

    /** The object's bytes; the same stream on every call. */
    InputStream content();

    /** Closes the content stream. */
    @Override
    void close() throws IOException;
  }
}
