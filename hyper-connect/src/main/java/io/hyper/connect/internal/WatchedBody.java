package io.hyper.connect.internal;

import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body subscriber that reports each buffer to its {@link Attempt} and can be aborted:
 * {@link #abort} cancels the subscription (which closes the connection) and fails the body, so the
 * blocked {@code send} returns. Signals after an abort are dropped.
 *
 * @param <T> the body type
 */
final class WatchedBody<T> implements BodySubscriber<T> {
  private final BodySubscriber<T> inner;
  private final Attempt attempt;
  private volatile Flow.Subscription subscription;
  private volatile boolean aborted;

  WatchedBody(BodySubscriber<T> inner, Attempt attempt) {
    this.inner = inner;
    this.attempt = attempt;
  }

  @Override
  public CompletionStage<T> getBody() {
    return inner.getBody();
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    inner.onSubscribe(s);
    if (aborted) {
      s.cancel();
    }
  }

  @Override
  public void onNext(List<ByteBuffer> item) {
    if (!aborted) {
      attempt.progress();
      inner.onNext(item);
    }
  }

  @Override
  public void onError(Throwable throwable) {
    if (!aborted) {
      inner.onError(throwable);
    }
  }

  @Override
  public void onComplete() {
    if (!aborted) {
      inner.onComplete();
    }
  }

  /**
   * Cancels the body and fails it with a reason.
   *
   * @param reason why
   */
  void abort(Throwable reason) {
    aborted = true;
    Flow.Subscription s = subscription;
    if (s != null) {
      s.cancel();
    }
    inner.onError(reason);
  }
}
