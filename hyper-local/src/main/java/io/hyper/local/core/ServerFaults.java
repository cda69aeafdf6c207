package io.hyper.local.core;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.FileSystemException;
import java.util.Locale;

/**
 * Turns the server's own I/O failures into what a client may see: 507 when the disk is full, 500
 * otherwise, and never a path or an exception's text.
 *
 * <p>The failure itself, with its path, is logged here (at WARNING), so that the operator can see
 * what the client cannot. Failures of the client's request body are not server faults and do not
 * come here.
 */
public final class ServerFaults {
  /** The message of every 507. */
  public static final String DISK_FULL =
      "insufficient storage: the server's disk is full; nothing was changed";

  private static final System.Logger LOG = System.getLogger(ServerFaults.class.getName());

  /**
   * How the JDK words ENOSPC and EDQUOT (POSIX) and ERROR_DISK_FULL (Windows), and how SQLite words
   * {@code SQLITE_FULL}.
   */
  private static final String[] FULL = {
    "no space left on device",
    "disk quota exceeded",
    "not enough space on the disk",
    "database or disk is full"
  };

  private ServerFaults() {}

  /**
   * The error a client receives for a failed server-side read or write while {@code doing} (a few
   * words without user input, e.g. {@code "storage write"}); logs the cause.
   */
  public static HyperError of(String doing, IOException cause) {
    boolean full = diskFull(cause);
    LOG.log(Level.WARNING, (full ? "disk full: " : "I/O failure: ") + doing, cause);
    return full
        ? HyperError.insufficientStorage(DISK_FULL)
        : HyperError.internal("internal error: the server could not " + doing);
  }

  /**
   * The error for an engine's failure while {@code doing}: a 507 {@link HyperError} when it says
   * the disk is full (logged here), otherwise {@code orElse}, which the caller throws.
   */
  public static RuntimeException diskFullOr(
      String doing, Exception cause, RuntimeException orElse) {
    if (!diskFull(cause)) {
      return orElse;
    }
    LOG.log(Level.WARNING, "disk full: " + doing, cause);
    return HyperError.insufficientStorage(DISK_FULL);
  }

  /** True when {@code e}, or an exception it was caused by, says the disk or quota is full. */
  public static boolean diskFull(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String text = t instanceof FileSystemException fs ? fs.getReason() : t.getMessage();
      if (text == null && t instanceof FileSystemException) {
        text = t.getMessage();
      }
      if (text != null) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String full : FULL) {
          if (lower.contains(full)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
