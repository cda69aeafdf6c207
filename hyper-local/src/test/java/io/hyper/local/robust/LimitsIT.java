package io.hyper.local.robust;

import static io.hyper.local.robust.Served.PROMPTLY;
import static io.hyper.local.robust.Served.assertJsonError;
import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.local.robust.RawExchange.Answer;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Oversize request lines and headers get hyper's JSON 414 or 431 (the JDK server reset the
 * connection), and the server goes on serving.
 */
class LimitsIT {
  private static final int MIB = 1024 * 1024;

  private static Served served;

  @BeforeAll
  static void start() {
    served = Served.start();
  }

  @AfterAll
  static void stop() {
    served.close();
  }

  @AfterEach
  void serverStillServes() {
    served.assertStillServing();
  }

  private static Answer send(String request) throws IOException {
    return RawExchange.send(served.port(), request, PROMPTLY);
  }

  @Test
  void oneMebibyteHeaderIs431Json() throws IOException {
    assertJsonError(
        send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "a".repeat(MIB) + "\r\n\r\n"), 431);
  }

  @Test
  void manySmallHeadersPastTheLimitAre431Json() throws IOException {
    StringBuilder headers = new StringBuilder();
    for (int i = 0; i < 5_000; i++) {
      headers.append("X-H").append(i).append(": ").append("v".repeat(20)).append("\r\n");
    }
    assertJsonError(send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers + "\r\n"), 431);
  }

  @Test
  void oneMebibyteIdInTheUrlIs414Json() throws IOException {
    assertJsonError(
        send("GET /data/robust/" + "i".repeat(MIB) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"), 414);
  }

  @Test
  void queryStringOfOnePointTwoMegabytesIs414Json() throws IOException {
    assertJsonError(
        send(
            "GET /data/robust?keys="
                + "k,".repeat(600_000)
                + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"),
        414);
  }

  @Test
  void anObjectNameTooLongForTheFileSystemIsAnsweredWithoutAServerPath() throws IOException {
    served.http.put("/storage/limits", "");
    Answer answer =
        send(
            "POST /storage/limits/"
                + "n".repeat(300)
                + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/octet-stream\r\n"
                + "Content-Length: 1\r\nConnection: close\r\n\r\nx");
    assertThat(answer.status()).as(answer.text()).isBetween(400, 599);
    assertJsonError(answer, answer.status());
    assertThat(answer.text()).doesNotContain("n".repeat(300)).doesNotContain("storage/");
  }

  @Test
  void anIdJustUnderTheLimitIsServed() throws IOException {
    String id = "i".repeat(30_000);
    Answer answer =
        send(
            "GET /data/robust/" + id + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    assertJsonError(answer, 404);
  }
}
