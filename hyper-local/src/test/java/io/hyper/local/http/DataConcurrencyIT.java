package io.hyper.local.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.local.HyperLocal;
import io.hyper.local.Service;
import io.hyper.local.TestHttp;
import io.hyper.local.TestHttp.Reply;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * 32 clients mixing writes and reads on one database over HTTP: every request succeeds (no {@code
 * SQLITE_BUSY} or other error reaches a client), each client reads its own writes, and no write is
 * lost. Run on a data directory (WAL, a writer and reader connections) and in memory.
 */
class DataConcurrencyIT {
  private static final int CLIENTS = 32;
  private static final int ROUNDS = 20;

  @TempDir Path dir;

  @ParameterizedTest(name = "on disk: {0}")
  @ValueSource(booleans = {true, false})
  void thirtyTwoClientsLoseNoWriteAndSeeNoError(boolean onDisk) throws Exception {
    HyperLocal.Builder builder = HyperLocal.builder().services(Service.DATA);
    if (onDisk) {
      builder.dataDir(dir);
    }
    try (HyperLocal hyper = builder.start()) {
      TestHttp http = new TestHttp(hyper.url());
      assertThat(http.put("/data/load", "").status()).isEqualTo(201);
      Queue<String> failures = new ConcurrentLinkedQueue<>();
      CountDownLatch go = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
      try {
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
          int client = c;
          clients.add(pool.submit(() -> run(http, client, go, failures)));
        }
        go.countDown();
        for (Future<?> f : clients) {
          f.get();
        }
      } finally {
        pool.shutdownNow();
      }
      assertThat(failures).isEmpty();
      Reply all = http.get("/data/load");
      Set<String> ids = new HashSet<>();
      for (JsonNode doc : all.json().get("docs")) {
        ids.add(doc.get("_id").stringValue());
        int round = Integer.parseInt(doc.get("_id").stringValue().split("-")[1]);
        assertThat(doc.get("v").intValue()).isEqualTo(round % 3 == 0 ? 2 : 1);
      }
      assertThat(ids).hasSize(CLIENTS * ROUNDS);
    }
  }

  private static void run(TestHttp http, int client, CountDownLatch go, Queue<String> failures) {
    try {
      go.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    for (int round = 0; round < ROUNDS; round++) {
      String id = client + "-" + round;
      String doc = "{\"_id\":\"" + id + "\",\"client\":" + client + ",\"v\":1}";
      expect(failures, http.post("/data/load", doc), 201, "add " + id);
      if (round % 3 == 0) {
        String replaced = "{\"client\":" + client + ",\"v\":2}";
        expect(failures, http.put("/data/load/" + id, replaced), 200, "update " + id);
      }
      Reply read = http.get("/data/load/" + id, "X-HYPER-LEGACY-GET", "false");
      expect(failures, read, 200, "get " + id);
      if (read.status() == 200
          && read.json().get("doc").get("v").intValue() != (round % 3 == 0 ? 2 : 1)) {
        failures.add("get " + id + " read a stale document: " + read.text());
      }
      if (round % 4 == 3) {
        Reply mine =
            http.post(
                "/data/load/_query", "{\"selector\":{\"client\":" + client + "},\"limit\":100}");
        expect(failures, mine, 200, "query " + client);
        if (mine.status() == 200 && mine.json().get("docs").size() != round + 1) {
          failures.add(
              "query " + client + " saw " + mine.json().get("docs").size() + " of " + (round + 1));
        }
      }
    }
  }

  private static void expect(Queue<String> failures, Reply reply, int status, String what) {
    if (reply.status() != status) {
      failures.add(what + ": " + reply.status() + " " + reply.text());
    }
  }
}
