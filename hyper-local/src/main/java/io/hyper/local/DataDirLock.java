package io.hyper.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The lock that keeps a second hyper-local off a data directory: an OS lock ({@link
 * FileChannel#tryLock()}) on {@code <dataDir>/hyper-local.lock}, held for the life of the server.
 *
 * <p>The operating system drops the lock when its process ends, however it ends ({@code kill -9}
 * included), so a lock file left behind never blocks a start; only a live holder does. The file
 * holds the holder's process id, for the message the next one prints. It is never deleted: deleting
 * it would let two servers lock two different files of the same name.
 */
final class DataDirLock implements AutoCloseable {
  static final String FILE = "hyper-local.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private DataDirLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Locks {@code dir} (created when missing) for this process.
   *
   * @throws DataDirInUseException when another hyper-local, in this or another process, holds it
   * @throws UncheckedIOException when the directory or the lock file cannot be used
   */
  static DataDirLock acquire(Path dir) {
    Path file = dir.resolve(FILE);
    FileChannel channel;
    try {
      Files.createDirectories(dir);
      channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot use data directory " + dir, e);
    }
    try {
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null; // held by another hyper-local in this JVM
      }
      if (lock == null) {
        String holder = holder(file);
        channel.close();
        throw new DataDirInUseException(dir, holder);
      }
      byte[] pid = (ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII);
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(pid), 0);
      return new DataDirLock(channel, lock);
    } catch (IOException e) {
      closeQuietly(channel);
      throw new UncheckedIOException("cannot lock data directory " + dir, e);
    }
  }

  /** Releases the lock; the file stays. */
  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException e) {
      // The channel's close below releases it too.
    }
    closeQuietly(channel);
  }

  /** " (process 1234)" from the lock file, or "" when it cannot be read (Windows locks reads). */
  private static String holder(Path file) {
    try {
      String pid = Files.readString(file, StandardCharsets.US_ASCII).strip();
      return pid.matches("\\d{1,19}") ? " (process " + pid + ")" : "";
    } catch (IOException e) {
      return "";
    }
  }

  private static void closeQuietly(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException e) {
      // nothing more to release
    }
  }
}
