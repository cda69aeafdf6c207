package io.hyper.local.adapter.queue;

import io.hyper.local.core.queue.DeliveryError;
import io.hyper.local.core.queue.QueueSettings;
import io.hyper.local.port.JobStorePort.Claim;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The claim and lease statements of {@link SqliteJobStore}: claiming a job with a lease, and the
 * outcomes of a delivery (ack, retry at a time, fail), each guarded by the attempt it claimed so
 * that a stale claim changes nothing. Not thread-safe: the store calls it while holding its lock.
 */
final class JobLeases {
  private final Connection db;

  JobLeases(Connection db) {
    this.db = db;
  }

  /**
   * Claims the oldest never-tried ready job of {@code queue}, unless a first delivery of it is in
   * flight at {@code now}.
   */
  Optional<Claim> claimFresh(String queue, Instant now, Instant leaseUntil) throws SQLException {
    try (PreparedStatement s =
        db.prepareStatement(
            "SELECT 1 FROM jobs WHERE queue = ? AND status = 'READY' AND attempts = 1"
                + " AND lease_until > ? LIMIT 1")) {
      s.setString(1, queue);
      s.setLong(2, now.toEpochMilli());
      try (ResultSet rs = s.executeQuery()) {
        if (rs.next()) {
          return Optional.empty();
        }
      }
    }
    return claim(
        "SELECT id FROM jobs WHERE queue = ? AND status = 'READY' AND attempts = 0"
            + " ORDER BY seq LIMIT 1",
        queue,
        leaseUntil);
  }

  /** Claims job {@code id} for a retry, unless another claim's lease still runs. */
  Optional<Claim> claimRetry(String id, Instant now, Instant leaseUntil) throws SQLException {
    return claim(
        "SELECT id FROM jobs WHERE id = ? AND status = 'READY' AND attempts > 0"
            + " AND (lease_until IS NULL OR lease_until <= "
            + now.toEpochMilli()
            + ")",
        id,
        leaseUntil);
  }

  /** The ids of at most {@code max} ready jobs whose retry is due and whose lease has run out. */
  List<String> dueRetries(Instant now, int max) throws SQLException {
    List<String> due = new ArrayList<>();
    try (PreparedStatement s =
        db.prepareStatement(
            "SELECT id FROM jobs WHERE status = 'READY' AND attempts > 0"
                + " AND (next_attempt IS NULL OR next_attempt <= ?)"
                + " AND (lease_until IS NULL OR lease_until <= ?) ORDER BY seq LIMIT ?")) {
      s.setLong(1, now.toEpochMilli());
      s.setLong(2, now.toEpochMilli());
      s.setInt(3, max);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          due.add(rs.getString(1));
        }
      }
    }
    return due;
  }

  /** Deletes a delivered job; false when the claim is stale. */
  boolean ack(Claim claim) throws SQLException {
    return update(db, "DELETE FROM jobs WHERE id = ? AND attempts = ?", claim.id(), claim.attempt())
        > 0;
  }

  /** Releases the lease and schedules a retry at {@code due}; false when the claim is stale. */
  boolean retryAt(Claim claim, Instant due, DeliveryError error) throws SQLException {
    return outcome(
        "UPDATE jobs SET next_attempt = ?, lease_until = NULL, error_status = ?,"
            + " error_msg = ? WHERE id = ? AND attempts = ? AND status = 'READY'",
        claim,
        due.toEpochMilli(),
        error);
  }

  /** Marks the job failed for good; false when the claim is stale. */
  boolean fail(Claim claim, DeliveryError error) throws SQLException {
    return outcome(
        "UPDATE jobs SET status = 'ERROR', next_attempt = ?, lease_until = NULL,"
            + " error_status = ?, error_msg = ? WHERE id = ? AND attempts = ?"
            + " AND status = 'READY'",
        claim,
        null,
        error);
  }

  /** Runs one statement with positional {@code params}; the number of rows it changed. */
  static int update(Connection db, String sql, Object... params) throws SQLException {
    try (PreparedStatement s = db.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      return s.executeUpdate();
    }
  }

  /** The claim: a select of one id, then one update, in the same call under the store's lock. */
  private Optional<Claim> claim(String select, String arg, Instant leaseUntil) throws SQLException {
    String id;
    try (PreparedStatement s = db.prepareStatement(select)) {
      s.setString(1, arg);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        id = rs.getString(1);
      }
    }
    update(
        db,
        "UPDATE jobs SET attempts = attempts + 1, next_attempt = NULL, lease_until = ? WHERE id = ?",
        leaseUntil.toEpochMilli(),
        id);
    try (PreparedStatement s =
        db.prepareStatement(
            "SELECT j.id, j.queue, j.body, j.attempts, q.target, q.secret"
                + " FROM jobs j JOIN queues q ON q.name = j.queue WHERE j.id = ?")) {
      s.setString(1, id);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        QueueSettings settings =
            new QueueSettings(URI.create(rs.getString(5)), Optional.ofNullable(rs.getString(6)));
        return Optional.of(
            new Claim(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), settings));
      }
    }
  }

  private boolean outcome(String sql, Claim claim, Long next, DeliveryError error)
      throws SQLException {
    try (PreparedStatement s = db.prepareStatement(sql)) {
      if (next == null) {
        s.setNull(1, Types.INTEGER);
      } else {
        s.setLong(1, next);
      }
      if (error.status().isPresent()) {
        s.setInt(2, error.status().getAsInt());
      } else {
        s.setNull(2, Types.INTEGER);
      }
      s.setString(3, error.msg());
      s.setString(4, claim.id());
      s.setInt(5, claim.attempt());
      return s.executeUpdate() > 0;
    }
  }
}
