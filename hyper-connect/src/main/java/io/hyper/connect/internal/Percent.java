package io.hyper.connect.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Percent-encoding and decoding per RFC 3986, always UTF-8. */
public final class Percent {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private Percent() {}

  /**
   * Encodes a value as one path segment: everything but the unreserved characters ({@code A-Z a-z
   * 0-9 - . _ ~}) is escaped, so {@code a/b} becomes {@code a%2Fb} and {@code x y} becomes {@code
   * x%20y}.
   *
   * @param value the raw value
   * @return the encoded segment
   */
  public static String encodeSegment(String value) {
    return encode(value, "");
  }

  /**
   * Encodes a query parameter value. Besides the unreserved characters, {@code * , : / @ $} stay
   * literal (legal in a query and easier to read in logs); {@code + & = ? #} and spaces are
   * escaped.
   *
   * @param value the raw value
   * @return the encoded value
   */
  public static String encodeQueryValue(String value) {
    return encode(value, "*,:/@$");
  }

  private static String encode(String value, String alsoLiteral) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(bytes.length + 8);
    for (byte b : bytes) {
      char c = (char) (b & 0xFF);
      if (isUnreserved(c) || (c < 128 && alsoLiteral.indexOf(c) >= 0)) {
        out.append(c);
      } else {
        out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
      }
    }
    return out.toString();
  }

  private static boolean isUnreserved(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }

  /**
   * Decodes percent-escapes (UTF-8). A {@code +} stays a {@code +}.
   *
   * @param value the encoded text
   * @param what what the text is, for the error message
   * @return the decoded text
   * @throws IllegalArgumentException on a {@code %} not followed by two hex digits
   */
  public static String decode(String value, String what) {
    if (value.indexOf('%') < 0) {
      return value;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '%') {
        int hi = i + 1 < value.length() ? Character.digit(value.charAt(i + 1), 16) : -1;
        int lo = i + 2 < value.length() ? Character.digit(value.charAt(i + 2), 16) : -1;
        if (hi < 0 || lo < 0) {
          throw new IllegalArgumentException(
              what + " has a malformed percent-escape at index " + i + ": '" + value + "'");
        }
        out.write(hi * 16 + lo);
        i += 2;
      } else {
        byte[] bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (Character.isHighSurrogate(c) && i + 1 < value.length()) {
          bytes = value.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
          i++;
        }
        out.writeBytes(bytes);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
