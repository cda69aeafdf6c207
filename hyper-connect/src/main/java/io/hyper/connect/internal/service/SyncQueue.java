package io.hyper.connect.internal.service;

import io.hyper.connect.IdResult;
import io.hyper.connect.OkResult;
import io.hyper.connect.internal.ServiceClient;
import io.hyper.connect.queue.AsyncQueueService;
import io.hyper.connect.queue.Job;
import io.hyper.connect.queue.JobsResult;
import io.hyper.connect.queue.QueueService;

/** Implements {@link QueueService}: each action sends its call on the calling thread. */
final class SyncQueue implements QueueService {
  private final QueueCalls calls;
  private final AsyncQueueService async;

  SyncQueue(ServiceClient http) {
    this.calls = new QueueCalls(http);
    this.async = new AsyncQueue(calls);
  }

  @Override
  public OkResult create(String target) {
    return calls.create(target, null).send();
  }

  @Override
  public OkResult create(String target, String secret) {
    return calls.create(target, QueueCalls.checkSecret(secret)).send();
  }

  @Override
  public OkResult destroy(boolean confirm) {
    return calls.destroy(confirm).send();
  }

  @Override
  public IdResult enqueue(Object job) {
    return calls.enqueue(job).send();
  }

  @Override
  public JobsResult queued() {
    return calls.jobs("queued", Job.READY).send();
  }

  @Override
  public JobsResult errors() {
    return calls.jobs("errors", Job.ERROR).send();
  }

  @Override
  public AsyncQueueService async() {
    return async;
  }

  @Override
  public String toString() {
    return "QueueService[" + calls.http.baseUrl() + "]";
  }
}
