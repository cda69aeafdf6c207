package io.hyper.local.http;

/**
 * One hyper service as hyper-local runs it: the routes it answers and the engine resources it holds
 * (connections, indexes, dispatcher threads).
 */
public interface ServiceModule extends AutoCloseable {
  /** The service's name as {@code GET /} lists it: data, cache, search, storage or queue. */
  String name();

  /** Adds this service's routes, including its description route ({@code GET /data}, …). */
  void register(Router router);

  /**
   * Releases what the service holds; stored data stays intact. Called once, after the last request.
   */
  @Override
  void close();
}
