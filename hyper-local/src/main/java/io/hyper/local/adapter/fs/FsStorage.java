package io.hyper.local.adapter.fs;

import io.hyper.local.core.HyperError;
import io.hyper.local.core.ServerFaults;
import io.hyper.local.port.Scoped;
import io.hyper.local.port.StoragePort;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

/**
 * Buckets as directories under one root, objects as files inside them.
 *
 * <p>An upload is streamed to a staging file ({@code .hyper-upload-*.part}) in the bucket's
 * directory, forced to disk, renamed over the object only when it is complete, and the folder is
 * forced to disk after the rename; a cut-off or failed upload leaves the previous version untouched
 * and its staging file deleted, and staging files a killed process left are deleted at open. Every
 * path is resolved, normalised and checked to stay inside its bucket, symbolic links are never
 * followed out of it, and names follow {@link FileNames} so that a bucket is the same on every file
 * system. The server's own I/O failures become 507 (disk full) or 500, without a path ({@link
 * ServerFaults}); only a failure of the client's content stays an {@link IOException}. Thread-safe:
 * the file system arbitrates, each object's replacement is one atomic rename.
 */
public final class FsStorage implements StoragePort {
  /** Opens the stream an upload's bytes go to; tests put a full disk behind it. */
  @FunctionalInterface
  interface StagingOutput {
    /** The stream that writes to {@code channel}; closing it is not needed. */
    OutputStream open(FileChannel channel) throws IOException;
  }

  private static final System.Logger LOG = System.getLogger(FsStorage.class.getName());
  private static final String STAGING_PREFIX = FileNames.RESERVED_PREFIX + "upload-";
  private static final String STAGING_SUFFIX = ".part";
  private static final int BUFFER = 64 * 1024;

  private final Path root;
  private final boolean temporary;
  private final StagingOutput output;
  private final boolean caseInsensitive;

  /** Held while a name is checked and created, so two names differing in case can't both pass. */
  final Object names = new Object();

  private FsStorage(Path root, boolean temporary, StagingOutput output) throws IOException {
    this.root = root;
    this.temporary = temporary;
    this.output = output;
    this.caseInsensitive = FileNames.caseInsensitive(root);
  }

  /**
   * Opens storage kept in {@code root}, creating the directory if needed, and deletes the staging
   * files of uploads a killed process left behind.
   *
   * @throws UncheckedIOException when the directory cannot be created or read
   */
  public static FsStorage open(Path root) {
    return open(root, Channels::newOutputStream);
  }

  static FsStorage open(Path root, StagingOutput output) {
    try {
      Files.createDirectories(root);
      Path real = root.toRealPath();
      int stale = FileTrees.deleteLeftovers(real, STAGING_PREFIX, STAGING_SUFFIX);
      if (stale > 0) {
        LOG.log(Level.INFO, "deleted " + stale + " staging files of interrupted uploads");
      }
      return new FsStorage(real, false, output);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open storage directory " + root, e);
    }
  }

  /**
   * Opens storage in a new temporary directory that {@link #close()} deletes (in-memory mode).
   *
   * @throws UncheckedIOException when the directory cannot be created
   */
  public static FsStorage temporary() {
    try {
      return new FsStorage(
          Files.createTempDirectory("hyper-local-storage-").toRealPath(),
          true,
          Channels::newOutputStream);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary storage directory", e);
    }
  }

  /** The directory that holds the buckets. */
  public Path root() {
    return root;
  }

  /** True when the file system under {@link #root()} holds {@code a} and {@code A} as one name. */
  boolean caseInsensitive() {
    return caseInsensitive;
  }

  @Override
  public Created createBucket(String bucket) {
    Path dir = bucketPath(bucket);
    try {
      synchronized (names) {
        if (FileNames.hasCaseTwin(root, bucket)) {
          return Created.CASE_TWIN;
        }
        Files.createDirectory(dir);
      }
      Durably.syncDirectory(root);
      return Created.CREATED;
    } catch (FileAlreadyExistsException e) {
      return Created.EXISTS;
    } catch (IOException e) {
      throw ServerFaults.of("create the bucket", e);
    }
  }

