package io.hyper.connect.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A response body handed over as an {@link InputStream} whose every read waits at most the idle
 * timeout for the next bytes (the JDK's {@code BodySubscribers.ofInputStream()} waits forever, and
 * closing it does not wake a blocked read). One buffer list is requested at a time, so a slow
 * reader slows the connection instead of filling memory. Closing before the end cancels the
 * subscription, which closes the connection.
 */
final class IdleInputStream extends InputStream implements BodySubscriber<InputStream> {
  private static final List<ByteBuffer> END = List.of();

  private final String operation;
  private final Duration idleTimeout;
  private final LinkedBlockingQueue<List<ByteBuffer>> queue = new LinkedBlockingQueue<>();
  private final CompletableFuture<InputStream> body = CompletableFuture.completedFuture(this);
  private volatile Flow.Subscription subscription;
  private volatile Throwable error;
  private Iterator<ByteBuffer> buffers = List.<ByteBuffer>of().iterator();
  private ByteBuffer current;
  private boolean ended;
  private volatile boolean closed;

  IdleInputStream(String operation, Duration idleTimeout) {
    this.operation = operation;
    this.idleTimeout = idleTimeout;
  }

  @Override
  public CompletionStage<InputStream> getBody() {
    return body;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    if (closed) {
      s.cancel();
    } else {
      s.request(1);
    }
  }

  @Override
  public void onNext(List<ByteBuffer> item) {
    queue.add(item);
  }

  @Override
  public void onError(Throwable throwable) {
    error = throwable;
    queue.add(END);
  }

  @Override
  public void onComplete() {
    queue.add(END);
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public synchronized int read(byte[] b, int off, int len) throws IOException {
    java.util.Objects.checkFromIndexSize(off, len, b.length);
    if (len == 0) {
      return 0;
    }
    ByteBuffer buffer = next();
    if (buffer == null) {
      return -1;
    }
    int n = Math.min(len, buffer.remaining());
    buffer.get(b, off, n);
    return n;
  }

  @Override
  public synchronized int available() {
    return current == null ? 0 : current.remaining();
  }

  /** Returns a buffer with bytes left, waiting up to the idle timeout; null at the end. */
  private ByteBuffer next() throws IOException {
    while (current == null || !current.hasRemaining()) {
      if (closed) {
        throw new IOException(operation + ": the download's stream is closed");
      }
      if (buffers.hasNext()) {
        current = buffers.next();
        continue;
      }
      if (ended) {
        return null;
      }
      List<ByteBuffer> item;
      try {
        item = queue.poll(idleTimeout.toNanos(), TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new java.io.InterruptedIOException(operation + ": interrupted while reading");
      }
      if (item == null) {
        cancel();
        throw new HttpTimeoutException(
            operation
                + ": no bytes of the body for "
                + Durations.text(idleTimeout)
                + " (idleTimeout)");
      }
      if (item == END) {
        ended = true;
        Throwable failure = error;
        if (failure != null) {
          throw failure instanceof IOException io
              ? io
              : new IOException(operation + ": reading the body failed: " + failure, failure);
        }
        return null;
      }
      buffers = item.iterator();
      Flow.Subscription s = subscription;
      if (s != null) {
        s.request(1);
      }
    }
    return current;
  }

  private void cancel() {
    Flow.Subscription s = subscription;
    if (s != null) {
      s.cancel();
    }
  }

  /** Closes the stream; before the end, this cancels the body and so closes the connection. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (!ended) {
      cancel();
    }
    queue.clear();
    queue.add(END); // wakes a read blocked in another thread
  }
}
