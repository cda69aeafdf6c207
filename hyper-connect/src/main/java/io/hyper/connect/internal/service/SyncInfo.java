package io.hyper.connect.internal.service;

import io.hyper.connect.info.AsyncInfoService;
import io.hyper.connect.info.InfoService;
import io.hyper.connect.info.ServicesResult;
import io.hyper.connect.internal.ServiceClient;

/** Implements {@link InfoService}: each action sends its call on the calling thread. */
final class SyncInfo implements InfoService {
  private final InfoCalls calls;
  private final AsyncInfoService async;

  SyncInfo(ServiceClient http) {
    this.calls = new InfoCalls(http);
    this.async = new AsyncInfo(calls);
  }

  @Override
  public ServicesResult services() {
    return calls.services().send();
  }

  @Override
  public AsyncInfoService async() {
    return async;
  }

  @Override
  public String toString() {
    return "InfoService[" + calls.http.baseUrl() + "]";
  }
}
