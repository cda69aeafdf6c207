package io.hyper.connect.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.connect.testing.FaultServer;
import io.hyper.connect.testing.FaultServer.Kind;
import io.hyper.connect.testing.FaultServer.Policy;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The JDK's own exceptions, produced by real faults on loopback, classified by {@link SendFailure}:
 * one test per kind of failure, so a JDK that words or types them differently fails here first.
 */
class SendFailureIT {
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofMillis(500))
          .build();
  private FaultServer server;

  @BeforeEach
  void start() {
    server = FaultServer.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** Sends a POST and returns its failure and whether its headers had arrived. */
  private Failure fail(String url, Duration timeout) {
    AtomicBoolean answered = new AtomicBoolean();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(timeout)
            .POST(HttpRequest.BodyPublishers.ofString("{}"))
            .build();
    try {
      client.send(
          request,
          info -> {
            answered.set(true);
            return HttpResponse.BodySubscribers.ofByteArray();
          });
    } catch (IOException e) {
      return new Failure(e, answered.get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
    throw new AssertionError("the request did not fail");
  }

  private record Failure(IOException exception, boolean answered) {
    SendFailure kind() {
      return SendFailure.of(exception, answered);
    }
  }

  private Failure under(Kind fault) {
    server.fallback(Policy.of(fault).after(Duration.ofSeconds(3)));
    return fail(server.url() + "/x", Duration.ofMillis(500));
  }

  @Test
  void aRefusedConnectionIsNotSent() {
    String url;
    try (FaultServer closed = FaultServer.start()) {
      url = closed.url();
    }
    Failure f = fail(url + "/x", Duration.ofSeconds(5));

    assertThat(f.exception()).isInstanceOf(java.net.ConnectException.class);
    assertThat(f.kind()).isEqualTo(SendFailure.NOT_SENT);
  }

  @Test
  void anUnknownHostIsNotSent() {
    // Resolving a name would ask a DNS server off this machine, which tests must not do, so the
    // chain the JDK 17 client reports for an unknown host is built here as it was observed:
    // ConnectException caused by UnresolvedAddressException.
    java.net.ConnectException unknownHost = new java.net.ConnectException();
    unknownHost.initCause(new java.nio.channels.UnresolvedAddressException());

    assertThat(SendFailure.of(unknownHost, false)).isEqualTo(SendFailure.NOT_SENT);
    assertThat(SendFailure.of(new java.net.UnknownHostException("x.invalid"), false))
        .isEqualTo(SendFailure.NOT_SENT);
    assertThat(SendFailure.of(new java.nio.channels.UnresolvedAddressException(), false))
        .isEqualTo(SendFailure.NOT_SENT);
  }

  @Test
  void aConnectTimeoutIsNotSent() throws IOException {
    // A listener with a backlog of 1 that never accepts: once the backlog is full, the kernel
    // drops further SYNs, and the connect times out.
    try (ServerSocket full = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      List<Socket> fillers = new ArrayList<>();
      try {
        for (int i = 0; i < 8; i++) {
          Socket s = new Socket();
          try {
            s.connect(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), full.getLocalPort()), 200);
            fillers.add(s);
          } catch (IOException e) {
            s.close();
            break;
          }
        }
        Failure f = fail("http://127.0.0.1:" + full.getLocalPort() + "/x", Duration.ofSeconds(5));

        assertThat(f.exception()).isInstanceOf(java.net.http.HttpConnectTimeoutException.class);
        assertThat(f.kind()).isEqualTo(SendFailure.NOT_SENT);
      } finally {
        for (Socket s : fillers) {
          s.close();
        }
      }
    }
  }

  @Test
  void aRequestTimeoutGotNoAnswer() {
    Failure f = under(Kind.ANSWER_SLOWLY);

    assertThat(f.exception()).isInstanceOf(java.net.http.HttpTimeoutException.class);
    assertThat(f.kind()).isEqualTo(SendFailure.NO_ANSWER);
  }

  @Test
  void aDropBeforeTheAnswerGotNoAnswer() {
    Failure f = under(Kind.DROP_BEFORE_ANSWER);

    assertThat(f.exception()).hasMessageContaining("header parser received no bytes");
    assertThat(f.kind()).isEqualTo(SendFailure.NO_ANSWER);
  }

  @Test
  void aDropInsideTheHeadersMayHaveActed() {
    Failure f = under(Kind.DROP_MID_HEADERS);

    assertThat(f.answered()).isFalse();
    assertThat(f.exception()).hasMessageContaining("parsing HTTP/1.1 header");
    assertThat(f.kind()).isEqualTo(SendFailure.MAY_HAVE_ACTED);
  }

  @Test
  void aDropInsideTheBodyMayHaveActed() {
    Failure f = under(Kind.DROP_MID_BODY);

    assertThat(f.answered()).isTrue();
    assertThat(f.kind()).isEqualTo(SendFailure.MAY_HAVE_ACTED);
  }

  @Test
  void aBareEofProvesNothingAndAnUnknownFailureIsNeverRetried() {
    assertThat(SendFailure.of(new java.io.EOFException(), false))
        .isEqualTo(SendFailure.MAY_HAVE_ACTED);
    assertThat(SendFailure.of(new IOException("something else"), false))
        .isEqualTo(SendFailure.MAY_HAVE_ACTED);
    assertThat(SendFailure.of(new java.net.ConnectException(), true))
        .isEqualTo(SendFailure.MAY_HAVE_ACTED);
  }

  @Test
  void whatEachRetryClassAllows() {
    assertThat(SendFailure.NOT_SENT.allows(Operation.Retry.IF_NOT_SENT)).isTrue();
    assertThat(SendFailure.NOT_SENT.allows(Operation.Retry.IF_NO_ANSWER)).isTrue();
    assertThat(SendFailure.NO_ANSWER.allows(Operation.Retry.IF_NOT_SENT)).isFalse();
    assertThat(SendFailure.NO_ANSWER.allows(Operation.Retry.IF_NO_ANSWER)).isTrue();
    assertThat(SendFailure.MAY_HAVE_ACTED.allows(Operation.Retry.IF_NOT_SENT)).isFalse();
    assertThat(SendFailure.MAY_HAVE_ACTED.allows(Operation.Retry.IF_NO_ANSWER)).isFalse();
  }
}
