package io.hyper.local.postgres.queue;

import static io.hyper.local.postgres.queue.PgCalls.bind;

import io.hyper.local.core.queue.DeliveryError;
import io.hyper.local.core.queue.QueueSettings;
import io.hyper.local.port.JobStorePort.Claim;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The claims and outcomes of {@link PgJobStore}, safe with any number of instances on one schema.
 *
 * <p>A fresh claim first locks its queue's row ({@code FOR NO KEY UPDATE}, which enqueues'
 * foreign-key checks do not wait for), so the fresh claims of one queue run one after another on
 * whichever instances: the next one sees every claim and outcome committed before it, and "no first
 * delivery of this queue in flight" and the claim of the oldest fresh job are one step. It waits
 * for the lock (a claim holds it for one commit) rather than skipping it: a claim skipped while the
 * holder still saw the previous delivery in flight would leave the queue idle until the next sweep.
 * Within it, and for retry claims, jobs are locked with {@code FOR UPDATE SKIP LOCKED} and their
 * lease rechecked, so each attempt goes to one claimer. Every outcome is guarded by the attempt it
 * claimed.
 */
final class PgClaims {
  private static final String LOCK_QUEUE =
      "SELECT target, secret FROM queue_settings WHERE name = ? FOR NO KEY UPDATE";

  /** How long a fresh claim waits for its queue; past it the claim is left for the next wake. */
  private static final String LOCK_TIMEOUT = "SET LOCAL lock_timeout = '5s'";

  private static final String LOCK_NOT_AVAILABLE = "55P03";

  private static final String CLAIM_FRESH =
      """
      UPDATE queue_jobs SET attempts = 1, next_attempt = NULL, lease_until = ?
      WHERE seq = (SELECT seq FROM queue_jobs
                   WHERE queue = ? AND status = 'READY' AND attempts = 0
                   ORDER BY seq LIMIT 1 FOR UPDATE SKIP LOCKED)
        AND NOT EXISTS (SELECT 1 FROM queue_jobs
                        WHERE queue = ? AND status = 'READY' AND attempts = 1
                          AND lease_until > ?)
      RETURNING id, body""";

  private static final String CLAIM_RETRY =
      """
      WITH c AS (
        UPDATE queue_jobs SET attempts = attempts + 1, next_attempt = NULL, lease_until = ?
        WHERE seq = (SELECT seq FROM queue_jobs
                     WHERE id = ? AND status = 'READY' AND attempts > 0
                       AND (lease_until IS NULL OR lease_until <= ?)
                     FOR UPDATE SKIP LOCKED)
        RETURNING id, queue, body, attempts)
      SELECT c.id, c.queue, c.body, c.attempts, q.target, q.secret
      FROM c JOIN queue_settings q ON q.name = c.queue""";

  private static final String DUE_RETRIES =
      """
      SELECT id FROM queue_jobs
      WHERE status = 'READY' AND attempts > 0
        AND (next_attempt IS NULL OR next_attempt <= ?)
        AND (lease_until IS NULL OR lease_until <= ?)
      ORDER BY seq LIMIT ?""";

  private final PgCalls calls;

  PgClaims(PgCalls calls) {
    this.calls = calls;
  }

  /** The oldest fresh job of {@code queue}, unless one of its first deliveries is in flight. */
  Optional<Claim> claimFresh(String queue, Instant now, Instant leaseUntil) {
    return calls.transaction(
        "queue claim",
        db -> {
          try (Statement s = db.createStatement()) {
            s.execute(LOCK_TIMEOUT);
          }
          QueueSettings settings;
          try (PreparedStatement s = bind(db.prepareStatement(LOCK_QUEUE), queue);
              ResultSet rs = s.executeQuery()) {
            if (!rs.next()) {
              return Optional.empty();
            }
            settings = settings(rs, 1);
          } catch (SQLException e) {
            if (!LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
              throw e;
            }
            // Another claimer held the queue for seconds: it is stuck, not us; try again later.
            db.rollback();
            return Optional.empty();
          }
          try (PreparedStatement s =
                  bind(
                      db.prepareStatement(CLAIM_FRESH),
                      leaseUntil.toEpochMilli(),
                      queue,
                      queue,
                      now.toEpochMilli());
              ResultSet rs = s.executeQuery()) {
            return rs.next()
                ? Optional.of(new Claim(rs.getString(1), queue, rs.getString(2), 1, settings))
                : Optional.<Claim>empty();
          }
        });
  }

