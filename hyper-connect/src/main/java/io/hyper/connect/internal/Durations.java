package io.hyper.connect.internal;

import java.time.Duration;

/** Formats durations for messages: {@code 250 ms}, {@code 30 s}, {@code 1.5 s}. */
final class Durations {
  private Durations() {}

  /**
   * Returns a short, readable form of a duration.
   *
   * @param d the duration
   * @return e.g. {@code 250 ms} or {@code 30 s}
   */
  static String text(Duration d) {
    long millis = d.toMillis();
    if (millis < 1000) {
      return millis + " ms";
    }
    if (millis % 1000 == 0) {
      return millis / 1000 + " s";
    }
    return String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
  }
}
