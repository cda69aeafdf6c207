package io.hyper.local.adapter.fs;

import io.hyper.local.core.HyperError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules that keep bucket and object names portable across file systems, so that a bucket means
 * the same on Linux, macOS and Windows.
 *
 * <ul>
 *   <li>Every name (a bucket, each segment of an object path) is at most {@value #MAX_NAME_BYTES}
 *       UTF-8 bytes, the smallest limit of the common file systems (ext4's 255 bytes).
 *   <li>A <em>new</em> name may not differ only in case (or Unicode normalisation) from a name
 *       already in its folder: macOS and Windows would store both as one file. Replacing an
 *       existing name is always fine, so a layout made on a case-sensitive disk stays usable.
 *   <li>A new name may not be a Windows device name ({@code CON}, {@code nul.txt}, {@code COM1} …),
 *       nor end in a dot or a space, which Windows strips.
 *   <li>Names starting {@value #RESERVED_PREFIX} belong to the server (upload staging files).
 * </ul>
 *
 * <p>On a case-insensitive file system a lookup must also match a name exactly: {@code A.txt} is
 * not found when only {@code a.txt} exists, as on Linux.
 */
final class FileNames {
  /** The longest name, in UTF-8 bytes. */
  static final int MAX_NAME_BYTES = 255;

  /** The prefix of the server's own files inside a bucket. */
  static final String RESERVED_PREFIX = ".hyper-";

  private static final String PROBE_PREFIX = RESERVED_PREFIX + "case-";
  private static final String PROBE_SUFFIX = ".probe";
  private static final Pattern DEVICE =
      Pattern.compile(
          "(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\\..*)?", Pattern.CASE_INSENSITIVE);
  private static final Set<Character> WINDOWS_FORBIDDEN = Set.of('<', '>', ':', '"', '|', '?', '*');

  private FileNames() {}

  /**
   * Checks the length and prefix of every segment of {@code path} (a bucket name or an object path
   * that passed {@link io.hyper.local.core.storage.StorageNames}).
   *
   * @throws HyperError 400 naming the limit that is broken
   */
  static void checkSegments(String what, String path) {
    for (String segment : path.split("/", -1)) {
      if (segment.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
        throw HyperError.badRequest(
            what + " has a name longer than " + MAX_NAME_BYTES + " bytes (UTF-8) between slashes");
      }
      if (segment.startsWith(RESERVED_PREFIX)) {
        throw HyperError.badRequest(
            what + " cannot have a name starting " + RESERVED_PREFIX + " (reserved)");
      }
    }
  }

  /**
   * Checks that {@code name} may be created in {@code dir}: see the class comment.
   *
   * @throws HyperError 400 for a reserved name; 409 when a name differing only in case exists
   */
  static void checkNew(Path dir, String name, String what) throws IOException {
    Optional<String> existing = caseTwin(dir, name);
    if (existing.isPresent()) {
      throw HyperError.conflict(
          "a " + what + " whose name differs from it only in case exists already");
    }
    if (DEVICE.matcher(name).matches()) {
      throw HyperError.badRequest(what + " name is reserved on Windows (a device name)");
    }
    if (name.endsWith(".") || name.endsWith(" ")) {
      throw HyperError.badRequest(what + " name cannot end with a dot or a space");
    }
    if (windows()) {
      for (int i = 0; i < name.length(); i++) {
        if (WINDOWS_FORBIDDEN.contains(name.charAt(i))) {
          throw HyperError.badRequest(what + " name cannot contain <>:\"|?* on Windows");
        }
      }
    }
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
    String folded = fold(name);
    String twin = null;
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path entry : entries) {
        String other = entry.getFileName().toString();
        if (other.equals(name)) {
          return Optional.empty();
        }
        if (twin == null && fold(other).equals(folded)) {
          twin = other;
        }
      }
    } catch (NoSuchFileException | NotDirectoryException e) {
      return Optional.empty();
    }
    return Optional.ofNullable(twin);
  }

  /** The form two names share when macOS or Windows would store them as one. */
  static String fold(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFC)
        .toUpperCase(Locale.ROOT)
        .toLowerCase(Locale.ROOT);
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

  private static boolean windows() {
    return System.getProperty("os.name", "").startsWith("Windows");
  }
}
