package io.hyper.connect.info;

import java.util.concurrent.CompletableFuture;

/**
 * The async form of {@link InfoService}, from {@link InfoService#async()}: the same actions, each
 * returning a {@link CompletableFuture} at once. Each sends the same request and maps the answer as
 * its sync form; the future fails with the exception the sync form throws (not wrapped). Invalid
 * arguments throw {@link IllegalArgumentException} at once, before anything is sent.
 */
public interface AsyncInfoService {

  /** {@link InfoService#services()}, without blocking. */
  CompletableFuture<ServicesResult> services();
}
