package io.hyper.local.adapter.fs;

import io.hyper.local.core.HyperError;
import io.hyper.local.core.ServerFaults;
import io.hyper.local.port.StoragePort.Staged;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * An upload of {@link FsStorage} received in full in its staging file, waiting for its object path.
 * The rename into place is atomic, and the folder is forced to disk after it.
 */
final class FsStaged implements Staged {
  private static final int COMMIT_TRIES = 3;

  private final FsStorage storage;
  private final Path bucketDir;
  private final Path staging;
  private final long size;
  private boolean committed;

  FsStaged(FsStorage storage, Path bucketDir, Path staging, long size) {
    this.storage = storage;
    this.bucketDir = bucketDir;
    this.staging = staging;
    this.size = size;
  }

  @Override
  public long size() {
    return size;
  }

  @Override
  public void commit(String object) {
    try {
      commitAs(object);
    } catch (IOException e) {
      throw ServerFaults.of("store the upload", e);
    }
  }

  private void commitAs(String object) throws IOException {
    Path target = FsStorage.objectPath(bucketDir, object);
    for (int attempt = 1; ; attempt++) {
      if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
        throw HyperError.conflict("a folder exists at that object path");
      }
      try {
        synchronized (storage.names) {
          checkNewNames(object);
          Durably.createDirectories(bucketDir, target.getParent());
          Files.move(
              staging, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
        Durably.syncDirectory(target.getParent());
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

  /** Applies {@link FileNames#checkNew} to each segment of {@code object} not there yet. */
  private void checkNewNames(String object) throws IOException {
    String[] segments = object.split("/");
    Path dir = bucketDir;
    for (int i = 0; i < segments.length; i++) {
      if (!FileNames.existsExactly(dir, segments[i], storage.caseInsensitive())) {
        FileNames.checkNew(dir, segments[i], i == segments.length - 1 ? "object" : "folder");
      }
      dir = dir.resolve(segments[i]);
    }
  }

  @Override
  public void close() {
    if (!committed) {
      FsStorage.deleteQuietly(staging);
    }
  }
}
