package io.hyper.local;

import java.nio.file.Path;

/**
 * Thrown by {@link HyperLocal.Builder#start()} when another hyper-local, in this or another
 * process, is running on the same data directory: two servers on one directory would corrupt each
 * other's view of it and deliver the same queue jobs twice.
 */
public final class DataDirInUseException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** The directory that is in use. */
  private final transient Path dir;

  DataDirInUseException(Path dir, String holder) {
    super(
        "data directory "
            + dir.toAbsolutePath()
            + " is in use by another hyper-local"
            + holder
            + "; stop it or choose another directory");
    this.dir = dir;
  }

  /** The data directory another hyper-local holds. */
  public Path dir() {
    return dir;
  }
}
