package io.hyper.connect.internal.service;

import io.hyper.connect.OkResult;
import io.hyper.connect.storage.AsyncStorageService;
import io.hyper.connect.storage.DownloadResult;
import io.hyper.connect.storage.SignedUrlType;
import io.hyper.connect.storage.UrlResult;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/** Implements {@link AsyncStorageService}: each action sends its call without blocking. */
final class AsyncStorage implements AsyncStorageService {
  private final StorageCalls calls;

  AsyncStorage(StorageCalls calls) {
    this.calls = calls;
  }

  @Override
  public CompletableFuture<OkResult> create() {
    return calls.create().sendAsync();
  }

  @Override
  public CompletableFuture<OkResult> destroy(boolean confirm) {
    return calls.destroy(confirm).sendAsync();
  }

  @Override
  public CompletableFuture<OkResult> upload(String name, InputStream content) {
    return calls.upload(name, StorageCalls.streamOf(content), true).sendAsync();
  }

  @Override
  public CompletableFuture<OkResult> upload(String name, Path file) {
    return calls.upload(name, StorageCalls.fileOf(file), false).sendAsync();
  }

  @Override
  public CompletableFuture<OkResult> upload(String name, byte[] content) {
    return calls.upload(name, StorageCalls.bytesOf(content), false).sendAsync();
  }

  @Override
  public CompletableFuture<DownloadResult> download(String name) {
    return calls.download(name).sendAsync();
  }

  @Override
  public CompletableFuture<UrlResult> signedUrl(String name, SignedUrlType type) {
    return calls.signedUrl(name, type).sendAsync();
  }

  @Override
  public CompletableFuture<OkResult> remove(String name) {
    return calls.remove(name).sendAsync();
  }

  @Override
  public String toString() {
    return "StorageService[" + calls.http.baseUrl() + "]";
  }
}
