package io.hyper.local.adapter.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyper.local.contract.JobStorePortContract;
import io.hyper.local.core.HyperError;
import io.hyper.local.core.ServerFaults;
import io.hyper.local.core.queue.JobRecord;
import io.hyper.local.core.queue.JobStatus;
import io.hyper.local.core.queue.QueueSettings;
import io.hyper.local.port.JobStorePort;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded job store: the port's contract, and what a file on one server adds. */
class SqliteJobStoreTest extends JobStorePortContract {
  private static final QueueSettings TO =
      new QueueSettings(URI.create("http://127.0.0.1:9/"), Optional.empty());

  @TempDir Path dir;

  @Override
  protected JobStorePort open() {
    return SqliteJobStore.open(Optional.empty());
  }

  @Test
  void reopeningTheFileReleasesTheLeasesOfTheServerThatDied() {
    Path file = dir.resolve("queue.db");
    try (SqliteJobStore first = SqliteJobStore.open(Optional.of(file))) {
      first.createQueue("q", TO);
      first.enqueue("q", "held", "{}", "2026-01-01T00:00:00.000Z");
      first.claimFresh("q", Instant.now(), Instant.now().plusSeconds(3600)).orElseThrow();
    }
    try (SqliteJobStore second = SqliteJobStore.open(Optional.of(file))) {
      assertThat(second.dueRetries(Instant.now(), 10)).containsExactly("held");
      assertThat(second.claimRetry("held", Instant.now(), Instant.now()).orElseThrow().attempt())
          .isEqualTo(2);
    }
  }

  @Test
  void aFileOfAnEarlierVersionGainsLeasesAndKeepsItsJobs() throws Exception {
    Path file = dir.resolve("queue.db");
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = db.createStatement()) {
      s.execute("CREATE TABLE queues (name TEXT PRIMARY KEY, target TEXT NOT NULL, secret TEXT)");
      s.execute(
          "CREATE TABLE jobs (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE,"
              + " queue TEXT NOT NULL REFERENCES queues(name) ON DELETE CASCADE,"
              + " body TEXT NOT NULL, status TEXT NOT NULL, created TEXT NOT NULL,"
              + " attempts INTEGER NOT NULL DEFAULT 0, next_attempt INTEGER,"
              + " error_status INTEGER, error_msg TEXT)");
      s.execute("INSERT INTO queues VALUES ('q', 'http://127.0.0.1:9/', NULL)");
      s.execute(
          "INSERT INTO jobs (id, queue, body, status, created, attempts)"
              + " VALUES ('old', 'q', '{}', 'READY', '2025-01-01T00:00:00.000Z', 1)");
    }
    try (SqliteJobStore store = SqliteJobStore.open(Optional.of(file))) {
      assertThat(store.list("q", JobStatus.READY).orElseThrow())
          .extracting(JobRecord::id)
          .containsExactly("old");
      assertThat(store.dueRetries(Instant.now(), 10)).containsExactly("old");
    }
  }

  @Test
  void aFullQueueDatabaseIs507AndKeepsItsJobs() {
    try (SqliteJobStore queue = SqliteJobStore.open(Optional.of(dir.resolve("queue.db")))) {
      queue.createQueue("q", TO);
      queue.enqueue("q", "first", "{\"n\":1}", "2026-01-01T00:00:00.000Z");
      queue.enqueue("q", "second", "{\"n\":2}", "2026-01-01T00:00:00.000Z");
      queue.limitPages(2);
      String big = "{\"blob\":\"" + "x".repeat(64 * 1024) + "\"}";
      assertThatThrownBy(() -> queue.enqueue("q", "big", big, "2026-01-01T00:00:00.000Z"))
          .isInstanceOfSatisfying(
              HyperError.class,
              e -> {
                assertThat(e.status()).isEqualTo(507);
                assertThat(e.msg()).isEqualTo(ServerFaults.DISK_FULL);
              });
      assertThat(queue.list("q", JobStatus.READY).orElseThrow().stream().map(JobRecord::id))
          .as("the queue is readable and holds exactly the acknowledged jobs")
          .containsExactly("first", "second");

      queue.limitPages(Long.MAX_VALUE);
      queue.enqueue("q", "third", big, "2026-01-01T00:00:00.000Z");
      assertThat(queue.list("q", JobStatus.READY).orElseThrow().stream().map(JobRecord::id))
          .containsExactly("first", "second", "third");
    }
  }
}
