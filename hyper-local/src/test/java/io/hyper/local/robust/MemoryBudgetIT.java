package io.hyper.local.robust;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.local.TestHttp;
import io.hyper.local.TestHttp.Reply;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Six concurrent 10 MiB {@code _bulk} requests against a server JVM with a small heap: the JDK
 * layer let five of them fail with {@code OutOfMemoryError} and dropped the clients unanswered. Now
 * each is answered 201 or 503 (the body budget is full, retry), the server lives on, and every
 * acknowledged bulk is stored whole.
 */
class MemoryBudgetIT {
  private static final int CLIENTS = 6;
  private static final int DOCS = 41_000;
  private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");

  @Test
  void concurrentLargeBulksAreStoredOrRefused503AndTheServerLives() throws Exception {
    Process server = startServer();
    try {
      TestHttp http = new TestHttp(awaitUrl(server), Duration.ofMinutes(5));
      assertThat(http.put("/data/big", "").status()).isEqualTo(201);
      assertThat(http.post("/data/big", Served.DOC).status()).isEqualTo(201);

      List<CompletableFuture<Reply>> replies = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        byte[] body = bulk(c);
        assertThat(body.length).isBetween(9 * 1024 * 1024, 10 * 1024 * 1024);
        replies.add(
            CompletableFuture.supplyAsync(
                () -> http.send("POST", "/data/big/_bulk", BodyPublishers.ofByteArray(body))));
      }
      List<Reply> answered = new ArrayList<>();
      for (CompletableFuture<Reply> reply : replies) {
        answered.add(reply.get(5, TimeUnit.MINUTES));
      }
      // Read back only once every bulk is answered: a read queued behind the other bulks' writes
      // may itself be refused 503 (the read budget), which is load shedding, not a lost write.
      int stored = 0;
      for (int c = 0; c < CLIENTS; c++) {
        Reply reply = answered.get(c);
        assertThat(reply.status()).as(reply.text()).isIn(201, 503);
        assertThat(reply.json().get("ok").isBoolean()).isTrue();
        if (reply.status() == 201) {
          stored++;
          assertThat(reply.json().get("results").size()).isEqualTo(DOCS);
          for (int i : new int[] {0, DOCS / 2, DOCS - 1}) {
            Reply doc = http.get("/data/big/" + id(c, i));
            assertThat(doc.status()).isEqualTo(200);
            assertThat(doc.json().get("i").asInt()).isEqualTo(i);
          }
        }
      }
      assertThat(stored).as("at least one bulk got through").isPositive();
      assertThat(server.isAlive()).isTrue();
      Reply keep = http.get("/data/big/keep");
      assertThat(keep.status()).isEqualTo(200);
      assertThat(keep.json().get("title").asString()).isEqualTo("intact");
    } finally {
      server.destroy();
      if (!server.waitFor(30, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    }
  }

  private static String id(int client, int i) {
    return "c" + client + "-" + i;
  }

  /** About 9.5 MiB: {@link #DOCS} documents of some 240 bytes each. */
  private static byte[] bulk(int client) {
    String filler = "x".repeat(200);
    StringBuilder json = new StringBuilder(10 * 1024 * 1024).append('[');
    for (int i = 0; i < DOCS; i++) {
      if (i > 0) {
        json.append(',');
      }
      json.append("{\"_id\":\"")
          .append(id(client, i))
          .append("\",\"i\":")
          .append(i)
          .append(",\"t\":\"")
          .append(filler)
          .append("\"}");
    }
    return json.append(']').toString().getBytes(StandardCharsets.UTF_8);
  }

  private static Process startServer() throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-Xmx256m",
            "-cp",
            System.getProperty("java.class.path"),
            "io.hyper.local.Main",
            "--port",
            "0",
            "--memory")
        .redirectErrorStream(true)
        .start();
  }

  /** Reads the server's output until it prints its URL, then keeps draining it. */
  private static String awaitUrl(Process server) throws IOException {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    for (String line; (line = out.readLine()) != null; ) {
      seen.append(line).append('\n');
      Matcher m = LISTENING.matcher(line);
      if (m.find()) {
        Thread drain =
            new Thread(
                () -> {
                  try {
                    for (String more; (more = out.readLine()) != null; ) {
                      System.out.println("server: " + more);
                    }
                  } catch (IOException e) {
                    // the server is gone
                  }
                });
        drain.setDaemon(true);
        drain.start();
        return m.group(1);
      }
    }
    throw new AssertionError("server exited before listening:\n" + seen);
  }
}
