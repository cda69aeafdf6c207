package io.hyper.local.core.storage;

import io.hyper.local.core.HyperError;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * hyper-local's rules that keep bucket and object names portable, so that a bucket means the same
 * on every engine and file system (Linux, macOS, Windows, an object store), with the messages a
 * client gets when a name breaks one. Engines report what only they know (a case twin in a folder);
 * the rules and their wording live here.
 *
 * <ul>
 *   <li>Every name (a bucket, each segment of an object path) is at most {@value #MAX_NAME_BYTES}
 *       UTF-8 bytes, the smallest limit of the common file systems (ext4's 255 bytes).
 *   <li>A <em>new</em> name may not differ only in case (or Unicode normalisation, see {@link
 *       #fold}) from a name already in its folder: macOS and Windows would store both as one file.
 *       Replacing an existing name is always fine, so a layout made on a case-sensitive disk stays
 *       usable.
 *   <li>A name written (a bucket created, each segment of an uploaded path) may not be a Windows
 *       device name ({@code CON}, {@code nul.txt}, {@code COM1} …), nor end in a dot or a space,
 *       which Windows strips. The core checks these before the engine sees the name.
 *   <li>Names starting {@value #RESERVED_PREFIX} belong to the server (upload staging files).
 * </ul>
 */
public final class PortableNames {
  /** The longest name, in UTF-8 bytes. */
  public static final int MAX_NAME_BYTES = 255;

  /** The prefix of the server's own entries inside storage. */
  public static final String RESERVED_PREFIX = ".hyper-";

  private static final Pattern DEVICE =
      Pattern.compile(
          "(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\\..*)?", Pattern.CASE_INSENSITIVE);
  private static final Set<Character> WINDOWS_FORBIDDEN = Set.of('<', '>', ':', '"', '|', '?', '*');

  private PortableNames() {}

  /**
   * Checks the length and prefix of every segment of {@code path} (a bucket name or an object path
   * that passed {@link StorageNames}).
   *
   * @param what how the message names it: {@code bucket name} or {@code object path}
   * @throws HyperError 400 naming the limit that is broken
   */
  public static void checkSegments(String what, String path) {
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
   * 409: a name about to be created differs only in case from one in its folder.
   *
   * @param what {@code bucket}, {@code folder} or {@code object}
   */
  public static HyperError caseTwin(String what) {
    return HyperError.conflict(
        "a " + what + " whose name differs from it only in case exists already");
  }

  /**
   * Checks that {@code name} may be written as a {@code what}: not a Windows device name, not
   * ending in a dot or a space, and (on a Windows server) without a character Windows refuses.
   *
   * @param what {@code bucket}, {@code folder} or {@code object}
   * @throws HyperError 400 naming the rule that is broken
   */
  public static void checkWritable(String name, String what) {
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

  /** The form two names share when macOS or Windows would store them as one. */
  public static String fold(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFC)
        .toUpperCase(Locale.ROOT)
        .toLowerCase(Locale.ROOT);
  }

  private static boolean windows() {
    return System.getProperty("os.name", "").startsWith("Windows");
  }
}
