package io.hyper.local.adapter.fs;

import io.hyper.local.core.ServerFaults;
import io.hyper.local.port.StoragePort.Committed;
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
  public Committed commit(String object) {
    try {
      return commitAs(object);
    } catch (IOException e) {
      throw ServerFaults.of("store the upload", e);
    }
  }

  private Committed commitAs(String object) throws IOException {
    Path target = FsStorage.objectPath(bucketDir, object);
    for (int attempt = 1; ; attempt++) {
      if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
        return Committed.FOLDER_AT_PATH;
      }
      try {
        synchronized (storage.names) {
          Committed twin = caseTwin(object);
          if (twin != null) {
            return twin;
          }
          Durably.createDirectories(bucketDir, target.getParent());
          Files.move(
              staging, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
        Durably.syncDirectory(target.getParent());
        return Committed.COMMITTED;
      } catch (FileAlreadyExistsException | NotDirectoryException e) {
        return Committed.OBJECT_ON_PATH;
      } catch (NoSuchFileException e) {
        // A concurrent removal pruned the folder between creating and renaming; try again.
        if (!Files.isDirectory(bucketDir) || attempt == COMMIT_TRIES) {
          return Committed.NO_BUCKET;
        }
      } catch (FileSystemException e) {
        if (Files.isRegularFile(staging) && !Files.isDirectory(target.getParent())) {
          return Committed.OBJECT_ON_PATH;
        }
        throw e;
      }
    }
  }

  /** The first segment of {@code object} not there yet that has a case twin, or null. */
  private Committed caseTwin(String object) throws IOException {
    String[] segments = object.split("/");
    Path dir = bucketDir;
    for (int i = 0; i < segments.length; i++) {
      if (!FileNames.existsExactly(dir, segments[i], storage.caseInsensitive())
          && FileNames.hasCaseTwin(dir, segments[i])) {
        return i == segments.length - 1 ? Committed.OBJECT_CASE_TWIN : Committed.FOLDER_CASE_TWIN;
      }
      dir = dir.resolve(segments[i]);
    }
    return null;
  }

  @Override
  public void close() {
    if (!committed) {
      FsStorage.deleteQuietly(staging);
    }
  }
}
