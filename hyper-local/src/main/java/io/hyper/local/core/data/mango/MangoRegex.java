package io.hyper.local.core.data.mango;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import io.hyper.local.core.HyperError;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Compiles {@code $regex} patterns with RE2/J, whose matching time is linear in the text: no
 * pattern can backtrack catastrophically or overflow the stack.
 *
 * <p>The dialect is RE2's: Perl/JavaScript syntax without backreferences ({@code \1}), lookaround
 * ({@code (?=…)}, {@code (?<=…)}), atomic groups or possessive quantifiers; {@code \d \w \s \b} are
 * ASCII; {@code $} matches only at the very end unless {@code (?m)}; repeat counts go up to 1000.
 * Patterns outside the dialect, longer than {@value #MAX_LENGTH} characters, or whose repeats
 * multiply out to more than {@value #MAX_SIZE} pattern elements are refused with 400; a pattern
 * that is not a regular expression at all ({@code (}) is 422, like any malformed argument.
 */
public final class MangoRegex {
  /** The longest pattern accepted, in characters. */
  public static final int MAX_LENGTH = 1024;

  /** The most pattern elements a pattern may expand to once repeats are multiplied out. */
  public static final long MAX_SIZE = 10_000;

  private static final Set<String> UNSUPPORTED =
      Set.of(
          "invalid or unsupported Perl syntax",
          "invalid named capture",
          "invalid escape sequence",
          "invalid nested repetition operator",
          "invalid repeat count");

  private MangoRegex() {}

  /**
   * Compiles a pattern.
   *
   * @throws HyperError 400 when the pattern is too long, too large or outside RE2's dialect; 422
   *     when it is malformed
   */
  public static Pattern compile(String pattern) {
    if (pattern.length() > MAX_LENGTH) {
      throw HyperError.badRequest(
          "$regex is longer than " + MAX_LENGTH + " characters (" + pattern.length() + ")");
    }
    if (size(pattern) > MAX_SIZE) {
      throw HyperError.badRequest(
          "$regex repeats expand beyond " + MAX_SIZE + " elements; use fewer or smaller {n,m}");
    }
    try {
      return Pattern.compile(pattern);
    } catch (PatternSyntaxException e) {
      String description = e.getDescription();
      if (UNSUPPORTED.stream().anyMatch(description::startsWith)) {
        throw HyperError.badRequest(
            "$regex uses syntax RE2 does not support (no backreferences, lookaround or possessive"
                + " quantifiers): "
                + description);
      }
      throw HyperError.unprocessable("$regex is not a valid regular expression: " + description);
    } catch (RuntimeException e) {
      throw HyperError.badRequest("$regex cannot be compiled: " + e.getClass().getSimpleName());
    }
  }

  /**
   * An upper bound on the number of elements the compiled pattern has: each atom counts one, a
   * group the sum of its parts, and a quantifier multiplies what it applies to by its largest count
   * (plus one). Conservative, so that {@code ((a{1000}){1000}){1000}} is refused before RE2/J would
   * build a program of a billion instructions.
   */
  static long size(String pattern) {
    Deque<long[]> frames = new ArrayDeque<>(); // {total, last}
    long[] frame = {0, 0};
    int i = 0;
    int n = pattern.length();
    while (i < n) {
      char c = pattern.charAt(i);
      if (c == '\\') {
        frame = atom(frame, 1);
        i = skipEscape(pattern, i);
      } else if (c == '[') {
        frame = atom(frame, 1);
        i = skipClass(pattern, i);
      } else if (c == '(') {
        frames.push(frame);
        frame = new long[] {0, 0};
        i++;
      } else if (c == ')') {
        long group = frame[0] + frame[1] + 1;
        frame = frames.isEmpty() ? new long[] {0, 0} : frames.pop();
        frame = atom(frame, group);
        i++;
      } else if (c == '*' || c == '+' || c == '?') {
        frame[1] = times(frame[1], 2) + 1;
        i++;
      } else if (c == '{' && repeat(pattern, i) >= 0) {
        long count = repeat(pattern, i);
        frame[1] = times(frame[1], count + 1);
        i = pattern.indexOf('}', i) + 1;
      } else {
        frame = atom(frame, 1);
        i++;
      }
    }
    long total = frame[0] + frame[1];
    while (!frames.isEmpty()) {
      long[] outer = frames.pop();
      total = outer[0] + outer[1] + total;
    }
    return total;
  }

  private static long[] atom(long[] frame, long size) {
    return new long[] {saturate(frame[0] + frame[1]), size};
  }

  private static long times(long a, long b) {
    return a != 0 && b > Long.MAX_VALUE / a ? Long.MAX_VALUE / 4 : saturate(a * b);
  }

  private static long saturate(long value) {
    return value < 0 || value > Long.MAX_VALUE / 4 ? Long.MAX_VALUE / 4 : value;
  }

  /** The largest count of a {@code {n}}, {@code {n,}} or {@code {n,m}} at {@code i}, or -1. */
  private static long repeat(String pattern, int i) {
    int close = pattern.indexOf('}', i);
    if (close < 0 || close - i > 24) {
      return -1;
    }
    String body = pattern.substring(i + 1, close);
    if (!body.matches("[0-9]{1,9}(,[0-9]{0,9})?")) {
      return -1;
    }
    long max = 0;
    for (String part : body.split(",", -1)) {
      if (!part.isEmpty()) {
        max = Math.max(max, Long.parseLong(part));
      }
    }
    return max;
  }

  private static int skipEscape(String pattern, int i) {
    if (i + 1 >= pattern.length()) {
      return i + 1;
    }
    char next = pattern.charAt(i + 1);
    if ((next == 'p' || next == 'P' || next == 'x')
        && i + 2 < pattern.length()
        && pattern.charAt(i + 2) == '{') {
      int close = pattern.indexOf('}', i);
      return close < 0 ? pattern.length() : close + 1;
    }
    if (next == 'Q') {
      int end = pattern.indexOf("\\E", i + 2);
      return end < 0 ? pattern.length() : end + 2;
    }
    return i + 2;
  }

  private static int skipClass(String pattern, int i) {
    int j = i + 1;
    if (j < pattern.length() && pattern.charAt(j) == '^') {
      j++;
    }
    if (j < pattern.length() && pattern.charAt(j) == ']') {
      j++;
    }
    while (j < pattern.length()) {
      char c = pattern.charAt(j);
      if (c == '\\') {
        j += 2;
      } else if (c == '[' && j + 1 < pattern.length() && pattern.charAt(j + 1) == ':') {
        int close = pattern.indexOf(":]", j + 2);
        j = close < 0 ? j + 1 : close + 2;
      } else if (c == ']') {
        return j + 1;
      } else {
        j++;
      }
    }
    return pattern.length();
  }
}