  /** Job {@code id} for its next attempt, unless it is gone, failed or under a running lease. */
  Optional<Claim> claimRetry(String id, Instant now, Instant leaseUntil) {
    return calls.autocommit(
        "queue claim",
        db -> {
          try (PreparedStatement s =
                  bind(
                      db.prepareStatement(CLAIM_RETRY),
                      leaseUntil.toEpochMilli(),
                      id,
                      now.toEpochMilli());
              ResultSet rs = s.executeQuery()) {
            return rs.next()
                ? Optional.of(
                    new Claim(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getInt(4),
                        settings(rs, 5)))
                : Optional.<Claim>empty();
          }
        });
  }

  /** At most {@code max} tried ready jobs due at {@code now} and under no running lease. */
  List<String> dueRetries(Instant now, int max) {
    return calls.autocommit(
        "queue sweep",
        db -> {
          List<String> due = new ArrayList<>();
          try (PreparedStatement s =
                  bind(
                      db.prepareStatement(DUE_RETRIES),
                      now.toEpochMilli(),
                      now.toEpochMilli(),
                      max);
              ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              due.add(rs.getString(1));
            }
          }
          return due;
        });
  }

  /** Deletes the delivered job; false when the claim is stale or the job gone. */
  boolean ack(Claim claim) {
    return calls.outcome(
        "queue ack",
        db ->
            update(
                    db,
                    "DELETE FROM queue_jobs WHERE id = ? AND attempts = ?",
                    claim.id(),
                    claim.attempt())
                > 0);
  }

  /** Ends the lease and records the error; the job is due again at {@code due}. */
  boolean retryAt(Claim claim, Instant due, DeliveryError error) {
    return calls.outcome(
        "queue retry",
        db ->
            update(
                    db,
                    "UPDATE queue_jobs SET next_attempt = ?, lease_until = NULL, error_status = ?,"
                        + " error_msg = ? WHERE id = ? AND attempts = ? AND status = 'READY'",
                    due.toEpochMilli(),
                    status(error),
                    error.msg(),
                    claim.id(),
                    claim.attempt())
                > 0);
  }

  /** Marks the job {@code ERROR} with its last error, for good. */
  boolean fail(Claim claim, DeliveryError error) {
    return calls.outcome(
        "queue fail",
        db ->
            update(
                    db,
                    "UPDATE queue_jobs SET status = 'ERROR', next_attempt = NULL,"
                        + " lease_until = NULL, error_status = ?, error_msg = ?"
                        + " WHERE id = ? AND attempts = ? AND status = 'READY'",
                    status(error),
                    error.msg(),
                    claim.id(),
                    claim.attempt())
                > 0);
  }

  private static Integer status(DeliveryError error) {
    return error.status().isPresent() ? error.status().getAsInt() : null;
  }

  /** A queue's settings from the target and secret columns starting at {@code column}. */
  static QueueSettings settings(ResultSet rs, int column) throws SQLException {
    return new QueueSettings(
        URI.create(rs.getString(column)), Optional.ofNullable(rs.getString(column + 1)));
  }

  /** Runs one statement; the number of rows it changed. */
  static int update(Connection db, String sql, Object... params) throws SQLException {
    try (PreparedStatement s = bind(db.prepareStatement(sql), params)) {
      return s.executeUpdate();
    }
  }
}
