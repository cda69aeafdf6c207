package io.hyper.connect.internal;

import java.net.http.HttpRequest.BodyPublisher;
import java.nio.ByteBuffer;
import java.util.concurrent.Flow;

/**
 * A request body that reports to its {@link Attempt} each buffer the connection takes and the end
 * of the body: the progress an upload's idle timeout watches. The connection takes a buffer only
 * when it can write, so a server that stops reading stops the progress.
 */
final class WatchedUpload implements BodyPublisher {
  private final BodyPublisher inner;
  private final Attempt attempt;
  private volatile Flow.Subscriber<? super ByteBuffer> downstream;
  private volatile Flow.Subscription upstream;
  private final java.util.concurrent.atomic.AtomicBoolean terminated =
      new java.util.concurrent.atomic.AtomicBoolean();

  WatchedUpload(BodyPublisher inner, Attempt attempt) {
    this.inner = inner;
    this.attempt = attempt;
  }

  @Override
  public long contentLength() {
    return inner.contentLength();
  }

  @Override
  public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
    downstream = subscriber;
    inner.subscribe(
        new Flow.Subscriber<ByteBuffer>() {
          @Override
          public void onSubscribe(Flow.Subscription subscription) {
            upstream = subscription;
            subscriber.onSubscribe(subscription);
          }

          @Override
          public void onNext(ByteBuffer item) {
            attempt.touchBody();
            subscriber.onNext(item);
          }

          @Override
          public void onError(Throwable throwable) {
            if (terminated.compareAndSet(false, true)) {
              subscriber.onError(throwable);
            }
          }

          @Override
          public void onComplete() {
            if (terminated.compareAndSet(false, true)) {
              attempt.bodySent();
              subscriber.onComplete();
            }
          }
        });
  }

  /**
   * Fails the body while it is being sent: stops reading it and fails the request, so the JDK
   * cancels the exchange (and closes its connection) even where an interrupt would not reach it.
   *
   * @param reason why
   */
  void fail(Throwable reason) {
    if (terminated.compareAndSet(false, true)) {
      Flow.Subscription s = upstream;
      if (s != null) {
        s.cancel();
      }
      Flow.Subscriber<? super ByteBuffer> d = downstream;
      if (d != null) {
        d.onError(reason);
      }
    }
  }
}
