package io.hyper.local.robust;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.local.HyperLocal;
import io.hyper.local.TestHttp.Reply;
import io.hyper.local.robust.RawExchange.Answer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Slow clients cannot starve the server. The JDK server read headers on its pool threads: 257
 * connections dribbling headers froze it. Jetty parses headers as they arrive without holding a
 * thread, and closes a connection that sends nothing for the read timeout.
 */
class SlowClientIT {
  private static final int SLOW_CLIENTS = 400;

  @Test
  void hundredsOfClientsDribblingHeadersDoNotDelayOthers() throws Exception {
    try (Served served = Served.start()) {
      List<Socket> slow = new ArrayList<>();
      AtomicBoolean dribbling = new AtomicBoolean(true);
      Thread dribbler = null;
      try {
        for (int i = 0; i < SLOW_CLIENTS; i++) {
          Socket socket = new Socket(InetAddress.getLoopbackAddress(), served.port());
          socket
              .getOutputStream()
              .write(
                  "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ".getBytes(StandardCharsets.UTF_8));
          slow.add(socket);
        }
        dribbler = new Thread(() -> dribble(slow, dribbling), "dribbler");
        dribbler.start();
        for (int i = 0; i < 20; i++) {
          long started = System.nanoTime();
          served.assertStillServing();
          Reply root = served.http.get("/");
          assertThat(root.status()).isEqualTo(200);
          // About a millisecond when idle; the bound is for a loaded CI machine.
          assertThat(Duration.ofNanos(System.nanoTime() - started))
              .isLessThan(Duration.ofSeconds(5));
        }
      } finally {
        dribbling.set(false);
        if (dribbler != null) {
          dribbler.join(10_000);
        }
        for (Socket socket : slow) {
          socket.close();
        }
      }
    }
  }

  @Test
  void aClientThatStopsSendingHeadersIsClosedAfterTheReadTimeout() throws Exception {
    try (Served served = new Served(HyperLocal.builder().readTimeout(Duration.ofSeconds(1)))) {
      long started = System.nanoTime();
      Answer answer =
          RawExchange.send(
              served.port(),
              "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Half: ",
              Duration.ofSeconds(20));
      assertThat(answer.timedOut()).as("closed by the server").isFalse();
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));
      if (answer.status() != -1) {
        Served.assertJsonError(answer, answer.status());
      }
      served.assertStillServing();
    }
  }

  @Test
  void aClientThatStopsSendingItsBodyIsCutOffAndNothingIsStored() throws Exception {
    try (Served served = new Served(HyperLocal.builder().readTimeout(Duration.ofSeconds(1)))) {
      String part = "{\"_id\":\"half\",\"t\":\"";
      Answer answer =
          RawExchange.send(
              served.port(),
              "POST /data/robust HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                  + "Content-Length: 1000\r\n\r\n"
                  + part,
              Duration.ofSeconds(20));
      assertThat(answer.timedOut()).as("answered or closed by the server").isFalse();
      if (answer.status() != -1) {
        Served.assertJsonError(answer, answer.status());
        assertThat(answer.status()).isBetween(400, 499);
      }
      assertThat(served.http.get("/data/robust/half").status()).isEqualTo(404);
      served.assertStillServing();
    }
  }

  /** One byte to each slow connection in turn, every 200 ms, until told to stop. */
  private static void dribble(List<Socket> sockets, AtomicBoolean going) {
    while (going.get()) {
      for (Socket socket : sockets) {
        try {
          OutputStream out = socket.getOutputStream();
          out.write('x');
          out.flush();
        } catch (IOException e) {
          // closed by the server: fine
        }
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
