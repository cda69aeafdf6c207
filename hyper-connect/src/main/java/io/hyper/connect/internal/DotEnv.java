package io.hyper.connect.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads one variable from a {@code .env} file, in the conventions of python-dotenv (which the
 * seed's Python examples use): {@code KEY=value} lines, blank lines and {@code #} comments ignored,
 * an optional {@code export } prefix, values optionally in single quotes (taken literally) or
 * double quotes ({@code \"}, {@code \\} and {@code \n} escapes), and a {@code #} after whitespace
 * ending an unquoted value. Lines that are not assignments are skipped; when a key is assigned
 * twice, the last assignment wins. There is no {@code ${VAR}} expansion. No error message ever
 * shows a value or a line of the file, which may hold secrets.
 */
public final class DotEnv {
  private DotEnv() {}

  /**
   * Returns the value the file assigns to a key.
   *
   * @param file the {@code .env} file
   * @param key the key, e.g. {@code HYPER}
   * @return the value, or empty when the file does not exist or does not assign the key
   * @throws IllegalStateException when the file exists but cannot be read as UTF-8 text
   */
  public static Optional<String> lookup(Path file, String key) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new IllegalStateException(
          "cannot read " + file.toAbsolutePath() + ": " + e.getClass().getSimpleName());
    }
    String found = null;
    for (String line : lines) {
      String value = valueOf(line, key);
      if (value != null) {
        found = value;
      }
    }
    return Optional.ofNullable(found);
  }

  /** Returns the value when the line assigns {@code key}, else null. */
  static String valueOf(String line, String key) {
    String text = line.strip();
    if (text.startsWith("export ") || text.startsWith("export\t")) {
      text = text.substring(7).stripLeading();
    }
    int eq = text.indexOf('=');
    if (eq < 0 || !text.substring(0, eq).strip().equals(key)) {
      return null;
    }
    String raw = text.substring(eq + 1).strip();
    if (raw.length() >= 2 && raw.charAt(0) == '\'') {
      int end = raw.indexOf('\'', 1);
      return end < 0 ? null : raw.substring(1, end);
    }
    if (raw.length() >= 2 && raw.charAt(0) == '"') {
      return doubleQuoted(raw);
    }
    for (int i = 0; i < raw.length(); i++) {
      if (raw.charAt(i) == '#' && (i == 0 || Character.isWhitespace(raw.charAt(i - 1)))) {
        return raw.substring(0, i).strip();
      }
    }
    return raw;
  }

  private static String doubleQuoted(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    for (int i = 1; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '"') {
        return out.toString();
      }
      if (c == '\\' && i + 1 < raw.length()) {
        char next = raw.charAt(++i);
        out.append(next == 'n' ? '\n' : next == 't' ? '\t' : next);
      } else {
        out.append(c);
      }
    }
    return null; // no closing quote: not an assignment python-dotenv would take either
  }
}
