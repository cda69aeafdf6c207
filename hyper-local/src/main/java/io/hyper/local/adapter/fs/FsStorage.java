package io.hyper.local.adapter.fs;

import io.hyper.local.core.HyperError;
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
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Buckets as directories under one root, objects as files inside them.
 *
 * <p>An upload is streamed to a staging file ({@code .hyper-upload-*.part}) in the bucket's
 * directory, forced to disk, and renamed over the object only when it is complete; a cut-off upload
 * leaves the previous version untouched and its staging file deleted. Every path is resolved,
 * normalised and checked to stay inside its bucket, and symbolic links are never followed out of
 * it. Thread-safe: the file system arbitrates, each object's replacement is one atomic rename.
 */
public final class FsStorage implements StoragePort {
  private static final System.Logger LOG = System.getLogger(FsStorage.class.getName());
  private static final String STAGING_PREFIX = ".hyper-upload-";
  private static final int COMMIT_TRIES = 3;

  private final Path root;
  private final boolean temporary;

  private FsStorage(Path root, boolean temporary) {
    this.root = root;
    this.temporary = temporary;
  }

  /**
   * Opens storage kept in {@code root}, creating the directory if needed.
   *
   * @throws UncheckedIOException when the directory cannot be created
   */
  public static FsStorage open(Path root) {
    try {
      Files.createDirectories(root);
      return new FsStorage(root.toRealPath(), false);
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
      return new FsStorage(Files.createTempDirectory("hyper-local-storage-").toRealPath(), true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary storage directory", e);
    }
  }

  /** The directory that holds the buckets. */
  public Path root() {
    return root;
  }

  @Override
  public void createBucket(String bucket) throws IOException {
    try {
      Files.createDirectory(bucketPath(bucket));
    } catch (FileAlreadyExistsException e) {
      throw HyperError.conflict("bucket already exists");
    }
  }

  @Override
  public void destroyBucket(String bucket) throws IOException {
    FileTrees.deleteRecursively(existingBucket(bucket));
  }

  @Override
  public Staged stage(String bucket, InputStream content) throws IOException {
    Path dir = existingBucket(bucket);
    Path staging = Files.createTempFile(dir, STAGING_PREFIX, ".part");
    try (FileChannel channel = FileChannel.open(staging, StandardOpenOption.WRITE)) {
      OutputStream out = Channels.newOutputStream(channel);
      long size = content.transferTo(out);
      channel.force(false);
      return new FsStaged(dir, staging, size);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(staging);
      throw e;
    }
  }

  @Override
  public StoredObject read(String bucket, String object) throws IOException {
    Path file = objectPath(existingBucket(bucket), object);
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      throw HyperError.notFound("object does not exist");
    }
    FileChannel channel;
    try {
      channel = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      throw HyperError.notFound("object does not exist");
    }
    long size = channel.size();
    InputStream in = Channels.newInputStream(channel);
    return new StoredObject() {
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
  }

  @Override
  public void remove(String bucket, String object) throws IOException {
    Path dir = existingBucket(bucket);
    Path file = objectPath(dir, object);
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      throw HyperError.notFound("object does not exist");
    }
    try {
      Files.delete(file);
    } catch (NoSuchFileException e) {
      throw HyperError.notFound("object does not exist");
    }
    pruneEmptyFolders(dir, file.getParent());
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

  /** The directory of a bucket; the name has passed StorageNames, this re-checks containment. */
  private Path bucketPath(String bucket) {
    Path dir = root.resolve(bucket).normalize();
    if (!root.equals(dir.getParent())) {
      throw HyperError.badRequest("bucket name is not valid");
    }
    return dir;
  }

  private Path existingBucket(String bucket) {
    Path dir = bucketPath(bucket);
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      throw HyperError.notFound("bucket does not exist");
    }
    return dir;
  }

  /**
   * Resolves an object inside its bucket and proves it stays there: lexically after normalising,
   * and physically, by the real path of its nearest existing folder.
   */
  static Path objectPath(Path bucketDir, String object) throws IOException {
    if (object.indexOf('\0') >= 0 || object.indexOf('\\') >= 0) {
      throw HyperError.badRequest("object path cannot contain NUL or backslashes");
    }
    Path file = bucketDir.resolve(object).normalize();
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

  /** A staging file waiting for its object path. */
  private static final class FsStaged implements Staged {
    private final Path bucketDir;
    private final Path staging;
    private final long size;
    private boolean committed;

    FsStaged(Path bucketDir, Path staging, long size) {
      this.bucketDir = bucketDir;
      this.staging = staging;
      this.size = size;
    }

    @Override
    public long size() {
      return size;
    }

    @Override
    public void commit(String object) throws IOException {
      Path target = objectPath(bucketDir, object);
      for (int attempt = 1; ; attempt++) {
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
          throw HyperError.conflict("a folder exists at that object path");
        }
        try {
          Files.createDirectories(target.getParent());
          Files.move(
              staging, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
          committed = true;
          return;
        } catch (FileAlreadyExistsException | NotDirectoryException e) {
          throw HyperError.conflict("an object exists where the object path needs a folder");
        } catch (NoSuchFileException e) {
          // A concurrent removal pruned the folder between creating and renaming; try again.
          if (!Files.isDirectory(bucketDir) || attempt == COMMIT_TRIES) {
            throw HyperError.notFound("bucket does not exist");
          }
        } catch (FileSystemException e) {
          if (Files.isRegularFile(staging) && !Files.isDirectory(target.getParent())) {
            throw HyperError.conflict("an object exists where the object path needs a folder");
          }
          throw e;
        }
      }
    }

    @Override
    public void close() {
      if (!committed) {
        try {
          Files.deleteIfExists(staging);
        } catch (IOException e) {
          LOG.log(Level.DEBUG, "could not delete staging file " + staging, e);
        }
      }
    }
  }
}
