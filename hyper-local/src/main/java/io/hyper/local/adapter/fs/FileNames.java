package io.hyper.local.adapter.fs;

import io.hyper.local.core.storage.PortableNames;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * What the file system knows about names that {@link PortableNames}' rules need: whether it folds
 * case, whether a name exists exactly, whether a new name has a case twin. The rules and their
 * messages are the core's; this class only looks at the disk.
 *
 * <p>On a case-insensitive file system a lookup must also match a name exactly: {@code A.txt} is
 * not found when only {@code a.txt} exists, as on Linux.
 */
final class FileNames {
  /** The prefix of the server's own files inside a bucket. */
  static final String RESERVED_PREFIX = PortableNames.RESERVED_PREFIX;

  private static final String PROBE_PREFIX = RESERVED_PREFIX + "case-";
  private static final String PROBE_SUFFIX = ".probe";

  private FileNames() {}

  /**
   * True when {@code dir} holds a name that {@link PortableNames#fold}s like {@code name} but is
   * not {@code name} itself, and {@code name} itself is not there.
   */
  static boolean hasCaseTwin(Path dir, String name) throws IOException {
    return caseTwin(dir, name).isPresent();
  }

  /**
   * True when {@code dir} has an entry named exactly {@code name}; on a case-sensitive file system
   * this is {@link Files#exists}, on others it also compares the stored name.
   */
  static boolean existsExactly(Path dir, String name, boolean caseInsensitive) throws IOException {
    Path entry = dir.resolve(name);
    if (!Files.exists(entry, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    return !caseInsensitive || caseTwin(dir, name).isEmpty();
  }

  /**
   * The entry of {@code dir} whose name equals {@code name} after case folding and normalisation
   * but is not {@code name} itself, unless {@code name} itself exists too.
   */
  private static Optional<String> caseTwin(Path dir, String name) throws IOException {
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    String folded = PortableNames.fold(name);
    String twin = null;
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path entry : entries) {
        String other = entry.getFileName().toString();
        if (other.equals(name)) {
          return Optional.empty();
        }
        if (twin == null && PortableNames.fold(other).equals(folded)) {
          twin = other;
        }
      }
    } catch (NoSuchFileException | NotDirectoryException e) {
      return Optional.empty();
    }
    return Optional.ofNullable(twin);
  }

  /**
   * True when the file system of {@code dir} treats names that differ only in case as one: a probe
   * file is created with a lower-case name and looked for under its upper-case one.
   */
  static boolean caseInsensitive(Path dir) throws IOException {
    try (DirectoryStream<Path> left =
        Files.newDirectoryStream(dir, PROBE_PREFIX + "*" + PROBE_SUFFIX)) {
      for (Path stale : left) {
        Files.deleteIfExists(stale); // a probe of a process killed right here
      }
    }
    Path probe = Files.createTempFile(dir, PROBE_PREFIX, PROBE_SUFFIX);
    try {
      String name = probe.getFileName().toString();
      return Files.exists(dir.resolve(name.toUpperCase(Locale.ROOT)), LinkOption.NOFOLLOW_LINKS);
    } finally {
      Files.deleteIfExists(probe);
    }
  }
}
