package io.hyper.local.adapter.sqlite;

import io.hyper.local.port.Scoped;
import java.util.function.Supplier;

/**
 * Raised inside {@link SqliteDataStore} when a call names a database that does not exist (never
 * created, or destroyed while the call ran), to leave a transaction or a read at once; {@link
 * #scoped} turns it into the port's {@link Scoped#missing()} outcome before it leaves the adapter.
 */
final class NoDatabase extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The one instance: an outcome, not a fault, so it carries no stack trace. */
  static final NoDatabase INSTANCE = new NoDatabase();

  private NoDatabase() {
    super("database does not exist", null, false, false);
  }

  /** Runs {@code call}: its value, or missing when it named a database that does not exist. */
  static <T> Scoped<T> scoped(Supplier<T> call) {
    try {
      return Scoped.of(call.get());
    } catch (NoDatabase e) {
      return Scoped.missing();
    }
  }
}
