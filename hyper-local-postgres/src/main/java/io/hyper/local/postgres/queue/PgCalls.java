package io.hyper.local.postgres.queue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;

/**
 * Runs statements on the pool: each call on one connection, in autocommit or in one transaction,
 * with every {@link SQLException} turned into what a client may see ({@link PgFaults}).
 */
final class PgCalls {
  /** Pauses before the second and third try of an outcome: past Hikari's 500 ms alive-check. */
  private static final long[] OUTCOME_PAUSES_MS = {0, 600, 1500};

  /** Work on one connection. */
  @FunctionalInterface
  interface Work<T> {
    /** Runs the work. */
    T run(Connection db) throws SQLException;
  }

  private final DataSource pool;

  PgCalls(DataSource pool) {
    this.pool = pool;
  }

  /** Runs {@code work} in autocommit: each statement is its own transaction. */
  <T> T autocommit(String doing, Work<T> work) {
    try (Connection db = pool.getConnection()) {
      return work.run(db);
    } catch (SQLException e) {
      throw PgFaults.of(doing, e);
    }
  }

  /**
   * Runs {@code work} in one READ COMMITTED transaction, committed when it returns (the pool puts
   * the connection back in autocommit).
   */
  <T> T transaction(String doing, Work<T> work) {
    try (Connection db = pool.getConnection()) {
      db.setAutoCommit(false);
      try {
        T result = work.run(db);
        db.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        rollback(db, e);
        throw e;
      }
    } catch (SQLException e) {
      throw PgFaults.of(doing, e);
    }
  }

  /**
   * Records a delivery's outcome, trying up to three times when the connection fails: nobody
   * retries an outcome lost here, and a lost ack would mean a second delivery a lease later. Every
   * outcome statement can run twice: the second run of an ack or a fail that went through changes
   * nothing, a second retry-at writes the same values.
   */
  <T> T outcome(String doing, Work<T> work) {
    SQLException last = null;
    for (long pause : OUTCOME_PAUSES_MS) {
      if (pause > 0) {
        LockSupport.parkNanos(pause * 1_000_000);
      }
      try (Connection db = pool.getConnection()) {
        return work.run(db);
      } catch (SQLException e) {
        if (!PgFaults.transientFailure(e)) {
          throw PgFaults.of(doing, e);
        }
        last = e;
      }
    }
    throw PgFaults.of(doing, last);
  }

  private static void rollback(Connection db, Exception cause) {
    try {
      db.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  /** Sets positional parameters; null is SQL NULL of the column's type. */
  static PreparedStatement bind(PreparedStatement s, Object... params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      s.setObject(i + 1, params[i]);
    }
    return s;
  }
}
