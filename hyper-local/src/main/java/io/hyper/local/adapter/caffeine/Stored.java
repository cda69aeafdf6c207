package io.hyper.local.adapter.caffeine;

import java.time.Duration;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * A cached value with the lifetime it was written with.
 *
 * @param lifetime nanoseconds from the write until it is gone: {@code ttl + 1 ns}, so that an entry
 *     is live at exactly {@code written + ttl} and gone just after (§5.5: it expires when {@code
 *     now > written + ttl}); {@link Long#MAX_VALUE} for no ttl
 */
record Stored(ObjectNode value, long lifetime) {
  static Stored of(ObjectNode value, Optional<Duration> ttl) {
    return new Stored(value, ttl.map(Stored::lifetime).orElse(Long.MAX_VALUE));
  }

  private static long lifetime(Duration ttl) {
    long nanos = ttl.isNegative() ? 0 : saturatedNanos(ttl);
    return nanos == Long.MAX_VALUE ? nanos : nanos + 1;
  }

  private static long saturatedNanos(Duration ttl) {
    try {
      return ttl.toNanos();
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE;
    }
  }
}
