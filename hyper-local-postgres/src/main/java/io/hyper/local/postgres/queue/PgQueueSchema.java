package io.hyper.local.postgres.queue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The queue's two tables in the pool's schema, created if missing: {@code queue_settings} and
 * {@code queue_jobs}. Instances that start together create them under one advisory lock, because
 * concurrent {@code CREATE … IF NOT EXISTS} of one table can fail in PostgreSQL.
 *
 * <p>A job's {@code seq} comes from an identity sequence: a job enqueued after another's enqueue
 * returned has a larger one, on whichever instance, so {@code seq} is the queue's FIFO order. Times
 * ({@code next_attempt}, {@code lease_until}) are the callers' instants in epoch milliseconds.
 * {@code attempts} counts claims; a first delivery in flight is {@code attempts = 1} with a lease.
 */
final class PgQueueSchema {
  private static final String[] DDL = {
    """
    CREATE TABLE IF NOT EXISTS queue_settings (
      name text PRIMARY KEY,
      target text NOT NULL,
      secret text)""",
    """
    CREATE TABLE IF NOT EXISTS queue_jobs (
      seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      id text NOT NULL UNIQUE,
      queue text NOT NULL REFERENCES queue_settings(name) ON DELETE CASCADE,
      body text NOT NULL,
      status text NOT NULL CHECK (status IN ('READY', 'ERROR')),
      created text NOT NULL,
      attempts integer NOT NULL DEFAULT 0,
      next_attempt bigint,
      lease_until bigint,
      error_status integer,
      error_msg text)""",
    "CREATE INDEX IF NOT EXISTS queue_jobs_listing ON queue_jobs (queue, status, seq)",
    "CREATE INDEX IF NOT EXISTS queue_jobs_fresh ON queue_jobs (queue, seq)"
        + " WHERE status = 'READY' AND attempts = 0",
    "CREATE INDEX IF NOT EXISTS queue_jobs_first_in_flight ON queue_jobs (queue, lease_until)"
        + " WHERE status = 'READY' AND attempts = 1",
    "CREATE INDEX IF NOT EXISTS queue_jobs_tried ON queue_jobs (seq)"
        + " WHERE status = 'READY' AND attempts > 0",
  };

  private PgQueueSchema() {}

  /** Creates what is missing, in one transaction under a lock on this schema's queue tables. */
  static void create(Connection db) throws SQLException {
    db.setAutoCommit(false);
    try (Statement s = db.createStatement()) {
      s.execute("SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.hyper-queue'))");
      for (String ddl : DDL) {
        s.execute(ddl);
      }
      db.commit();
    } catch (SQLException e) {
      db.rollback();
      throw e;
    }
  }
}
