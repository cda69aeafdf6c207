package io.hyper.local.adapter.queue;

import io.hyper.local.core.HyperError;
import io.hyper.local.core.Json;
import io.hyper.local.core.queue.DeliveryError;
import io.hyper.local.core.queue.JobRecord;
import io.hyper.local.core.queue.JobStatus;
import io.hyper.local.core.queue.QueueSettings;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * Queues and jobs in one SQLite database: {@code <dataDir>/queue.db} (WAL, synchronous commits) or
 * in memory.
 *
 * <p>A job is {@code READY} until it is delivered (deleted) or given up on ({@code ERROR}). Its
 * {@code attempts} count how many deliveries were started; a job with none is a <em>fresh</em> job,
 * which its queue delivers in FIFO order, one at a time; a job with some waits for its retry time.
 * One connection, every method synchronized: SQLite serialises writers anyway, and a queue's
 * traffic is small.
 */
final class QueueStore implements AutoCloseable {
  /** A job claimed for one delivery, with what is needed to send it. */
  record Delivery(
      String id, String queue, String body, int attempts, URI target, Optional<String> secret) {
    @Override
    public String toString() {
      return "Delivery[id=" + id + ", queue=" + queue + ", attempts=" + attempts + "]";
    }
  }

  /** A job waiting for a retry, and when it is due (epoch ms). */
  record PendingRetry(String id, long dueMillis) {}

  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private static final String SCHEMA =
      """
      CREATE TABLE IF NOT EXISTS queues (
        name TEXT PRIMARY KEY,
        target TEXT NOT NULL,
        secret TEXT);
      CREATE TABLE IF NOT EXISTS jobs (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        queue TEXT NOT NULL REFERENCES queues(name) ON DELETE CASCADE,
        body TEXT NOT NULL,
        status TEXT NOT NULL,
        created TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt INTEGER,
        error_status INTEGER,
        error_msg TEXT);
      CREATE INDEX IF NOT EXISTS jobs_by_queue ON jobs(queue, status, attempts, seq);
      """;

  private final Connection db;
  private final Clock clock;

  private QueueStore(Connection db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /**
   * Opens the store in {@code file}, or in memory when empty.
   *
   * @throws SQLException when the database cannot be opened
   */
  static QueueStore open(Optional<Path> file, Clock clock) throws SQLException {
    String url = file.map(f -> "jdbc:sqlite:" + f.toAbsolutePath()).orElse("jdbc:sqlite::memory:");
    Connection db = DriverManager.getConnection(url);
    try (Statement s = db.createStatement()) {
      if (file.isPresent()) {
        s.execute("PRAGMA journal_mode=WAL");
        s.execute("PRAGMA synchronous=FULL");
      }
      s.execute("PRAGMA foreign_keys=ON");
      s.execute("PRAGMA busy_timeout=5000");
      for (String ddl : SCHEMA.split(";")) {
        if (!ddl.isBlank()) {
          s.execute(ddl);
        }
      }
    } catch (SQLException e) {
      db.close();
      throw e;
    }
    return new QueueStore(db, clock);
  }

  synchronized void create(String queue, QueueSettings settings) throws SQLException {
    if (exists(queue)) {
      throw HyperError.conflict("queue already exists");
    }
    try (PreparedStatement s = db.prepareStatement("INSERT INTO queues VALUES (?, ?, ?)")) {
      s.setString(1, queue);
      s.setString(2, settings.target().toString());
      s.setString(3, settings.secret().orElse(null));
      s.executeUpdate();
    }
  }

  synchronized void destroy(String queue) throws SQLException {
    requireQueue(queue);
    try (PreparedStatement s = db.prepareStatement("DELETE FROM queues WHERE name = ?")) {
      s.setString(1, queue);
      s.executeUpdate();
    }
  }

  synchronized List<String> names() throws SQLException {
    List<String> names = new ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("SELECT name FROM queues ORDER BY name")) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    return names;
  }

  synchronized String enqueue(String queue, String body) throws SQLException {
    requireQueue(queue);
    String id = UUID.randomUUID().toString();
    try (PreparedStatement s =
        db.prepareStatement(
            "INSERT INTO jobs (id, queue, body, status, created) VALUES (?, ?, ?, 'READY', ?)")) {
      s.setString(1, id);
      s.setString(2, queue);
      s.setString(3, body);
      s.setString(4, TIMESTAMP.format(clock.instant()));
      s.executeUpdate();
    }
    return id;
  }

