package io.hyper.local.adapter.queue;

import io.hyper.local.core.ServerFaults;
import io.hyper.local.core.queue.Backoff;
import io.hyper.local.core.queue.JobRecord;
import io.hyper.local.core.queue.JobStatus;
import io.hyper.local.core.queue.QueueSettings;
import io.hyper.local.port.QueuePort;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The queue engine: a {@link QueueStore} in SQLite and a {@link QueueDispatcher} that delivers its
 * jobs. Opening it resumes delivery of every {@code READY} job (at-least-once across restarts).
 */
public final class SqliteQueue implements QueuePort {
  private static final System.Logger LOG = System.getLogger(SqliteQueue.class.getName());

  private final QueueStore store;
  private final QueueDispatcher dispatcher;

  private SqliteQueue(QueueStore store, QueueDispatcher dispatcher) {
    this.store = store;
    this.dispatcher = dispatcher;
  }

  /**
   * Opens the queue engine and resumes delivery.
   *
   * @param file the database file, or empty for an in-memory database
   * @param clock the time of enqueueing, signatures and retry due times
   * @param backoff attempts per job and the wait before the first retry
   * @param timeout the most one delivery may take, connecting included
   * @throws IllegalStateException when the database cannot be opened
   */
  public static SqliteQueue open(
      Optional<Path> file, Clock clock, Backoff backoff, Duration timeout) {
    QueueStore store;
    try {
      store = QueueStore.open(file, clock);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot open queue database " + file.orElse(null), e);
    }
    QueueDispatcher dispatcher = new QueueDispatcher(store, clock, backoff, timeout);
    SqliteQueue queue = new SqliteQueue(store, dispatcher);
    try {
      dispatcher.resume();
    } catch (SQLException e) {
      queue.close();
      throw new IllegalStateException("cannot resume queue delivery", e);
    }
    return queue;
  }

  @Override
  public void create(String queue, QueueSettings settings) {
    run(() -> store.create(queue, settings));
  }

  @Override
  public void destroy(String queue) {
    run(() -> store.destroy(queue));
    dispatcher.forget(queue);
  }

  @Override
  public List<String> names() {
    return call(store::names);
  }

  @Override
  public String enqueue(String queue, String json) {
    String id = call(() -> store.enqueue(queue, json));
    dispatcher.wake(queue);
    return id;
  }

  @Override
  public List<JobRecord> list(String queue, JobStatus status) {
    return call(() -> store.list(queue, status));
  }

  @Override
  public void cancel(String queue, String id) {
    run(() -> store.cancel(queue, id));
  }

  @Override
  public QueueSettings settings(String queue) {
    return call(() -> store.settings(queue));
  }

  @Override
  public List<JobAttempts> jobs(String queue, JobStatus status) {
    return call(() -> store.jobs(queue, status));
  }

  /** Caps the database so the next larger write fails with {@code SQLITE_FULL} (tests). */
  void limitPages(long spare) {
    run(() -> store.limitPages(spare));
  }

  /** Stops delivery, then closes the database. */
  @Override
  public void close() {
    dispatcher.close();
    try {
      store.close();
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "could not close the queue database", e);
    }
  }

  @FunctionalInterface
  private interface SqlCall<T> {
    T call() throws SQLException;
  }

  @FunctionalInterface
  private interface SqlRun {
    void run() throws SQLException;
  }

  private static <T> T call(SqlCall<T> call) {
    try {
      return call.call();
    } catch (SQLException e) {
      throw ServerFaults.diskFullOr(
          "queue write", e, new IllegalStateException("queue database failed", e));
    }
  }

  private static void run(SqlRun run) {
    call(
        () -> {
          run.run();
          return null;
        });
  }
}
