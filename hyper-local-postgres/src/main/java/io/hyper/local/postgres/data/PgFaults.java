package io.hyper.local.postgres.data;

import io.hyper.local.core.HyperError;
import io.hyper.local.core.ServerFaults;
import java.lang.System.Logger.Level;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Turns PostgreSQL's failures into what a client may see, never with the driver's text: 503 when
 * the server cannot be reached or sheds load (a lost or terminated connection, no free connection
 * in time, too many clients, a serialization failure or deadlock the client may retry), 507 when
 * its disk is full, 422 when a value exceeds one of its limits (an indexed value beyond a B-tree
 * entry), 500 otherwise. The cause is logged at WARNING for the operator.
 */
final class PgFaults {
  /** The message of every 503 this engine answers. */
  static final String UNAVAILABLE =
      "service unavailable: the data engine (PostgreSQL) cannot be reached or is busy; try again";

  /** The message of a write PostgreSQL's limits refuse (422). */
  static final String TOO_LARGE =
      "a value is too large for the data engine: PostgreSQL indexes hold about 2,700 bytes per"
          + " indexed value (_index); nothing was changed";

  private static final System.Logger LOG = System.getLogger(PgFaults.class.getName());

  private PgFaults() {}

  /** The error for a failure while {@code doing} (a few words without user input). */
  static HyperError of(String doing, SQLException e) {
    String state = state(e);
    if (e instanceof SQLTransientConnectionException || unavailable(state)) {
      LOG.log(Level.WARNING, "data engine unavailable: " + doing, e);
      return new HyperError(503, UNAVAILABLE);
    }
    if ("54000".equals(state)) {
      // A value of an indexed field beyond a B-tree entry's ~2,700 bytes: the client's data, so a
      // 4xx; the transaction rolled back.
      LOG.log(Level.DEBUG, "program limit exceeded: " + doing, e);
      return new HyperError(422, TOO_LARGE);
    }
    if ("53100".equals(state)) {
      LOG.log(Level.WARNING, "disk full: " + doing, e);
      return HyperError.insufficientStorage(ServerFaults.DISK_FULL);
    }
    LOG.log(Level.WARNING, "data engine failure: " + doing, e);
    return HyperError.internal("internal error: the server could not " + doing);
  }

  /** The SQLState of {@code e} or of the first exception in its chain that has one. */
  static String state(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        return sql.getSQLState();
      }
    }
    return "";
  }

  /** The relation is gone: a database destroyed, by this instance or another, during the call. */
  static boolean undefinedTable(SQLException e) {
    return "42P01".equals(state(e));
  }

  /** The statement ran past its time budget ({@code statement_timeout}). */
  static boolean cancelled(SQLException e) {
    return "57014".equals(state(e));
  }

  private static boolean unavailable(String state) {
    return state.startsWith("08") // connection exceptions, I/O errors included
        || state.equals("57P01") // admin_shutdown: pg_terminate_backend, fast shutdown
        || state.equals("57P02") // crash_shutdown
        || state.equals("57P03") // cannot_connect_now: starting up or shutting down
        || state.equals("53300") // too_many_connections
        || state.equals("53200") // out_of_memory
        || state.equals("40001") // serialization_failure
        || state.equals("40P01") // deadlock_detected
        || state.equals("55P03"); // lock_not_available
  }
}
