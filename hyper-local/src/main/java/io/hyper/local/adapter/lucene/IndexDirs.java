package io.hyper.local.adapter.lucene;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Maps index names, which may hold any character (§6.6), to directory names that are safe on every
 * file system: {@code [a-z0-9_-]} stays, every other UTF-8 byte becomes {@code ~xx} (so {@code
 * Movies} is {@code ~4dovies} and never collides with {@code movies} on a case-insensitive file
 * system), and a name whose escaped form is longer than 200 characters becomes {@code ~~} and its
 * SHA-256. The mapping is one-to-one; it is never reversed.
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
}
