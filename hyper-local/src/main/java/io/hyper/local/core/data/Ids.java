package io.hyper.local.core.data;

import java.security.SecureRandom;
import java.time.Clock;

/**
 * Generates document ids: 25 lower-case base-36 characters beginning with {@code c}, like hyper's
 * cuids. After the {@code c} come 8 characters of the clock's milliseconds (so ids made later sort
 * later, mostly) and 16 random ones (82 bits), which makes collisions practically impossible. Ids
 * are URL-safe; clients must not interpret them.
 */
public final class Ids {
  private static final char[] DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz".toCharArray();

  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  /** Creates a generator reading time from {@code clock}. */
  public Ids(Clock clock) {
    this.clock = clock;
  }

  /** A new id. Thread-safe. */
  public String next() {
    StringBuilder id = new StringBuilder(25).append('c');
    String time = Long.toString(clock.millis() & 0xFF_FFFF_FFFFL, 36);
    id.append("0".repeat(Math.max(0, 8 - time.length()))).append(time);
    for (int i = 0; i < 16; i++) {
      id.append(DIGITS[random.nextInt(DIGITS.length)]);
    }
    return id.toString();
  }
}