  @Override
  public boolean destroyBucket(String bucket) {
    Path dir = existingBucket(bucket);
    if (dir == null) {
      return false;
    }
    try {
      FileTrees.deleteRecursively(dir);
      Durably.syncDirectory(root);
    } catch (IOException e) {
      throw ServerFaults.of("destroy the bucket", e);
    }
    return true;
  }

  /**
   * {@inheritDoc}
   *
   * @throws IOException only when {@code content} fails; a failure to write is a {@link HyperError}
   *     (507 when the disk is full, 500 otherwise)
   */
  @Override
  public Scoped<Staged> stage(String bucket, InputStream content) throws IOException {
    Path dir = existingBucket(bucket);
    if (dir == null) {
      return Scoped.missing();
    }
    Path staging;
    try {
      staging = Files.createTempFile(dir, STAGING_PREFIX, STAGING_SUFFIX);
    } catch (IOException e) {
      throw ServerFaults.of("store the upload", e);
    }
    try {
      long size;
      try (FileChannel channel = FileChannel.open(staging, StandardOpenOption.WRITE)) {
        OutputStream out = output.open(channel);
        size = copy(content, out);
        out.flush();
        channel.force(false);
      }
      return Scoped.of(new FsStaged(this, dir, staging, size));
    } catch (ContentFailed e) {
      deleteQuietly(staging);
      throw e.getCause();
    } catch (IOException e) {
      deleteQuietly(staging);
      throw ServerFaults.of("store the upload", e);
    } catch (RuntimeException e) {
      deleteQuietly(staging);
      throw e;
    }
  }

  @Override
  public Scoped<Optional<StoredObject>> read(String bucket, String object) {
    Path dir = existingBucket(bucket);
    if (dir == null) {
      return Scoped.missing();
    }
    try {
      Path file = existingObject(dir, object);
      if (file == null) {
        return Scoped.of(Optional.empty());
      }
      FileChannel channel;
      try {
        channel = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
      } catch (NoSuchFileException e) {
        return Scoped.of(Optional.empty());
      }
      long size = channel.size();
      InputStream in = Channels.newInputStream(channel);
      StoredObject stored =
          new StoredObject() {
            @Override
            public long size() {
              return size;
            }

            @Override
            public InputStream content() {
              return in;
            }

            @Override
            public void close() throws IOException {
              in.close();
            }
          };
      return Scoped.of(Optional.of(stored));
    } catch (IOException e) {
      throw ServerFaults.of("read the object", e);
    }
  }

  @Override
  public Scoped<Boolean> remove(String bucket, String object) {
    Path dir = existingBucket(bucket);
    if (dir == null) {
      return Scoped.missing();
    }
    try {
      Path file = existingObject(dir, object);
      if (file == null) {
        return Scoped.of(false);
      }
      try {
        Files.delete(file);
      } catch (NoSuchFileException e) {
        return Scoped.of(false);
      }
      Durably.syncDirectory(file.getParent());
      pruneEmptyFolders(dir, file.getParent());
      return Scoped.of(true);
    } catch (IOException e) {
      throw ServerFaults.of("remove the object", e);
    }
  }

  @Override
  public void close() {
    if (temporary) {
      try {
        FileTrees.deleteRecursively(root);
      } catch (IOException e) {
        LOG.log(Level.WARNING, "could not delete temporary storage " + root, e);
      }
    }
  }

  @Override
  public List<String> buckets() throws IOException {
    return FsListings.buckets(root);
  }

  @Override
  public Scoped<Optional<List<Item>>> list(String bucket, String folder) throws IOException {
    Path bucketDir = existingBucket(bucket);
    if (bucketDir == null) {
      return Scoped.missing();
    }
    Path dir = folder.isEmpty() ? bucketDir : objectPath(bucketDir, folder);
    return Scoped.of(FsListings.folder(dir));
  }

