package io.hyper.connect.storage;

import io.hyper.connect.OkResult;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * The async form of {@link StorageService}, from {@link StorageService#async()}: the same actions,
 * each returning a {@link CompletableFuture} at once. Each sends the same request and maps the
 * answer as its sync form; the future fails with the exception the sync form throws (not wrapped).
 * Invalid arguments throw {@link IllegalArgumentException} at once, before anything is sent.
 */
public interface AsyncStorageService {

  /** {@link StorageService#create()}, without blocking. */
  CompletableFuture<OkResult> create();

  /** {@link StorageService#destroy(boolean)}, without blocking. */
  CompletableFuture<OkResult> destroy(boolean confirm);

  /** {@link StorageService#upload(String,InputStream)}, without blocking. */
  CompletableFuture<OkResult> upload(String name, InputStream content);

  /** {@link StorageService#upload(String,Path)}, without blocking. */
  CompletableFuture<OkResult> upload(String name, Path file);

  /** {@link StorageService#upload(String,byte[])}, without blocking. */
  CompletableFuture<OkResult> upload(String name, byte[] content);

  /** {@link StorageService#download(String)}, without blocking. */
  CompletableFuture<DownloadResult> download(String name);

  /** {@link StorageService#signedUrl(String,SignedUrlType)}, without blocking. */
  CompletableFuture<UrlResult> signedUrl(String name, SignedUrlType type);

  /** {@link StorageService#remove(String)}, without blocking. */
  CompletableFuture<OkResult> remove(String name);
}
