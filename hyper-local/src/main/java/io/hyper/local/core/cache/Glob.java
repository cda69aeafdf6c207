package io.hyper.local.core.cache;

import java.util.List;
import java.util.Objects;

/**
 * A cache query pattern (§5.6): each {@code *} matches any run of characters, including none, any
 * number of {@code *} may appear, every other character is literal, the whole key must match, and
 * case matters.
 *
 * <p>Matching never backtracks exponentially: the literal pieces between stars are found left to
 * right, which is exact for {@code *}-only globs.
 */
public final class Glob {
  /** The pattern {@code *}, which matches every key; the default when a query names none. */
  public static final Glob ALL = of("*");

  private final String pattern;
  private final List<String> pieces;

  private Glob(String pattern) {
    this.pattern = pattern;
    this.pieces = List.of(pattern.split("\\*", -1));
  }

  /** The glob for {@code pattern}. */
  public static Glob of(String pattern) {
    return new Glob(Objects.requireNonNull(pattern, "pattern"));
  }

  /** The pattern as given. */
  public String pattern() {
    return pattern;
  }

  /** True when the whole of {@code key} matches this pattern. */
  public boolean matches(String key) {
    if (pieces.size() == 1) {
      return key.equals(pattern);
    }
    String first = pieces.get(0);
    String last = pieces.get(pieces.size() - 1);
    if (key.length() < first.length() + last.length()
        || !key.startsWith(first)
        || !key.endsWith(last)) {
      return false;
    }
    int from = first.length();
    int end = key.length() - last.length();
    for (String piece : pieces.subList(1, pieces.size() - 1)) {
      int at = key.indexOf(piece, from);
      if (at < 0 || at + piece.length() > end) {
        return false;
      }
      from = at + piece.length();
    }
    return true;
  }

  @Override
  public String toString() {
    return pattern;
  }
}
