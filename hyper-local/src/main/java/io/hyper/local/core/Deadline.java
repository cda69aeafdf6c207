package io.hyper.local.core;

import java.time.Duration;
import java.util.Objects;

/**
 * The time budget of one piece of work (a query, a read): when it is spent the work stops and the
 * client is answered 503.
 *
 * <p>503, not a 4xx: a request that runs out of time is not malformed; the same query may succeed
 * on a quieter server or a smaller table. The budget is what keeps one client from holding shared
 * resources (the database readers) away from the others, which is load shedding, and hyper-local
 * answers load shedding with 503. Engines check it at their own pace: SQLite through its progress
 * handler, Java loops per row, regular expressions per character read ({@link #guard}).
 */
public final class Deadline {
  /** No budget: never expires. */
  public static final Deadline NONE = new Deadline(Long.MAX_VALUE, Duration.ZERO, "work");

  private static final int CHARS_PER_CHECK = 1024;

  private final long expiresAtNanos;
  private final Duration budget;
  private final String what;

  private Deadline(long expiresAtNanos, Duration budget, String what) {
    this.expiresAtNanos = expiresAtNanos;
    this.budget = budget;
    this.what = what;
  }

  /**
   * A deadline {@code budget} from now.
   *
   * @param what names the work in the 503 message, e.g. {@code "query"}
   */
  public static Deadline after(Duration budget, String what) {
    Objects.requireNonNull(what, "what");
    if (budget.isNegative()) {
      throw new IllegalArgumentException("budget must be >= 0, was " + budget);
    }
    long nanos = budget.compareTo(Duration.ofDays(365)) > 0 ? Long.MAX_VALUE : budget.toNanos();
    long now = System.nanoTime();
    long at = nanos == Long.MAX_VALUE || now + nanos < now ? Long.MAX_VALUE : now + nanos;
    return new Deadline(at, budget, what);
  }

  /** Whether the budget is spent. */
  public boolean expired() {
    return expiresAtNanos != Long.MAX_VALUE && System.nanoTime() - expiresAtNanos >= 0;
  }

  /** What is left of the budget, at least zero; a very long duration for {@link #NONE}. */
  public Duration remaining() {
    if (expiresAtNanos == Long.MAX_VALUE) {
      return Duration.ofDays(365);
    }
    return Duration.ofNanos(Math.max(0, expiresAtNanos - System.nanoTime()));
  }

  /**
   * Stops the work when the budget is spent.
   *
   * @throws HyperError 503 when it is
   */
  public void check() {
    if (expired()) {
      throw exceeded();
    }
  }

  /** The 503 for work that ran past this budget. */
  public HyperError exceeded() {
    return new HyperError(
        503, what + " ran past its time budget of " + budget.toMillis() + " ms and was stopped");
  }

  /**
   * {@code text} as a sequence that checks this deadline every {@value #CHARS_PER_CHECK} characters
   * read, so that a matcher reading it stops when the budget is spent (with the 503 of {@link
   * #check}).
   */
  public CharSequence guard(CharSequence text) {
    return this == NONE ? text : new Guarded(text, 0, text.length());
  }

  private final class Guarded implements CharSequence {
    private final CharSequence text;
    private final int start;
    private final int end;
    private int reads;

    Guarded(CharSequence text, int start, int end) {
      this.text = text;
      this.start = start;
      this.end = end;
    }

    @Override
    public int length() {
      return end - start;
    }

    @Override
    public char charAt(int index) {
      if (++reads >= CHARS_PER_CHECK) {
        reads = 0;
        check();
      }
      return text.charAt(start + index);
    }

    @Override
    public CharSequence subSequence(int from, int to) {
      return new Guarded(text, start + from, start + to);
    }

    @Override
    public String toString() {
      check();
      return text.subSequence(start, end).toString();
    }
  }
}
