package io.hyper.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The floor: hyper's REST API spoken with a bare {@link HttpClient} and requests built by hand,
 * with pre-serialised bodies and answers read as bytes and never parsed, only their status checked.
 * Whatever the SDK costs on top of this is its overhead.
 */
final class RawHttp {
  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final String base;

  /**
   * Creates a client for one server.
   *
   * @param base the server's base URL, e.g. {@code http://127.0.0.1:40123}
   */
  RawHttp(String base) {
    this.base = base;
  }

  /** {@code GET} with hyper's {@code X-HYPER-LEGACY-GET: false}, as the SDK sends it. */
  HttpRequest get(String path) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .header("X-HYPER-LEGACY-GET", "false")
        .GET()
        .build();
  }

  /** {@code POST} of a JSON body. */
  HttpRequest post(String path, byte[] json) {
    return json(path, "POST", json);
  }

  /** {@code PUT} of a JSON body. */
  HttpRequest put(String path, byte[] json) {
    return json(path, "PUT", json);
  }

  /** {@code POST} of a binary body (a storage upload). */
  HttpRequest upload(String path, byte[] content) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/octet-stream")
        .POST(BodyPublishers.ofByteArray(content))
        .build();
  }

  /** {@code POST} of a streamed binary body, sent chunked as it is read (a storage upload). */
  HttpRequest upload(String path, Supplier<InputStream> content) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/octet-stream")
        .POST(BodyPublishers.ofInputStream(content))
        .build();
  }

  /**
   * Sends a request on this thread and reads the whole answer.
   *
   * @return the answer's bytes
   * @throws IllegalStateException when the status is not {@code expected}: the benchmark would
   *     otherwise measure errors
   */
  byte[] send(HttpRequest request, int expected) {
    try {
      return check(client.send(request, BodyHandlers.ofByteArray()), expected);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** Sends a request without blocking; the future fails as {@link #send} throws. */
  CompletableFuture<byte[]> sendAsync(HttpRequest request, int expected) {
    return client
        .sendAsync(request, BodyHandlers.ofByteArray())
        .thenApply(response -> check(response, expected));
  }

  /**
   * Sends a request and reads the answer's body as a stream, discarding it.
   *
   * @return how many bytes the body had
   */
  long download(HttpRequest request) {
    try {
      HttpResponse<InputStream> response = client.send(request, BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        if (response.statusCode() != 200) {
          throw new IllegalStateException(
              request.method() + " " + request.uri() + " answered " + response.statusCode());
        }
        return body.transferTo(OutputStream.nullOutputStream());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private HttpRequest json(String path, String method, byte[] json) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/json")
        .method(method, BodyPublishers.ofByteArray(json))
        .build();
  }

  private static byte[] check(HttpResponse<byte[]> response, int expected) {
    if (response.statusCode() != expected) {
      throw new IllegalStateException(
          response.request().method()
              + " "
              + response.request().uri()
              + " answered "
              + response.statusCode()
              + ", expected "
              + expected);
    }
    return response.body();
  }
}
