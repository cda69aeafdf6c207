package io.hyper.local.core.queue;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.Flow;

/**
 * Reads a target's answer to the end but keeps only its first bytes: enough for an error record,
 * never a whole large body in memory.
 */
final class CappedBody implements Flow.Subscriber<List<ByteBuffer>> {
  private final int cap;
  private final ByteArrayOutputStream kept = new ByteArrayOutputStream();

  private CappedBody(int cap) {
    this.cap = cap;
  }

  /** A body subscriber that yields at most {@code cap} bytes of the answer. */
  static BodySubscriber<byte[]> of(int cap) {
    return BodySubscribers.fromSubscriber(new CappedBody(cap), CappedBody::bytes);
  }

  private synchronized byte[] bytes() {
    return kept.toByteArray();
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    subscription.request(Long.MAX_VALUE);
  }

  @Override
  public synchronized void onNext(List<ByteBuffer> buffers) {
    for (ByteBuffer buffer : buffers) {
      int n = Math.min(buffer.remaining(), cap - kept.size());
      if (n > 0) {
        byte[] chunk = new byte[n];
        buffer.get(chunk);
        kept.write(chunk, 0, n);
      }
    }
  }

  @Override
  public void onError(Throwable throwable) {
    // The exchange's future completes exceptionally; nothing to keep.
  }

  @Override
  public void onComplete() {
    // bytes() is read once the exchange completes.
  }
}
