package io.hyper.connect.internal.service;

import io.hyper.connect.IdResult;
import io.hyper.connect.OkResult;
import io.hyper.connect.queue.AsyncQueueService;
import io.hyper.connect.queue.Job;
import io.hyper.connect.queue.JobsResult;
import java.util.concurrent.CompletableFuture;

/** Implements {@link AsyncQueueService}: each action sends its call without blocking. */
final class AsyncQueue implements AsyncQueueService {
  private final QueueCalls calls;

  AsyncQueue(QueueCalls calls) {
    this.calls = calls;
  }

  @Override
  public CompletableFuture<OkResult> create(String target) {
    return calls.create(target, null).sendAsync();
  }

  @Override
  public CompletableFuture<OkResult> create(String target, String secret) {
    return calls.create(target, QueueCalls.checkSecret(secret)).sendAsync();
  }

  @Override
  public CompletableFuture<OkResult> destroy(boolean confirm) {
    return calls.destroy(confirm).sendAsync();
  }

  @Override
  public CompletableFuture<IdResult> enqueue(Object job) {
    return calls.enqueue(job).sendAsync();
  }

  @Override
  public CompletableFuture<JobsResult> queued() {
    return calls.jobs("queued", Job.READY).sendAsync();
  }

  @Override
  public CompletableFuture<JobsResult> errors() {
    return calls.jobs("errors", Job.ERROR).sendAsync();
  }

  @Override
  public String toString() {
    return "QueueService[" + calls.http.baseUrl() + "]";
  }
}
