package io.hyper.local.adapter.lucene;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Maps index names, which may hold any character (§6.6), to directory names that are safe on every
 * file system: {@code [a-z0-9_-]} stays, every other UTF-8 byte becomes {@code ~xx} (so {@code
 * Movies} is {@code ~4dovies} and never collides with {@code movies} on a case-insensitive file
 * system), and a name whose escaped form is longer than 200 characters becomes {@code ~~} and its
 * SHA-256. The mapping is one-to-one; {@link #name} reverses it for listing, except for hashed
 * names.
 */
final class IndexDirs {
  private static final int LONGEST = 200;

  private IndexDirs() {}

  static String of(String index) {
    StringBuilder name = new StringBuilder();
    for (byte b : index.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-') {
        name.append(c);
      } else {
        name.append('~').append(HexFormat.of().toHexDigits(b));
      }
    }
    return name.length() <= LONGEST ? name.toString() : "~~" + Sha256.hex(index);
  }

  /** The index name a directory name stands for, or empty when it is hashed or not one of ours. */
  static java.util.Optional<String> name(String dir) {
    if (dir.startsWith("~~")) {
      return java.util.Optional.empty();
    }
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < dir.length(); i++) {
      char c = dir.charAt(i);
      if (c == '~' && i + 2 < dir.length()) {
        int hi = Character.digit(dir.charAt(i + 1), 16);
        int lo = Character.digit(dir.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          return java.util.Optional.empty();
        }
        bytes.write(hi << 4 | lo);
        i += 2;
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-') {
        bytes.write(c);
      } else {
        return java.util.Optional.empty();
      }
    }
    String name = bytes.toString(StandardCharsets.UTF_8);
    return of(name).equals(dir) ? java.util.Optional.of(name) : java.util.Optional.empty();
  }
}
