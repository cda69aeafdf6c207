package io.hyper.local.engine;

import io.hyper.local.LocalConfig;

/**
 * Opens one kind of engine for one port: the SQLite data engine for {@code sqlite:}, say. Built-in
 * factories are in {@link Engines}; others are found with {@link java.util.ServiceLoader} (a module
 * on the class path lists its factories in {@code META-INF/services/io.hyper.local.engine.
 * EngineFactory}).
 *
 * @param <P> the port the engine implements
 */
public interface EngineFactory<P extends AutoCloseable> {
  /** The port the engine implements, e.g. {@code DataPort.class}. */
  Class<P> port();

  /** The URL scheme that picks this engine, lower-case, without the colon. */
  String scheme();

  /**
   * Opens the engine: connects, creates its schema, resumes what it must.
   *
   * @param url the engine URL; its scheme is {@link #scheme()}
   * @param config the server's settings (data directory, clock, budgets)
   * @throws IllegalArgumentException when the URL is not one this engine understands; the message
   *     must not contain the URL's password ({@link EngineUrl#toString()} masks it)
   */
  P open(EngineUrl url, LocalConfig config);
}
