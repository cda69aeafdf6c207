package io.hyper.local.postgres.queue;

import static io.hyper.local.postgres.queue.PgCalls.bind;

import io.hyper.local.core.Json;
import io.hyper.local.core.queue.DeliveryError;
import io.hyper.local.core.queue.JobRecord;
import io.hyper.local.core.queue.JobStatus;
import io.hyper.local.core.queue.QueueSettings;
import io.hyper.local.port.JobStorePort;
import io.hyper.local.postgres.PgPool;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Queues and jobs in PostgreSQL, shared by every hyper-local instance given the same URL: each
 * reads and writes the tables directly and caches nothing, so a queue created, a job enqueued or
 * cancelled on one instance is seen by the next call on any other.
 *
 * <p>Claims are {@link PgClaims}. Times are the callers' instants: leases written by one instance
 * are judged by another's clock, which is sound while the instances' clocks agree to well within
 * the margin by which {@code Delivery}'s leases outlast the delivery timeout. A job's body is kept
 * as {@code text}, so its target receives the exact bytes enqueued.
 */
public final class PgJobStore implements JobStorePort {
  private static final String JOBS =
      """
      SELECT id, body, created, error_status, error_msg, attempts FROM queue_jobs
      WHERE queue = ? AND status = ? ORDER BY seq""";

  private final PgPool pool;
  private final PgCalls calls;
  private final PgClaims claims;

  private PgJobStore(PgPool pool) {
    this.pool = pool;
    this.calls = new PgCalls(pool.dataSource());
    this.claims = new PgClaims(calls);
  }

  /**
   * A store on {@code pool}, with its tables created if missing; it closes the pool on {@link
   * #close()}, or at once when the tables cannot be made.
   *
   * @throws io.hyper.local.core.HyperError 503 when PostgreSQL cannot be reached
   */
  public static PgJobStore open(PgPool pool) {
    PgJobStore store = new PgJobStore(pool);
    try {
      store.calls.autocommit(
          "queue schema",
          db -> {
            PgQueueSchema.create(db);
            return null;
          });
      return store;
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }

  @Override
  public boolean createQueue(String queue, QueueSettings settings) {
    return calls.autocommit(
        "queue create",
        db ->
            PgClaims.update(
                    db,
                    "INSERT INTO queue_settings (name, target, secret) VALUES (?, ?, ?)"
                        + " ON CONFLICT (name) DO NOTHING",
                    queue,
                    settings.target().toString(),
                    settings.secret().orElse(null))
                > 0);
  }

  @Override
  public boolean destroyQueue(String queue) {
    return calls.autocommit(
        "queue destroy",
        db -> PgClaims.update(db, "DELETE FROM queue_settings WHERE name = ?", queue) > 0);
  }

  @Override
  public List<String> queues() {
    return calls.autocommit(
        "queue list",
        db -> {
          List<String> names = new ArrayList<>();
          // Byte order, as Java sorts these ASCII names; a locale's collation would not.
          try (PreparedStatement s =
                  db.prepareStatement(
                      "SELECT name FROM queue_settings ORDER BY name COLLATE \"C\"");
              ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              names.add(rs.getString(1));
            }
          }
          return names;
        });
  }

  @Override
  public boolean enqueue(String queue, String id, String body, String created) {
    return calls.autocommit(
        "queue write",
        db -> {
          try {
            return PgClaims.update(
                    db,
                    "INSERT INTO queue_jobs (id, queue, body, status, created)"
                        + " SELECT ?, name, ?, 'READY', ? FROM queue_settings WHERE name = ?",
                    id,
                    body,
                    created,
                    queue)
                > 0;
          } catch (SQLException e) {
            if ("23503".equals(e.getSQLState())) {
              // The queue was destroyed by another instance between the select and the insert.
              return false;
            }
            throw e;
          }
        });
  }

  @Override
  public Optional<List<JobRecord>> list(String queue, JobStatus status) {
    return jobs(queue, status).map(jobs -> jobs.stream().map(JobAttempts::job).toList());
  }

  @Override
  public Optional<List<JobAttempts>> jobs(String queue, JobStatus status) {
    return calls.autocommit(
        "queue read",
        db -> {
          if (!exists(db, queue)) {
            return Optional.empty();
          }
          List<JobAttempts> jobs = new ArrayList<>();
          try (PreparedStatement s = bind(db.prepareStatement(JOBS), queue, status.name());
              ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              JobRecord job =
                  new JobRecord(
                      rs.getString(1),
                      Json.MAPPER.readTree(rs.getString(2)),
                      status,
                      queue,
                      rs.getString(3),
                      error(rs));
              jobs.add(new JobAttempts(job, rs.getInt(6)));
            }
          }
          return Optional.of(jobs);
        });
  }

  private static Optional<DeliveryError> error(ResultSet rs) throws SQLException {
    String msg = rs.getString(5);
    if (msg == null) {
      return Optional.empty();
    }
    int code = rs.getInt(4);
    return Optional.of(
        new DeliveryError(rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(code), msg));
  }

  @Override
  public Optional<QueueSettings> settings(String queue) {
    return calls.autocommit(
        "queue read",
        db -> {
          try (PreparedStatement s =
                  bind(
                      db.prepareStatement(
                          "SELECT target, secret FROM queue_settings WHERE name = ?"),
                      queue);
              ResultSet rs = s.executeQuery()) {
            return rs.next()
                ? Optional.of(PgClaims.settings(rs, 1))
                : Optional.<QueueSettings>empty();
          }
        });
  }

  @Override
  public CancelOutcome cancel(String queue, String id) {
    return calls.autocommit(
        "queue cancel",
        db -> {
          try (PreparedStatement s =
                  bind(
                      db.prepareStatement(
                          "WITH d AS (DELETE FROM queue_jobs WHERE queue = ? AND id = ?"
                              + " RETURNING 1) SELECT EXISTS (SELECT 1 FROM queue_settings WHERE name = ?),"
                              + " EXISTS (SELECT 1 FROM d)"),
                      queue,
                      id,
                      queue);
              ResultSet rs = s.executeQuery()) {
            rs.next();
            if (rs.getBoolean(2)) {
              return CancelOutcome.CANCELLED;
            }
            return rs.getBoolean(1) ? CancelOutcome.NO_JOB : CancelOutcome.NO_QUEUE;
          }
        });
  }

  @Override
  public Optional<Claim> claimFresh(String queue, Instant now, Instant leaseUntil) {
    return claims.claimFresh(queue, now, leaseUntil);
  }

  @Override
  public Optional<Claim> claimRetry(String id, Instant now, Instant leaseUntil) {
    return claims.claimRetry(id, now, leaseUntil);
  }

  @Override
  public List<String> dueRetries(Instant now, int max) {
    return claims.dueRetries(now, max);
  }

  @Override
  public boolean ack(Claim claim) {
    return claims.ack(claim);
  }

  @Override
  public boolean retryAt(Claim claim, Instant due, DeliveryError error) {
    return claims.retryAt(claim, due, error);
  }

  @Override
  public boolean fail(Claim claim, DeliveryError error) {
    return claims.fail(claim, error);
  }

  private static boolean exists(java.sql.Connection db, String queue) throws SQLException {
    try (PreparedStatement s =
            bind(db.prepareStatement("SELECT 1 FROM queue_settings WHERE name = ?"), queue);
        ResultSet rs = s.executeQuery()) {
      return rs.next();
    }
  }

  /** Closes the pool's connections; the tables and their jobs stay. */
  @Override
  public void close() {
    pool.close();
  }
}
