package io.hyper.local.port;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * What the storage service (§7) needs from an engine: buckets of objects, written whole or not at
 * all, read as streams.
 *
 * <p>Names reaching a port have passed {@link io.hyper.local.core.storage.StorageNames}; an adapter
 * still never reads or writes outside the bucket. Failures a client caused are {@link
 * io.hyper.local.core.HyperError}s, and so are the engine's own I/O failures: 507 when its disk is
 * full, 500 otherwise, without a path ({@link io.hyper.local.core.ServerFaults}). An {@link
 * IOException} means the client's content failed, nothing else.
 */
public interface StoragePort extends AutoCloseable {
  /**
   * Creates an empty bucket.
   *
   * @throws io.hyper.local.core.HyperError 409 when it exists
   */
  void createBucket(String bucket) throws IOException;

  /**
   * Deletes a bucket and every object in it.
   *
   * @throws io.hyper.local.core.HyperError 404 when it does not exist
   */
  void destroyBucket(String bucket) throws IOException;

  /**
   * Streams {@code content} to a staging area of the bucket, to the end of the stream. Nothing is
   * visible under any object path until {@link Staged#commit} moves it into place.
   *
   * @throws io.hyper.local.core.HyperError 404 when the bucket does not exist
   * @throws IOException when {@code content} fails (a cut-off upload); nothing is left behind
   */
  Staged stage(String bucket, InputStream content) throws IOException;

  /**
   * Opens an object for reading.
   *
   * @throws io.hyper.local.core.HyperError 404 when the bucket or the object does not exist
   */
  StoredObject read(String bucket, String object) throws IOException;

  /**
   * Deletes an object.
   *
   * @throws io.hyper.local.core.HyperError 404 when the bucket or the object does not exist
   */
  void remove(String bucket, String object) throws IOException;

  /** The names of every bucket, sorted (read-only; for hyper vision). */
  List<String> buckets() throws IOException;

  /**
   * The objects and folders directly inside {@code folder} of a bucket, folders first, then by name
   * (read-only; for hyper vision).
   *
   * @param folder a folder path inside the bucket ({@code a/b}), or empty for the bucket's top
   * @throws io.hyper.local.core.HyperError 404 when the bucket or the folder does not exist
   */
  List<Item> list(String bucket, String folder) throws IOException;

  /**
   * How many objects a bucket holds and their bytes, in every folder (read-only; for hyper vision).
   *
   * @throws io.hyper.local.core.HyperError 404 when the bucket does not exist
   */
  Usage usage(String bucket) throws IOException;

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
     * Moves the content into place as {@code object}, atomically replacing any previous version.
     *
     * @throws io.hyper.local.core.HyperError 404 when the bucket has gone meanwhile; 409 when a
     *     folder stands where the object should go, or an object where a folder should
     */
    void commit(String object) throws IOException;

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
