package io.hyper.connect.internal;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;

/**
 * One exchange of a {@link Request}: sends it with a blocking {@link HttpClient#send} on the
 * current thread, watches its progress, and can be aborted from any thread ({@link #abort}).
 *
 * <p>What bounds it in time ({@link Operation.Wait}): the JDK's request timeout covers the wait for
 * the headers of an {@code ANSWER} or {@code DOWNLOAD}; a watchdog on one JVM-wide timer thread
 * covers the rest: each gap in an upload's body while it is sent, the wait for its answer after
 * that, and each gap in a buffered answer's body. The JDK cannot abort an exchange once its headers
 * arrived (cancelling its future then leaves the connection open), so an abort cancels the body's
 * subscription, which closes the connection, and fails the body; before the headers it interrupts
 * the sending thread, and the JDK's {@code send} then cancels the exchange and closes the
 * connection. Interrupts are only ever sent while {@link #send} runs, and cleared before it
 * returns.
 */
final class Attempt {
  /** How far the exchange got. */
  enum Phase {
    /** Sending an upload's body. */
    SENDING,
    /** Waiting for the answer's headers. */
    WAITING,
    /** Reading the answer's body. */
    RECEIVING,
    /** Over. */
    DONE
  }

  private final Request request;
  private final Duration requestTimeout;
  private final Duration idleTimeout;
  private volatile Phase phase = Phase.WAITING;
  private volatile long mark = System.nanoTime();
  private volatile boolean answerStarted;
  private volatile boolean bodyTouched;
  private volatile Throwable aborted;
  private volatile WatchedBody<?> body;
  private volatile WatchedUpload upload;
  private volatile ScheduledFuture<?> watch;
  private Thread runner;
  private boolean interruptedByUs;

  Attempt(Request request, Duration requestTimeout, Duration idleTimeout) {
    this.request = request;
    this.requestTimeout = requestTimeout;
    this.idleTimeout = idleTimeout;
  }

  /**
   * Sends the request on the calling thread.
   *
   * @param client the client
   * @param http the request builder with URL, method and headers set; the body and timeout are set
   *     here
   * @return the answer (its body read into memory, or an {@link IdleInputStream} in stream mode)
   * @throws IOException when the exchange fails; see {@link #aborted()} for an abort's reason
   * @throws InterruptedException when the thread was interrupted, by its owner or by an abort
   */
  HttpResponse<RawBody> send(HttpClient client, HttpRequest.Builder http)
      throws IOException, InterruptedException {
    synchronized (this) {
      if (aborted != null) {
        throw new InterruptedException("aborted before it was sent");
      }
      runner = Thread.currentThread();
    }
    try {
      HttpRequest.BodyPublisher publisher =
          request.body() == null ? HttpRequest.BodyPublishers.noBody() : request.body();
      if (request.operation().waits() == Operation.Wait.UPLOAD) {
        phase = Phase.SENDING;
        upload = new WatchedUpload(publisher, this);
        publisher = upload;
        arm(idleTimeout);
      } else {
        http.timeout(requestTimeout);
      }
      mark = System.nanoTime();
      return client.send(http.method(request.method(), publisher).build(), this::handle);
    } finally {
      phase = Phase.DONE;
      ScheduledFuture<?> w = watch;
      if (w != null) {
        w.cancel(false);
      }
      synchronized (this) {
        runner = null;
        if (interruptedByUs) {
          Thread.interrupted();
        }
      }
    }
  }

  private BodySubscriber<RawBody> handle(HttpResponse.ResponseInfo info) {
    answerStarted = true;
    phase = Phase.RECEIVING;
    mark = System.nanoTime();
    int status = info.statusCode();
    if (request.stream() && status >= 200 && status < 300) {
      return BodySubscribers.mapping(
          new IdleInputStream(request.operation().label(), idleTimeout), RawBody.Stream::new);
    }
    WatchedBody<RawBody> watched =
        new WatchedBody<>(
            BodySubscribers.mapping(BodySubscribers.ofByteArray(), RawBody.Bytes::new), this);
    body = watched;
    if (watch == null) {
      arm(idleTimeout);
    }
    return watched;
  }

  /** Records progress: a buffer of the body went out or came in. */
  void progress() {
    mark = System.nanoTime();
  }

  /** Records that a buffer of the request body was taken from its publisher. */
  void touchBody() {
    bodyTouched = true;
    mark = System.nanoTime();
  }

  /** Records that the whole request body was handed to the connection. */
  void bodySent() {
    if (phase == Phase.SENDING) {
      mark = System.nanoTime();
      phase = Phase.WAITING;
    }
  }

  /**
   * Tells whether the answer's headers arrived.
   *
   * @return whether the server answered, at least in part
   */
  boolean answerStarted() {
    return answerStarted;
  }

  /**
   * Tells whether any of the request body was taken from its publisher.
   *
   * @return whether the body was (partly) sent
   */
  boolean bodyTouched() {
    return bodyTouched;
  }

  /**
   * Returns why the exchange was aborted, if it was.
   *
   * @return the reason ({@link HttpTimeoutException} for a timeout), or {@code null}
   */
  Throwable aborted() {
    return aborted;
  }

  /**
   * Aborts the exchange: closes its connection and makes {@link #send} fail. Does nothing once it
   * is over.
   *
   * @param reason why, reported by {@link #aborted()}
   */
  void abort(Throwable reason) {
    synchronized (this) {
      if (aborted != null || phase == Phase.DONE) {
        return;
      }
      aborted = reason;
      WatchedBody<?> b = body;
      if (b != null) {
        b.abort(reason);
      }
      WatchedUpload u = upload;
      if (u != null && phase == Phase.SENDING) {
        u.fail(reason);
      }
      if (runner != null) {
        interruptedByUs = true;
        runner.interrupt();
      }
    }
  }

  private void arm(Duration delay) {
    watch = Scheduler.schedule(this::check, delay.toNanos());
  }

  private void check() {
    Phase p = phase;
    if (p == Phase.DONE) {
      return;
    }
    Duration limit = p == Phase.WAITING ? requestTimeout : idleTimeout;
    long due = mark + limit.toNanos();
    long now = System.nanoTime();
    if (now - due < 0) {
      watch = Scheduler.schedule(this::check, due - now);
      return;
    }
    String wait = Durations.text(limit);
    abort(
        new HttpTimeoutException(
            switch (p) {
              case SENDING -> "no progress sending the body for " + wait + " (idleTimeout)";
              case WAITING -> "no answer within " + wait + " of sending the body (requestTimeout)";
              default -> "the answer's body stalled for " + wait + " (idleTimeout)";
            }));
  }
}
