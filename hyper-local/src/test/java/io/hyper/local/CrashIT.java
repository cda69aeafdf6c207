package io.hyper.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hyper.local.core.Json;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * hyper-local killed with {@code kill -9} while it acknowledges writes, then restarted on the same
 * directory: every acknowledged document, object and job is there, every job is delivered, none
 * twice, and no upload staging file is left.
 *
 * <p>What is promised about jobs, exactly: the queue target holds the first delivery without
 * answering until the kill, so a queue's jobs wait behind it (one first delivery at a time) and
 * none is acknowledged by the target before the crash. After the restart the target answers 200,
 * and every acknowledged job arrives exactly once; the job that was in flight at the kill is one of
 * them, sent again, as any at-least-once queue must (its first copy was never answered).
 */
class CrashIT {
  private static final int WRITERS = 4;
  private static final int MIN_DOCS = 120;
  private static final int MIN_JOBS = 30;
  private static final int MIN_OBJECTS = 15;

  @TempDir Path dir;

  private final Set<String> docs = ConcurrentHashMap.newKeySet();
  private final Set<String> jobs = ConcurrentHashMap.newKeySet();
  private final Map<String, String> objects = new ConcurrentHashMap<>();
  private final AtomicBoolean stop = new AtomicBoolean();

  @Test
  void killNineDuringAcknowledgedWritesLosesNothingAndDeliversEveryJobOnce() throws Exception {
    try (TestTarget target = TestTarget.start().hang()) {
      ChildServer first = ChildServer.start("--port", "0", "--dir", dir.toString());
      CountDownLatch upload = new CountDownLatch(1);
      List<Thread> threads = new ArrayList<>();
      try {
        TestHttp http = new TestHttp(first.url());
        assertThat(http.put("/data/crash", "").status()).isEqualTo(201);
        assertThat(http.put("/storage/files", "").status()).isEqualTo(201);
        assertThat(http.put("/queue/jobs", "{\"target\":\"" + target.url() + "\"}").status())
            .isEqualTo(201);

        // A second server on the same directory, in another process, refuses to start.
        ChildServer.Finished second = ChildServer.run("--port", "0", "--dir", dir.toString());
        assertThat(second.status()).as(second.output()).isEqualTo(1);
        assertThat(second.output())
            .contains("data directory " + dir.toAbsolutePath())
            .contains("in use by another hyper-local (process " + first.pid() + ")");

        for (int t = 0; t < WRITERS; t++) {
          threads.add(writer("w" + t, id -> addDoc(http, id)));
        }
        threads.add(writer("job", n -> enqueue(http, n)));
        threads.add(writer("obj", n -> upload(http, n)));
        threads.forEach(Thread::start);
        slowUpload(first.url(), upload);

        await()
            .atMost(Duration.ofSeconds(60))
            .until(
                () ->
                    docs.size() >= MIN_DOCS
                        && jobs.size() >= MIN_JOBS
                        && objects.size() >= MIN_OBJECTS
                        && stagingFiles().findAny().isPresent());
        first.kill();
      } finally {
        stop.set(true);
        upload.countDown();
        for (Thread thread : threads) {
          thread.join(30_000);
        }
      }
      int heldBeforeTheKill = target.received().size();
      assertThat(heldBeforeTheKill).as("one first delivery at a time, held").isLessThanOrEqualTo(1);
      target.answering(200, "{\"ok\":true}").release();

      try (ChildServer restarted = ChildServer.start("--port", "0", "--dir", dir.toString())) {
        TestHttp http = new TestHttp(restarted.url());
        assertThat(stagingFiles()).as("staging files of the cut-off uploads").isEmpty();

        Set<String> stored = listedIds(http.get("/data/crash").json());
        assertThat(docs).as("acknowledged documents lost").isSubsetOf(stored);

        for (Map.Entry<String, String> object : objects.entrySet()) {
          TestHttp.Reply download = http.get("/storage/files/" + object.getKey());
          assertThat(download.status()).isEqualTo(200);
          assertThat(download.text()).isEqualTo(object.getValue());
        }

        await()
            .atMost(Duration.ofSeconds(60))
            .until(() -> http.get("/queue/jobs?status=READY").json().get("jobs").isEmpty());
        Map<String, Long> afterRestart =
            target.received().subList(heldBeforeTheKill, target.received().size()).stream()
                .collect(
                    Collectors.groupingBy(
                        r -> Json.MAPPER.readTree(r.text()).get("n").stringValue(),
                        HashMap::new,
                        Collectors.counting()));
        assertThat(afterRestart.keySet()).as("acknowledged jobs lost").containsAll(jobs);
        assertThat(afterRestart.values()).as("jobs delivered twice").allMatch(count -> count == 1);
        assertThat(http.get("/queue/jobs?status=ERROR").json().get("jobs")).isEmpty();
      }
    }
  }

  /** A thread that calls {@code write} with 0, 1, 2, … until stopped or the server is gone. */
  private Thread writer(String name, Function<String, Boolean> write) {
    Thread thread =
        new Thread(
            () -> {
              for (int i = 0; !stop.get(); i++) {
                try {
                  write.apply(name + "-" + i);
                } catch (RuntimeException e) {
                  return; // killed: this write was never acknowledged
                }
              }
            },
            "crash-" + name);
    thread.setDaemon(true);
    return thread;
  }

  private boolean addDoc(TestHttp http, String id) {
    boolean ok =
        http.post("/data/crash", "{\"_id\":\"" + id + "\",\"n\":\"" + id + "\"}").status() == 201;
    if (ok) {
      docs.add(id);
    }
    return ok;
  }

  private boolean enqueue(TestHttp http, String n) {
    boolean ok = http.post("/queue/jobs", "{\"n\":\"" + n + "\"}").status() == 201;
    if (ok) {
      jobs.add(n);
    }
    return ok;
  }

  private boolean upload(TestHttp http, String n) {
    String content = (n + "\n").repeat(2_000);
    boolean ok =
        http.send(
                    "POST",
                    "/storage/files/" + n + ".txt",
                    BodyPublishers.ofString(content),
                    "Content-Type",
                    "text/plain")
                .status()
            == 201;
    if (ok) {
      objects.put(n + ".txt", content);
    }
    return ok;
  }

  /** Starts an upload that sends 64 KiB of its 1 MiB and then waits for {@code go}. */
  private static void slowUpload(String url, CountDownLatch go) {
    InputStream body =
        new InputStream() {
          private int sent;

          @Override
          public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            if (sent >= 64 * 1024) {
              try {
                go.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              throw new IOException("the test cut this upload off");
            }
            int n = Math.min(len, 64 * 1024 - sent);
            java.util.Arrays.fill(b, off, off + n, (byte) 'x');
            sent += n;
            return n;
          }
        };
    HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .build()
        .sendAsync(
            HttpRequest.newBuilder(URI.create(url + "/storage/files/slow.bin"))
                .header("Content-Type", "application/octet-stream")
                .POST(
                    BodyPublishers.fromPublisher(BodyPublishers.ofInputStream(() -> body), 1 << 20))
                .build(),
            HttpResponse.BodyHandlers.discarding());
  }

  private Stream<Path> stagingFiles() throws IOException {
    try (Stream<Path> files = Files.list(dir.resolve("storage/files"))) {
      return files
          .filter(p -> p.getFileName().toString().startsWith(".hyper-upload-"))
          .toList()
          .stream();
    }
  }

  private static Set<String> listedIds(JsonNode list) {
    Set<String> ids = new java.util.HashSet<>();
    list.get("docs").forEach(doc -> ids.add(doc.get("_id").stringValue()));
    return ids;
  }
}
