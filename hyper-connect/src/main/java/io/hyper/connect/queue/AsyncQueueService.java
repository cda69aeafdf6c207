package io.hyper.connect.queue;

import io.hyper.connect.IdResult;
import io.hyper.connect.OkResult;
import java.util.concurrent.CompletableFuture;

/**
 * The async form of {@link QueueService}, from {@link QueueService#async()}: the same actions, each
 * returning a {@link CompletableFuture} at once. Each sends the same request and maps the answer as
 * its sync form; the future fails with the exception the sync form throws (not wrapped). Invalid
 * arguments throw {@link IllegalArgumentException} at once, before anything is sent.
 */
public interface AsyncQueueService {

  /** {@link QueueService#create(String)}, without blocking. */
  CompletableFuture<OkResult> create(String target);

  /** {@link QueueService#create(String,String)}, without blocking. */
  CompletableFuture<OkResult> create(String target, String secret);

  /** {@link QueueService#destroy(boolean)}, without blocking. */
  CompletableFuture<OkResult> destroy(boolean confirm);

  /** {@link QueueService#enqueue(Object)}, without blocking. */
  CompletableFuture<IdResult> enqueue(Object job);

  /** {@link QueueService#queued()}, without blocking. */
  CompletableFuture<JobsResult> queued();

  /** {@link QueueService#errors()}, without blocking. */
  CompletableFuture<JobsResult> errors();
}
