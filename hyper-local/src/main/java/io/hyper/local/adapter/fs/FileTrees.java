package io.hyper.local.adapter.fs;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** Small file-tree helpers of the storage adapter. */
final class FileTrees {
  private FileTrees() {}

  /**
   * Deletes the files directly inside each folder of {@code root} (the buckets) whose names start
   * with {@code prefix} and end with {@code suffix}: staging files left by a process that died.
   *
   * @return how many were deleted
   */
  static int deleteLeftovers(Path root, String prefix, String suffix) throws IOException {
    int deleted = 0;
    try (DirectoryStream<Path> buckets = Files.newDirectoryStream(root)) {
      for (Path bucket : buckets) {
        if (!Files.isDirectory(bucket, LinkOption.NOFOLLOW_LINKS)) {
          continue;
        }
        try (DirectoryStream<Path> files =
            Files.newDirectoryStream(
                bucket,
                f -> {
                  String name = f.getFileName().toString();
                  return name.startsWith(prefix) && name.endsWith(suffix);
                })) {
          for (Path file : files) {
            if (Files.deleteIfExists(file)) {
              deleted++;
            }
          }
        }
      }
    }
    return deleted;
  }

  /** Deletes {@code root} and everything under it; symbolic links are deleted, not followed. */
  static void deleteRecursively(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.deleteIfExists(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
            if (e instanceof NoSuchFileException) {
              return FileVisitResult.CONTINUE;
            }
            throw e;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
            if (e != null && !(e instanceof NoSuchFileException)) {
              throw e;
            }
            Files.deleteIfExists(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
