package io.hyper.connect.internal;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cache TTL grammar, the one of the npm {@code ms} library that hyper uses: an optional {@code
 * -}, a decimal number ({@code 1}, {@code 1.5}, {@code .5}), optional spaces and an optional
 * case-insensitive unit ({@code ms}, {@code s}, {@code m}, {@code h}, {@code d}, {@code w}, {@code
 * y} and their long spellings); no unit means milliseconds; at most 100 characters.
 */
public final class TtlFormat {
  private static final Pattern GRAMMAR =
      Pattern.compile(
          "(-?\\d*\\.?\\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m"
              + "|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?",
          Pattern.CASE_INSENSITIVE);
  private static final long SECOND = 1000;
  private static final long MINUTE = 60 * SECOND;
  private static final long HOUR = 60 * MINUTE;
  private static final long DAY = 24 * HOUR;
  private static final long WEEK = 7 * DAY;
  private static final double YEAR = DAY * 365.25;

  private TtlFormat() {}

  /**
   * Checks a TTL string and returns its length in milliseconds, as hyper will compute it.
   *
   * @param ttl the TTL, e.g. {@code "30s"}, {@code "1.5h"}, {@code "2 days"}, {@code "100"}
   * @return the milliseconds, rounded as {@code ms} does
   * @throws IllegalArgumentException when null, longer than 100 characters or not in the grammar
   */
  public static long parseMillis(String ttl) {
    Check.notNull(ttl, "ttl");
    Matcher m = GRAMMAR.matcher(ttl);
    if (ttl.length() > 100 || !m.matches()) {
      throw new IllegalArgumentException(
          "ttl must be a number with an optional unit (ms, s, m, h, d, w, y), like \"30s\" or"
              + " \"1.5h\", was \""
              + ttl
              + "\"");
    }
    double n = Double.parseDouble(m.group(1));
    String unit = m.group(2) == null ? "ms" : m.group(2).toLowerCase(Locale.ROOT);
    double factor =
        switch (unit) {
          case "y", "yr", "yrs", "year", "years" -> YEAR;
          case "w", "week", "weeks" -> WEEK;
          case "d", "day", "days" -> DAY;
          case "h", "hr", "hrs", "hour", "hours" -> HOUR;
          case "m", "min", "mins", "minute", "minutes" -> MINUTE;
          case "s", "sec", "secs", "second", "seconds" -> SECOND;
          default -> 1;
        };
    return Math.round(n * factor);
  }

  /**
   * Renders a duration as a TTL string in the largest unit that divides it exactly ({@code 5m},
   * {@code 2h}, {@code 1500ms}), never in years.
   *
   * @param ttl the duration, zero or positive, in whole milliseconds
   * @return a TTL string that {@link #parseMillis(String)} reads back as the same milliseconds
   * @throws IllegalArgumentException when null, negative or finer than a millisecond
   */
  public static String format(Duration ttl) {
    Check.notNull(ttl, "ttl");
    if (ttl.isNegative()) {
      throw new IllegalArgumentException("ttl must not be negative, was " + ttl);
    }
    if (ttl.getNano() % 1_000_000 != 0) {
      throw new IllegalArgumentException("ttl must be a whole number of milliseconds, was " + ttl);
    }
    long ms = ttl.toMillis();
    if (ms == 0) {
      return "0ms";
    }
    for (long unit : new long[] {WEEK, DAY, HOUR, MINUTE, SECOND}) {
      if (ms % unit == 0) {
        return ms / unit + suffix(unit);
      }
    }
    return ms + "ms";
  }

  private static String suffix(long unit) {
    if (unit == WEEK) {
      return "w";
    } else if (unit == DAY) {
      return "d";
    } else if (unit == HOUR) {
      return "h";
    } else if (unit == MINUTE) {
      return "m";
    }
    return "s";
  }
}
