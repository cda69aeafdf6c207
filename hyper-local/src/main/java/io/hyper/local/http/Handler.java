package io.hyper.local.http;

import java.io.IOException;

/** Answers one request of one route. Throws {@link io.hyper.local.core.HyperError} to fail. */
@FunctionalInterface
public interface Handler {
  /** Parses the request, calls the service, and returns what to send. */
  Response handle(Request request) throws IOException;
}
