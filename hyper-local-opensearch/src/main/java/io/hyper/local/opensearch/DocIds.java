package io.hyper.local.opensearch;

import java.nio.charset.StandardCharsets;

/**
 * The OpenSearch {@code _id} of a hyper key: the key itself when OpenSearch takes it (1 to 512
 * UTF-8 bytes) and it does not start with {@code ~}; otherwise {@code ~} and the key's SHA-256.
 * Distinct keys get distinct ids (barring a SHA-256 collision); the key itself is kept in the
 * document, and a match reports that.
 */
final class DocIds {
  private static final int LONGEST = 512;

  private DocIds() {}

  static String of(String key) {
    int bytes = key.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > 0 && bytes <= LONGEST && !key.startsWith("~")) {
      return key;
    }
    return "~" + IndexNames.sha256(key);
  }
}
