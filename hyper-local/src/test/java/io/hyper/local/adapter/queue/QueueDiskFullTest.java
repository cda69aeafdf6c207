package io.hyper.local.adapter.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyper.local.TestTarget;
import io.hyper.local.core.HyperError;
import io.hyper.local.core.ServerFaults;
import io.hyper.local.core.queue.Backoff;
import io.hyper.local.core.queue.JobRecord;
import io.hyper.local.core.queue.JobStatus;
import io.hyper.local.core.queue.QueueSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Enqueueing when SQLite answers {@code SQLITE_FULL} (a real one, by {@code max_page_count}). */
class QueueDiskFullTest {
  @TempDir Path dir;

  @Test
  void aFullQueueDatabaseIs507AndKeepsItsJobs() throws IOException {
    try (TestTarget target = TestTarget.start().hang();
        SqliteQueue queue =
            SqliteQueue.open(
                Optional.of(dir.resolve("queue.db")),
                Clock.systemUTC(),
                new Backoff(3, Duration.ofHours(1)),
                Duration.ofSeconds(30))) {
      queue.create("q", new QueueSettings(target.url(), Optional.empty()));
      String first = queue.enqueue("q", "{\"n\":1}");
      String second = queue.enqueue("q", "{\"n\":2}");
      queue.limitPages(2);
      String big = "{\"blob\":\"" + "x".repeat(64 * 1024) + "\"}";
      assertThatThrownBy(() -> queue.enqueue("q", big))
          .isInstanceOfSatisfying(
              HyperError.class,
              e -> {
                assertThat(e.status()).isEqualTo(507);
                assertThat(e.msg()).isEqualTo(ServerFaults.DISK_FULL);
              });
      assertThat(queue.list("q", JobStatus.READY).stream().map(JobRecord::id))
          .as("the queue is readable and holds exactly the acknowledged jobs")
          .containsExactly(first, second);

      queue.limitPages(Long.MAX_VALUE);
      String third = queue.enqueue("q", big);
      assertThat(queue.list("q", JobStatus.READY).stream().map(JobRecord::id))
          .containsExactly(first, second, third);
    }
  }
}
