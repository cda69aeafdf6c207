package io.hyper.local.adapter.fs;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Makes changes to folders durable: an entry added or renamed is on disk once its folder is. */
final class Durably {
  private static final boolean WINDOWS = System.getProperty("os.name", "").startsWith("Windows");

  private Durably() {}

  /**
   * Forces {@code dir}'s entries to disk (fsync of the directory), so that a file renamed or
   * created in it survives a crash or power loss. Windows cannot open a directory for this and
   * makes a rename durable itself; there it does nothing.
   */
  static void syncDirectory(Path dir) throws IOException {
    if (WINDOWS) {
      return;
    }
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    }
  }

  /**
   * Creates {@code dir} and its missing parents up to {@code top} (which exists), syncing each
   * parent that gained an entry.
   */
  static void createDirectories(Path top, Path dir) throws IOException {
    if (dir == null || dir.equals(top) || Files.isDirectory(dir)) {
      return;
    }
    createDirectories(top, dir.getParent());
    Files.createDirectories(dir);
    syncDirectory(dir.getParent());
  }
}
