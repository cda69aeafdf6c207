package io.hyper.connect.internal;

import java.io.InputStream;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscribers;

/** A response body as received: bytes, or an open stream (stream mode, 2xx only). */
sealed interface RawBody {

  /** A body read into memory. */
  record Bytes(byte[] bytes) implements RawBody {}

  /** A body left on the connection for the caller to read. */
  record Stream(InputStream stream) implements RawBody {}

  /**
   * Returns the handler that reads a 2xx body as a stream when asked to, and every other body into
   * memory, so an error is always readable and nothing blocks.
   *
   * @param stream whether the request asked for stream mode
   * @return the body handler
   */
  static BodyHandler<RawBody> handler(boolean stream) {
    return info ->
        stream && info.statusCode() >= 200 && info.statusCode() < 300
            ? BodySubscribers.mapping(BodySubscribers.ofInputStream(), Stream::new)
            : BodySubscribers.mapping(BodySubscribers.ofByteArray(), Bytes::new);
  }
}
