package io.hyper.connect.internal.service;

import io.hyper.connect.info.AsyncInfoService;
import io.hyper.connect.info.ServicesResult;
import java.util.concurrent.CompletableFuture;

/** Implements {@link AsyncInfoService}: each action sends its call without blocking. */
final class AsyncInfo implements AsyncInfoService {
  private final InfoCalls calls;

  AsyncInfo(InfoCalls calls) {
    this.calls = calls;
  }

  @Override
  public CompletableFuture<ServicesResult> services() {
    return calls.services().sendAsync();
  }

  @Override
  public String toString() {
    return "InfoService[" + calls.http.baseUrl() + "]";
  }
}
