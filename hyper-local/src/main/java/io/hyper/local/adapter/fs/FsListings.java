package io.hyper.local.adapter.fs;

import io.hyper.local.port.StoragePort.Item;
import io.hyper.local.port.StoragePort.Usage;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The read-only listings of {@link FsStorage} that hyper vision shows: buckets, a folder's entries,
 * a bucket's totals. The server's own {@code .hyper-*} files never appear, and symbolic links are
 * neither listed nor followed.
 */
final class FsListings {
  private FsListings() {}

  /** The bucket directories under {@code root}, sorted. */
  static List<String> buckets(Path root) throws IOException {
    try (Stream<Path> dirs = Files.list(root)) {
      return dirs.filter(d -> Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS))
          .map(d -> d.getFileName().toString())
          .filter(name -> !name.startsWith(FileNames.RESERVED_PREFIX))
          .sorted()
          .toList();
    }
  }

  /** The folders, then the objects, directly inside {@code dir}; empty when it is no folder. */
  static Optional<List<Item>> folder(Path dir) throws IOException {
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    List<Item> items = new ArrayList<>();
    try (Stream<Path> entries = Files.list(dir)) {
      for (Path entry : (Iterable<Path>) entries::iterator) {
        String name = entry.getFileName().toString();
        if (name.startsWith(FileNames.RESERVED_PREFIX)) {
          continue;
        }
        BasicFileAttributes attributes =
            Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (attributes.isDirectory() || attributes.isRegularFile()) {
          items.add(
              new Item(
                  name,
                  attributes.isDirectory(),
                  attributes.isDirectory() ? 0 : attributes.size(),
                  attributes.lastModifiedTime().toInstant()));
        }
      }
    }
    items.sort(Comparator.comparing((Item i) -> !i.folder()).thenComparing(Item::name));
    return Optional.of(items);
  }

  /** How many objects the bucket in {@code bucketDir} holds, in every folder, and their bytes. */
  static Usage usage(Path bucketDir) throws IOException {
    long[] totals = new long[2];
    Files.walkFileTree(
        bucketDir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            if (attributes.isRegularFile()
                && !file.getFileName().toString().startsWith(FileNames.RESERVED_PREFIX)) {
              totals[0]++;
              totals[1] += attributes.size();
            }
            return FileVisitResult.CONTINUE;
          }
        });
    return new Usage(totals[0], totals[1]);
  }
}
