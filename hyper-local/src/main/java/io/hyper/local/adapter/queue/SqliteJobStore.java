package io.hyper.local.adapter.queue;

import io.hyper.local.core.Json;
import io.hyper.local.core.ServerFaults;
import io.hyper.local.core.queue.DeliveryError;
import io.hyper.local.core.queue.JobRecord;
import io.hyper.local.core.queue.JobStatus;
import io.hyper.local.core.queue.QueueSettings;
import io.hyper.local.port.JobStorePort;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Queues and jobs in one SQLite database: {@code <dataDir>/queue.db} (WAL, synchronous commits) or
 * in memory.
 *
 * <p>One connection, every method synchronized: SQLite serialises writers anyway, and a queue's
 * traffic is small. The file belongs to one server (the data directory's lock), so every lease
 * found at {@link #open} was held by a process that died: they are released there, and the jobs
 * they held are due for a retry at once.
 */
public final class SqliteJobStore implements JobStorePort {
  private static final System.Logger LOG = System.getLogger(SqliteJobStore.class.getName());

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
  private final JobLeases leases;

  private SqliteJobStore(Connection db) {
    this.db = db;
    this.leases = new JobLeases(db);
  }

  /**
   * Opens the store in {@code file}, or in memory when empty, and releases the leases of a server
   * that died.
   *
   * @throws IllegalStateException when the database cannot be opened
   */
  public static SqliteJobStore open(Optional<Path> file) {
    String url = file.map(f -> "jdbc:sqlite:" + f.toAbsolutePath()).orElse("jdbc:sqlite::memory:");
    try {
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
        if (!hasColumn(db, "lease_until")) {
          // Files of earlier versions: a claim then lasted until the process ended.
          s.execute("ALTER TABLE jobs ADD COLUMN lease_until INTEGER");
        }
        s.execute("UPDATE jobs SET lease_until = NULL WHERE lease_until IS NOT NULL");
      } catch (SQLException e) {
        db.close();
        throw e;
      }
      return new SqliteJobStore(db);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot open queue database " + file.orElse(null), e);
    }
  }

  private static boolean hasColumn(Connection db, String column) throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA table_info(jobs)")) {
      while (rs.next()) {
        if (column.equals(rs.getString("name"))) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public synchronized boolean createQueue(String queue, QueueSettings settings) {
    return call(
        () -> {
          try (PreparedStatement s =
              db.prepareStatement("INSERT OR IGNORE INTO queues VALUES (?, ?, ?)")) {
            s.setString(1, queue);
            s.setString(2, settings.target().toString());
            s.setString(3, settings.secret().orElse(null));
            return s.executeUpdate() > 0;
          }
        });
  }

  @Override
  public synchronized boolean destroyQueue(String queue) {
    return call(() -> JobLeases.update(db, "DELETE FROM queues WHERE name = ?", queue) > 0);
  }

  @Override
  public synchronized List<String> queues() {
    return call(
        () -> {
          List<String> names = new ArrayList<>();
          try (Statement s = db.createStatement();
              ResultSet rs = s.executeQuery("SELECT name FROM queues ORDER BY name")) {
            while (rs.next()) {
              names.add(rs.getString(1));
            }
          }
          return names;
        });
  }

  @Override
  public synchronized boolean enqueue(String queue, String id, String body, String created) {
    return call(
        () -> {
          if (!exists(queue)) {
            return false;
          }
          JobLeases.update(
              db,
              "INSERT INTO jobs (id, queue, body, status, created) VALUES (?, ?, ?, 'READY', ?)",
              id,
              queue,
              body,
              created);
          return true;
        });
  }

  @Override
  public Optional<List<JobRecord>> list(String queue, JobStatus status) {
    return jobs(queue, status).map(jobs -> jobs.stream().map(JobAttempts::job).toList());
  }

  @Override
  public synchronized Optional<List<JobAttempts>> jobs(String queue, JobStatus status) {
    return call(
        () -> {
          if (!exists(queue)) {
            return Optional.empty();
          }
          List<JobAttempts> jobs = new ArrayList<>();
          try (PreparedStatement s =
              db.prepareStatement(
                  "SELECT id, body, created, error_status, error_msg, attempts FROM jobs"
                      + " WHERE queue = ? AND status = ? ORDER BY seq")) {
            s.setString(1, queue);
            s.setString(2, status.name());
            try (ResultSet rs = s.executeQuery()) {
              while (rs.next()) {
                JobRecord job =
                    new JobRecord(
                        rs.getString(1),
                        Json.MAPPER.readTree(rs.getString(2)),
                        status,
                        queue,
                        rs.getString(3),
                        error(rs, 4));
                jobs.add(new JobAttempts(job, rs.getInt(6)));
              }
            }
          }
          return Optional.of(jobs);
        });
  }

  @Override
  public synchronized Optional<QueueSettings> settings(String queue) {
    return call(
        () -> {
          try (PreparedStatement s =
              db.prepareStatement("SELECT target, secret FROM queues WHERE name = ?")) {
            s.setString(1, queue);
            try (ResultSet rs = s.executeQuery()) {
              return rs.next()
                  ? Optional.of(
                      new QueueSettings(
                          URI.create(rs.getString(1)), Optional.ofNullable(rs.getString(2))))
                  : Optional.<QueueSettings>empty();
            }
          }
        });
  }

  private static Optional<DeliveryError> error(ResultSet rs, int column) throws SQLException {
    if (rs.getString(column + 1) == null) {
      return Optional.empty();
    }
    int code = rs.getInt(column);
    OptionalInt httpStatus = rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(code);
    return Optional.of(new DeliveryError(httpStatus, rs.getString(column + 1)));
  }

  @Override
  public synchronized CancelOutcome cancel(String queue, String id) {
    return call(
        () -> {
          if (!exists(queue)) {
            return CancelOutcome.NO_QUEUE;
          }
          return JobLeases.update(db, "DELETE FROM jobs WHERE queue = ? AND id = ?", queue, id) > 0
              ? CancelOutcome.CANCELLED
              : CancelOutcome.NO_JOB;
        });
  }

  @Override
  public synchronized Optional<Claim> claimFresh(String queue, Instant now, Instant leaseUntil) {
    return call(() -> leases.claimFresh(queue, now, leaseUntil));
  }

  @Override
  public synchronized Optional<Claim> claimRetry(String id, Instant now, Instant leaseUntil) {
    return call(() -> leases.claimRetry(id, now, leaseUntil));
  }

  @Override
  public synchronized List<String> dueRetries(Instant now, int max) {
    return call(() -> leases.dueRetries(now, max));
  }

  @Override
  public synchronized boolean ack(Claim claim) {
    return call(() -> leases.ack(claim));
  }

  @Override
  public synchronized boolean retryAt(Claim claim, Instant due, DeliveryError error) {
    return call(() -> leases.retryAt(claim, due, error));
  }

  @Override
  public synchronized boolean fail(Claim claim, DeliveryError error) {
    return call(() -> leases.fail(claim, error));
  }

  private boolean exists(String queue) throws SQLException {
    try (PreparedStatement s = db.prepareStatement("SELECT 1 FROM queues WHERE name = ?")) {
      s.setString(1, queue);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next();
      }
    }
  }

  /**
   * Caps the database at its current size plus {@code spare} pages ({@code PRAGMA max_page_count}),
   * so that the next larger write fails with a real {@code SQLITE_FULL}, as on a full disk; {@code
   * Long.MAX_VALUE} lifts the cap. For tests of the disk-full path.
   */
  synchronized void limitPages(long spare) {
    call(
        () -> {
          try (Statement s = db.createStatement();
              ResultSet pages = s.executeQuery("PRAGMA page_count")) {
            pages.next();
            long max = spare == Long.MAX_VALUE ? 1_073_741_823L : pages.getLong(1) + spare;
            s.execute("PRAGMA max_page_count = " + max);
          }
          return null;
        });
  }

  /** Closes the connection; further calls fail. */
  @Override
  public synchronized void close() {
    try {
      db.close();
    } catch (SQLException e) {
      LOG.log(System.Logger.Level.WARNING, "could not close the queue database", e);
    }
  }

  @FunctionalInterface
  private interface SqlCall<T> {
    T call() throws SQLException;
  }

  private static <T> T call(SqlCall<T> call) {
    try {
      return call.call();
    } catch (SQLException e) {
      throw ServerFaults.diskFullOr(
          "queue write", e, new IllegalStateException("queue database failed", e));
    }
  }
}