  synchronized List<JobRecord> list(String queue, JobStatus status) throws SQLException {
    requireQueue(queue);
    List<JobRecord> jobs = new ArrayList<>();
    try (PreparedStatement s =
        db.prepareStatement(
            "SELECT id, body, created, error_status, error_msg FROM jobs"
                + " WHERE queue = ? AND status = ? ORDER BY seq")) {
      s.setString(1, queue);
      s.setString(2, status.name());
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          Optional<DeliveryError> error = Optional.empty();
          if (rs.getString(5) != null) {
            int code = rs.getInt(4);
            OptionalInt httpStatus = rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(code);
            error = Optional.of(new DeliveryError(httpStatus, rs.getString(5)));
          }
          jobs.add(
              new JobRecord(
                  rs.getString(1),
                  Json.MAPPER.readTree(rs.getString(2)),
                  status,
                  queue,
                  rs.getString(3),
                  error));
        }
      }
    }
    return jobs;
  }

  synchronized void cancel(String queue, String id) throws SQLException {
    requireQueue(queue);
    try (PreparedStatement s = db.prepareStatement("DELETE FROM jobs WHERE queue = ? AND id = ?")) {
      s.setString(1, queue);
      s.setString(2, id);
      if (s.executeUpdate() == 0) {
        throw HyperError.notFound("job not found");
      }
    }
  }

  /** The target and secret of a queue. */
  synchronized QueueSettings settings(String queue) throws SQLException {
    try (PreparedStatement s =
        db.prepareStatement("SELECT target, secret FROM queues WHERE name = ?")) {
      s.setString(1, queue);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          throw HyperError.notFound("queue not found");
        }
        return new QueueSettings(URI.create(rs.getString(1)), Optional.ofNullable(rs.getString(2)));
      }
    }
  }

  /** {@link #list}, with each job's delivery attempts, read in the same lock. */
  synchronized List<io.hyper.local.port.QueuePort.JobAttempts> jobs(String queue, JobStatus status)
      throws SQLException {
    List<JobRecord> records = list(queue, status);
    java.util.Map<String, Integer> attempts = new java.util.HashMap<>();
    try (PreparedStatement s =
        db.prepareStatement("SELECT id, attempts FROM jobs WHERE queue = ? AND status = ?")) {
      s.setString(1, queue);
      s.setString(2, status.name());
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          attempts.put(rs.getString(1), rs.getInt(2));
        }
      }
    }
    return records.stream()
        .map(
            r -> new io.hyper.local.port.QueuePort.JobAttempts(r, attempts.getOrDefault(r.id(), 0)))
        .toList();
  }

  /** Claims the oldest fresh job of {@code queue} for its first delivery, if there is one. */
  synchronized Optional<Delivery> claimFresh(String queue) throws SQLException {
    return claim(
        "SELECT j.id FROM jobs j WHERE j.queue = ? AND j.status = 'READY' AND j.attempts = 0"
            + " ORDER BY j.seq LIMIT 1",
        queue);
  }

  /** Claims a job for a retry, if it still exists and is still {@code READY}. */
  synchronized Optional<Delivery> claimRetry(String id) throws SQLException {
    return claim(
        "SELECT j.id FROM jobs j WHERE j.id = ? AND j.status = 'READY' AND j.attempts > 0", id);
  }

  private Optional<Delivery> claim(String select, String arg) throws SQLException {
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
    try (PreparedStatement s =
        db.prepareStatement(
            "UPDATE jobs SET attempts = attempts + 1, next_attempt = NULL WHERE id = ?")) {
      s.setString(1, id);
      s.executeUpdate();
    }
    try (PreparedStatement s =
        db.prepareStatement(
            "SELECT j.id, j.queue, j.body, j.attempts, q.target, q.secret"
                + " FROM jobs j JOIN queues q ON q.name = j.queue WHERE j.id = ?")) {
      s.setString(1, id);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return Optional.of(
            new Delivery(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getInt(4),
                URI.create(rs.getString(5)),
                Optional.ofNullable(rs.getString(6))));
      }
    }
  }

  /** Deletes a delivered job; a job cancelled meanwhile is simply not there. */
  synchronized void delivered(String id) throws SQLException {
    try (PreparedStatement s = db.prepareStatement("DELETE FROM jobs WHERE id = ?")) {
      s.setString(1, id);
      s.executeUpdate();
    }
  }

  /**
   * Records a failed attempt of a job that will be retried at {@code dueMillis}.
   *
   * @return false when the job is gone (cancelled, or its queue destroyed, meanwhile)
   */
  synchronized boolean retryLater(String id, long dueMillis, DeliveryError error)
      throws SQLException {
    return update(
        "UPDATE jobs SET next_attempt = ?, error_status = ?, error_msg = ? WHERE id = ?",
        id,
        dueMillis,
        error);
  }

  /** Marks a job {@code ERROR} after its last failed attempt. */
  synchronized void failed(String id, DeliveryError error) throws SQLException {
    update(
        "UPDATE jobs SET status = 'ERROR', next_attempt = ?, error_status = ?, error_msg = ?"
            + " WHERE id = ?",
        id,
        null,
        error);
  }

  private boolean update(String sql, String id, Long next, DeliveryError error)
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
      s.setString(4, id);
      return s.executeUpdate() > 0;
    }
  }

  /**
   * Jobs that have been tried and wait for another attempt; after a restart this includes jobs
   * whose delivery was cut short, due at once.
   */
  synchronized List<PendingRetry> pendingRetries() throws SQLException {
    List<PendingRetry> pending = new ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT id, next_attempt FROM jobs WHERE status = 'READY' AND attempts > 0"
                    + " ORDER BY seq")) {
      while (rs.next()) {
        long due = rs.getLong(2);
        pending.add(new PendingRetry(rs.getString(1), rs.wasNull() ? 0 : due));
      }
    }
    return pending;
  }

  private boolean exists(String queue) throws SQLException {
    try (PreparedStatement s = db.prepareStatement("SELECT 1 FROM queues WHERE name = ?")) {
      s.setString(1, queue);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next();
      }
    }
  }

  private void requireQueue(String queue) throws SQLException {
    if (!exists(queue)) {
      throw HyperError.notFound("queue not found");
    }
  }

  /**
   * Caps the database at its current size plus {@code spare} pages ({@code PRAGMA max_page_count}),
   * so that the next larger write fails with a real {@code SQLITE_FULL}, as on a full disk; {@code
   * Long.MAX_VALUE} lifts the cap. For tests of the disk-full path.
   */
  synchronized void limitPages(long spare) throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet pages = s.executeQuery("PRAGMA page_count")) {
      pages.next();
      long max = spare == Long.MAX_VALUE ? 1_073_741_823L : pages.getLong(1) + spare;
      s.execute("PRAGMA max_page_count = " + max);
    }
  }

  /** Closes the connection; further calls fail. */
  @Override
  public synchronized void close() throws SQLException {
    db.close();
  }
}
