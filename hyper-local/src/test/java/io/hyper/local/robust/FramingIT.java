package io.hyper.local.robust;

import static io.hyper.local.robust.Served.PROMPTLY;
import static io.hyper.local.robust.Served.assertJsonError;
import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.local.robust.RawExchange.Answer;
import java.io.IOException;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Malformed HTTP: each message no well-behaved client sends is answered promptly with hyper's JSON
 * error (the JDK server wrote HTML, or hung), and the server goes on serving with its data intact.
 */
class FramingIT {
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

  @ParameterizedTest
  @ValueSource(strings = {"/data/fz/%", "/data/fz/%zz", "/data/fz?%zz=1", "/cache/c/k?ttl=%"})
  void badPercentEncodingIs400Json(String target) throws IOException {
    assertJsonError(send("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"), 400);
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "abc", "1 2", "99999999999999999999999"})
  void malformedContentLengthIs400Json(String length) throws IOException {
    assertJsonError(
        send(
            "POST /data/robust HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: "
                + length
                + "\r\n\r\n{}"),
        400);
  }

  @Test
  void twoDifferentContentLengthsAre400Json() throws IOException {
    assertJsonError(
        send(
            "POST /data/robust HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2\r\n"
                + "Content-Length: 3\r\n\r\n{}"),
        400);
  }

  @Test
  void emptyHeaderNameIs400Json() throws IOException {
    assertJsonError(send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n: empty\r\n\r\n"), 400);
  }

  @Test
  void headerWithoutColonIs400Json() throws IOException {
    assertJsonError(send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nno colon here\r\n\r\n"), 400);
  }

  @Test
  void http09RequestLineIsAnsweredWithJson() throws IOException {
    Answer answer = send("GET /\r\n\r\n");
    assertThat(answer.status()).isEqualTo(400);
    assertJsonError(answer, answer.status());
  }

  @Test
  void unknownHttpVersionIsAnsweredWithJson() throws IOException {
    Answer answer = send("GET / HTTP/7.3\r\nHost: 127.0.0.1\r\n\r\n");
    assertJsonError(answer, answer.status());
    assertThat(answer.status()).isEqualTo(400);
  }

  @Test
  void twoTransferEncodingHeadersAre400Json() throws IOException {
    Answer answer =
        send(
            "POST /data/robust HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n");
    assertJsonError(answer, 400);
  }

  @Test
  void unsupportedTransferEncodingIsAnsweredWithJson() throws IOException {
    Answer answer =
        send("POST /data/robust HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: gzip\r\n\r\n{}");
    assertThat(answer.status()).isEqualTo(400);
    assertJsonError(answer, answer.status());
  }

  @Test
  void contentLengthWithTransferEncodingIs400Json() throws IOException {
    assertJsonError(
        send(
            "POST /data/robust HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n"),
        400);
  }

  @Test
  void bareLineFeedsAreAnsweredPromptly() throws IOException {
    // RFC 9112 §2.2 lets a server take a bare LF as a line end; the JDK server hung on it.
    Answer answer = send("GET /data/robust/keep HTTP/1.1\nHost: 127.0.0.1\nConnection: close\n\n");
    assertThat(answer.timedOut()).isFalse();
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().get("title").asString()).isEqualTo("intact");
  }

  @Test
  void controlCharacterInTheTargetIs400Json() throws IOException {
    assertJsonError(send("GET /data/\u0001x HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"), 400);
  }

  @Test
  void missingHostIs400Json() throws IOException {
    assertJsonError(send("GET / HTTP/1.1\r\n\r\n"), 400);
  }

  @Test
  void badChunkSizeIs400Json() throws IOException {
    assertJsonError(
        send(
            "POST /data/robust HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n"
                + "\r\nzz\r\n{}\r\n0\r\n\r\n"),
        400);
  }

  @Test
  void tlsClientHelloOnThePlainPortIsAnsweredOrClosedPromptly() throws IOException {
    // The first bytes of a TLS 1.2 ClientHello record.
    byte[] hello =
        HexFormat.of()
            .parseHex(
                "16030100a5010000a103035f2c1d9b0c8a7e4f2a1b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e"
                    + "6f7000002ac02cc02bc030c02f009f009ec024c023c028c027c00ac009c014c013009d009c"
                    + "003d003c0035002f000a0100004e0000000e000c0000096c6f63616c686f7374");
    Answer answer = RawExchange.send(served.port(), hello, PROMPTLY);
    assertThat(answer.timedOut()).as("answered or closed promptly").isFalse();
    if (answer.status() != -1) {
      assertJsonError(answer, 400);
    }
  }
}
