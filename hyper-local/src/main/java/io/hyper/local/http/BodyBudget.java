package io.hyper.local.http;

import io.hyper.local.core.HyperError;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The memory every request body read whole (JSON) may take together. A request reserves what it
 * reads as it reads it and gives it all back when it ends; a reservation past the budget fails with
 * 503, so concurrent large bodies are refused instead of exhausting the heap.
 */
final class BodyBudget {
  private final long capacity;
  private final AtomicLong used = new AtomicLong();

  BodyBudget(long capacity) {
    this.capacity = capacity;
  }

  /** Bytes reserved right now, by all requests. */
  long used() {
    return used.get();
  }

  /** A ledger for one request; {@link Lease#close()} returns everything it reserved. */
  Lease lease() {
    return new Lease();
  }

  /** What one request holds of the budget. Used by one thread at a time. */
  final class Lease implements AutoCloseable {
    private long held;

    private Lease() {}

    /**
     * Reserves {@code bytes} more.
     *
     * @throws HyperError 503 when the budget has not that much left
     */
    void reserve(long bytes) {
      for (long now = used.get(); ; now = used.get()) {
        if (now + bytes > capacity) {
          throw new HyperError(
              503, "server busy: too many large request bodies at once, retry later");
        }
        if (used.compareAndSet(now, now + bytes)) {
          held += bytes;
          return;
        }
      }
    }

    /** Gives back everything this request reserved. */
    @Override
    public void close() {
      used.addAndGet(-held);
      held = 0;
    }
  }
}
