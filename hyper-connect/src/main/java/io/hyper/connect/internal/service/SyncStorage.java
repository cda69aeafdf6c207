package io.hyper.connect.internal.service;

import io.hyper.connect.OkResult;
import io.hyper.connect.internal.Check;
import io.hyper.connect.internal.ServiceClient;
import io.hyper.connect.storage.AsyncStorageService;
import io.hyper.connect.storage.DownloadResult;
import io.hyper.connect.storage.SignedUrlType;
import io.hyper.connect.storage.StorageService;
import io.hyper.connect.storage.UrlResult;
import java.io.InputStream;
import java.nio.file.Path;

/** Implements {@link StorageService}: each action sends its call on the calling thread. */
final class SyncStorage implements StorageService {
  private final StorageCalls calls;
  private final AsyncStorageService async;

  SyncStorage(ServiceClient http) {
    this.calls = new StorageCalls(http);
    this.async = new AsyncStorage(calls);
  }

  @Override
  public OkResult create() {
    return calls.create().send();
  }

  @Override
  public OkResult destroy(boolean confirm) {
    return calls.destroy(confirm).send();
  }

  @Override
  public OkResult upload(String name, InputStream content) {
    return calls.upload(name, StorageCalls.streamOf(content), true).send();
  }

  @Override
  public OkResult upload(String name, Path file) {
    return calls.upload(name, StorageCalls.fileOf(file), false).send();
  }

  @Override
  public OkResult upload(String name, byte[] content) {
    return calls.upload(name, StorageCalls.bytesOf(content), false).send();
  }

  @Override
  public DownloadResult download(String name) {
    return calls.download(name).send();
  }

  @Override
  public OkResult download(String name, Path target) {
    Check.notNull(target, "target");
    try (DownloadResult download = download(name)) {
      if (download.ok()) {
        StorageCalls.writeAtomically(download, target);
      }
      return new OkResult(download.ok(), download.status(), download.msg(), download.operation());
    }
  }

  @Override
  public UrlResult signedUrl(String name, SignedUrlType type) {
    return calls.signedUrl(name, type).send();
  }

  @Override
  public OkResult remove(String name) {
    return calls.remove(name).send();
  }

  @Override
  public AsyncStorageService async() {
    return async;
  }

  @Override
  public String toString() {
    return "StorageService[" + calls.http.baseUrl() + "]";
  }
}
