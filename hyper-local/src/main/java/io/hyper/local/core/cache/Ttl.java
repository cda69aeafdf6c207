package io.hyper.local.core.cache;

import io.hyper.local.core.HyperError;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Parses a cache ttl in the format of the npm {@code ms} library, as hyper does (§5.5).
 *
 * <p>A ttl is an optional {@code -}, a decimal number ({@code 1}, {@code 1.5}, {@code .5}),
 * optional spaces, and an optional case-insensitive unit; no unit means milliseconds. Units: {@code
 * ms msec msecs millisecond milliseconds}, {@code s sec secs second seconds}, {@code m min mins
 * minute minutes}, {@code h hr hrs hour hours}, {@code d day days}, {@code w week weeks}, {@code y
 * yr yrs year years} (a year is 365.25 days). At most {@value #MAX_LENGTH} characters. Anything
 * else ({@code 1h30m}, {@code " 5m"}, {@code 1mo}, {@code ""}) is not a ttl.
 *
 * <p>The result is exact to the nanosecond and capped at about ±292 years (±{@code Long.MAX_VALUE}
 * nanoseconds), which no cache entry outlives.
 */
public final class Ttl {
  /** The longest ttl text accepted, as in {@code ms}. */
  public static final int MAX_LENGTH = 100;

  private static final Pattern FORMAT =
      Pattern.compile(
          "(-?[0-9]*\\.?[0-9]+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m"
              + "|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?",
          Pattern.CASE_INSENSITIVE);

  private static final BigDecimal NANOS_PER_MILLI = BigDecimal.valueOf(1_000_000L);
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  private Ttl() {}

  /**
   * Parses a ttl string.
   *
   * @throws HyperError 422 when {@code text} is not in the {@code ms} format
   */
  public static Duration parse(String text) {
    if (text.length() > MAX_LENGTH) {
      throw invalid(text);
    }
    Matcher m = FORMAT.matcher(text);
    if (!m.matches()) {
      throw invalid(text);
    }
    String unit = m.group(2) == null ? "ms" : m.group(2).toLowerCase(Locale.ROOT);
    return nanos(new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(nanosPer(unit))));
  }

  /**
   * Reads the ttl of a request: absent or {@code null} means none, a string is parsed with {@link
   * #parse}, and a JSON number is taken as milliseconds (§5.5 allows it).
   *
   * @throws HyperError 422 for an unparseable string or any other JSON type
   */
  public static Optional<Duration> fromJson(JsonNode ttl) {
    if (ttl == null || ttl.isNull() || ttl.isMissingNode()) {
      return Optional.empty();
    }
    if (ttl.isString()) {
      return Optional.of(parse(ttl.stringValue()));
    }
    if (ttl.isNumber()) {
      if (ttl.isFloatingPointNumber() && Double.isInfinite(ttl.doubleValue())) {
        return Optional.of(nanos(ttl.doubleValue() > 0 ? LONG_MAX : LONG_MAX.negate()));
      }
      return Optional.of(nanos(ttl.decimalValue().multiply(NANOS_PER_MILLI)));
    }
    throw HyperError.unprocessable("ttl must be a string like \"30s\" or \"1h\", was " + ttl);
  }

  private static long nanosPer(String unit) {
    switch (unit.charAt(0)) {
      case 's':
        return 1_000_000_000L;
      case 'h':
        return 3_600_000_000_000L;
      case 'd':
        return 86_400_000_000_000L;
      case 'w':
        return 604_800_000_000_000L;
      case 'y':
        return 31_557_600_000_000_000L;
      default:
        // m, min(s), minute(s) against ms, msec(s), millisecond(s)
        return unit.startsWith("ms") || unit.startsWith("mil") ? 1_000_000L : 60_000_000_000L;
    }
  }

  private static Duration nanos(BigDecimal nanos) {
    BigInteger whole = nanos.setScale(0, RoundingMode.HALF_UP).toBigInteger();
    if (whole.abs().compareTo(LONG_MAX.toBigInteger()) > 0) {
      return Duration.ofNanos(whole.signum() * Long.MAX_VALUE);
    }
    return Duration.ofNanos(whole.longValueExact());
  }

  private static HyperError invalid(String text) {
    String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
    return HyperError.unprocessable(
        "ttl is not valid: \""
            + shown
            + "\" (use a number and a unit, e.g. \"30s\", \"10m\", \"1h\")");
  }
}
