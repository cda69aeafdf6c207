package io.hyper.local.opensearch;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * OpenSearch names for hyper's index names, which may hold any character while OpenSearch's are
 * lower-case and exclude {@code \ / * ? " < > | , # :} and spaces.
 *
 * <p>An index {@code name} under prefix {@code p} is the OpenSearch alias {@code p.<encoded>} over
 * the concrete index {@code p.<encoded>.i}: {@code [a-z0-9_-]} stay, every other UTF-8 byte becomes
 * {@code ~xx} (lower-case hex), so {@code Movies} is {@code ~4dovies} and never meets {@code
 * movies}; an encoded name longer than 200 characters becomes {@code ~~} and its SHA-256. The
 * mapping is one-to-one; the hyper name itself is kept in the index's mapping, which is what a
 * listing reads. The prefix has no {@code .}, so one prefix's names never fall under another's.
 */
final class IndexNames {
  private static final int LONGEST = 200;

  private final String prefix;

  IndexNames(String prefix) {
    this.prefix = prefix;
  }

  /** The alias every document operation addresses (with {@code require_alias}). */
  String alias(String index) {
    return prefix + "." + encode(index);
  }

  /** The concrete index that holds the documents; created and deleted by name. */
  String concrete(String index) {
    return alias(index) + ".i";
  }

  /** The pattern of every concrete index under this prefix. */
  String pattern() {
    return prefix + ".*.i";
  }

  static String encode(String index) {
    StringBuilder name = new StringBuilder();
    for (byte b : index.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-') {
        name.append(c);
      } else {
        name.append('~').append(HexFormat.of().toHexDigits(b));
      }
    }
    return name.length() <= LONGEST ? name.toString() : "~~" + sha256(index);
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
