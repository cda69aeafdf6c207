package io.hyper.local.postgres.queue;

import io.hyper.local.core.HyperError;
import io.hyper.local.core.ServerFaults;
import java.lang.System.Logger.Level;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * What a client sees when PostgreSQL fails: 503 when the server cannot be reached or is shedding
 * load (the client retries, as after any 503), 507 when its disk is full, otherwise a plain failure
 * that the HTTP layer answers 500. The driver's text goes to the log, never to the client.
 */
final class PgFaults {
  /** The message of every 503 for an unreachable or overloaded queue database. */
  static final String UNAVAILABLE = "queue engine unavailable, retry later";

  private static final System.Logger LOG = System.getLogger(PgFaults.class.getName());

  /**
   * SQLSTATEs after which the same request may well succeed: the server is shutting down or was
   * told to end the session (57P01-57P03), has too many connections (53300) or too little memory
   * (53200), or gave up on a lock, a deadlock or a serialisation conflict (55P03, 40P01, 40001).
   */
  private static final Set<String> TRANSIENT =
      Set.of("57P01", "57P02", "57P03", "53300", "53200", "55P03", "40P01", "40001");

  private static final String DISK_FULL = "53100";

  private PgFaults() {}

  /** True when {@code e} says the connection failed or the server turned it away for now. */
  static boolean transientFailure(SQLException e) {
    if (e instanceof SQLTransientConnectionException || e instanceof SQLRecoverableException) {
      return true;
    }
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.startsWith("08") || TRANSIENT.contains(state)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The exception to throw for {@code e}, raised while {@code doing} (a few fixed words). */
  static RuntimeException of(String doing, SQLException e) {
    if (transientFailure(e)) {
      LOG.log(Level.WARNING, "queue database unavailable: " + doing, e);
      return new HyperError(503, UNAVAILABLE);
    }
    if (DISK_FULL.equals(e.getSQLState())) {
      LOG.log(Level.WARNING, "queue database disk full: " + doing, e);
      return HyperError.insufficientStorage(ServerFaults.DISK_FULL);
    }
    return new IllegalStateException("queue database failed: " + doing, e);
  }
}
