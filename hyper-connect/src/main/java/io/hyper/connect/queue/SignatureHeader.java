package io.hyper.connect.queue;

import java.util.HexFormat;
import java.util.Optional;

/**
 * A parsed {@code X-HYPER-SIGNATURE} value: {@code t=<epoch millis>,sig=<hex HMAC-SHA256>}.
 *
 * <p>Parsing follows contract §9.3: split on {@code ,}, trim each element, split each on its first
 * {@code =}; unknown elements are ignored. {@code t} must be a decimal integer and {@code sig} 64
 * hexadecimal digits; a missing or repeated {@code t} or {@code sig} makes the header malformed.
 *
 * @param timestamp the text of {@code t} exactly as sent (it is what was signed)
 * @param millis {@code t} as epoch milliseconds
 * @param signature the 32 bytes of {@code sig}
 */
record SignatureHeader(String timestamp, long millis, byte[] signature) {

  private static final int SHA256_BYTES = 32;

  /** Parses a header value, or returns empty when it is null, blank or malformed. */
  static Optional<SignatureHeader> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String t = null;
    String sig = null;
    for (String element : value.split(",", -1)) {
      String part = element.trim();
      int eq = part.indexOf('=');
      if (eq < 0) {
        continue;
      }
      String name = part.substring(0, eq).trim();
      String text = part.substring(eq + 1).trim();
      if (name.equals("t")) {
        if (t != null) {
          return Optional.empty();
        }
        t = text;
      } else if (name.equals("sig")) {
        if (sig != null) {
          return Optional.empty();
        }
        sig = text;
      }
    }
    if (t == null || sig == null || !isDecimal(t) || !isSha256Hex(sig)) {
      return Optional.empty();
    }
    long millis;
    try {
      millis = Long.parseLong(t);
    } catch (NumberFormatException tooLarge) {
      return Optional.empty();
    }
    return Optional.of(new SignatureHeader(t, millis, HexFormat.of().parseHex(sig)));
  }

  private static boolean isDecimal(String s) {
    return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  private static boolean isSha256Hex(String s) {
    return s.length() == SHA256_BYTES * 2 && s.chars().allMatch(HexFormat::isHexDigit);
  }
}