  @Override
  public Scoped<Usage> usage(String bucket) throws IOException {
    Path bucketDir = existingBucket(bucket);
    return bucketDir == null ? Scoped.missing() : Scoped.of(FsListings.usage(bucketDir));
  }

  /**
   * The directory of a bucket; the name has passed the core's checks, this re-checks containment.
   */
  private Path bucketPath(String bucket) {
    Path dir;
    try {
      dir = root.resolve(bucket).normalize();
    } catch (InvalidPathException e) {
      throw HyperError.badRequest("bucket name is not valid here");
    }
    if (!root.equals(dir.getParent())) {
      throw HyperError.badRequest("bucket name is not valid");
    }
    return dir;
  }

  /** The directory of an existing bucket, or null. */
  private Path existingBucket(String bucket) {
    Path dir = bucketPath(bucket);
    try {
      if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)
          || !FileNames.existsExactly(root, bucket, caseInsensitive)) {
        return null;
      }
    } catch (IOException e) {
      throw ServerFaults.of("read the bucket", e);
    }
    return dir;
  }

  /**
   * The file of an existing object, matched exactly even on a case-insensitive file system, or
   * null.
   */
  private Path existingObject(Path bucketDir, String object) throws IOException {
    Path file = objectPath(bucketDir, object);
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return null;
    }
    if (caseInsensitive) {
      Path dir = bucketDir;
      for (String segment : object.split("/")) {
        if (!FileNames.existsExactly(dir, segment, true)) {
          return null;
        }
        dir = dir.resolve(segment);
      }
    }
    return file;
  }

  /**
   * Resolves an object inside its bucket and proves it stays there: lexically after normalising,
   * and physically, by the real path of its nearest existing folder.
   */
  static Path objectPath(Path bucketDir, String object) throws IOException {
    if (object.indexOf('\0') >= 0 || object.indexOf('\\') >= 0) {
      throw HyperError.badRequest("object path cannot contain NUL or backslashes");
    }
    Path file;
    try {
      file = bucketDir.resolve(object).normalize();
    } catch (InvalidPathException e) {
      throw HyperError.badRequest("object path is not valid on this server's file system");
    }
    if (!file.startsWith(bucketDir) || file.equals(bucketDir)) {
      throw HyperError.badRequest("cannot contain relative path parts");
    }
    Path existing = file.getParent();
    while (!Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
      existing = existing.getParent();
    }
    if (!existing.toRealPath().startsWith(bucketDir.toRealPath())) {
      throw HyperError.badRequest("object path leaves its bucket");
    }
    return file;
  }

  /** Copies the client's content to the staging file; a failed read is the client's. */
  private static long copy(InputStream content, OutputStream out) throws IOException {
    byte[] buffer = new byte[BUFFER];
    long total = 0;
    while (true) {
      int n;
      try {
        n = content.read(buffer);
      } catch (IOException e) {
        throw new ContentFailed(e);
      }
      if (n < 0) {
        return total;
      }
      out.write(buffer, 0, n);
      total += n;
    }
  }

  /** Deletes the folders emptied by a removal, up to (not including) the bucket's directory. */
  private static void pruneEmptyFolders(Path bucketDir, Path folder) {
    for (Path dir = folder; dir != null && !dir.equals(bucketDir); dir = dir.getParent()) {
      try {
        Files.delete(dir);
      } catch (DirectoryNotEmptyException | NoSuchFileException e) {
        return;
      } catch (IOException e) {
        LOG.log(Level.DEBUG, "could not prune " + dir, e);
        return;
      }
    }
  }

  static void deleteQuietly(Path staging) {
    try {
      Files.deleteIfExists(staging);
    } catch (IOException e) {
      LOG.log(Level.DEBUG, "could not delete staging file " + staging, e);
    }
  }

  /** The client's content failed while it was copied (not a fault of the server). */
  private static final class ContentFailed extends UncheckedIOException {
    private static final long serialVersionUID = 1L;

    ContentFailed(IOException cause) {
      super(cause);
    }
  }
}
