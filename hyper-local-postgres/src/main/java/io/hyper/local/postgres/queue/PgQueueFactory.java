package io.hyper.local.postgres.queue;

import io.hyper.local.LocalConfig;
import io.hyper.local.engine.EngineFactory;
import io.hyper.local.engine.EngineUrl;
import io.hyper.local.port.JobStorePort;
import io.hyper.local.postgres.PgPool;

/**
 * Opens the queue on PostgreSQL for {@code --queue postgres://user:password@host:port/database},
 * with the optional parameters of {@link PgPool}: {@code schema} (default {@code hyper}; lower-case
 * letters, digits and {@code _}) for the tables {@code queue_settings} and {@code queue_jobs}, and
 * {@code pool} (1 to 1000, default 10) for the connections this instance keeps. Every instance
 * given the same database and schema shares the same queues. {@link PostgresqlQueueFactory} takes
 * the same URL with the {@code postgresql:} scheme.
 */
public class PgQueueFactory implements EngineFactory<JobStorePort> {
  private final String scheme;

  /** The factory for {@code postgres:} URLs. */
  public PgQueueFactory() {
    this("postgres");
  }

  /** The factory for another spelling of the scheme. */
  PgQueueFactory(String scheme) {
    this.scheme = scheme;
  }

  @Override
  public final Class<JobStorePort> port() {
    return JobStorePort.class;
  }

  @Override
  public final String scheme() {
    return scheme;
  }

  /**
   * Connects, creates the queue tables if missing and returns the store.
   *
   * @throws IllegalArgumentException for a URL without host or database, or a bad or unknown
   *     parameter; the message shows the URL with its password masked
   * @throws IllegalStateException when PostgreSQL cannot be reached or refuses the login
   */
  @Override
  public final JobStorePort open(EngineUrl url, LocalConfig config) {
    if (url.isBare()) {
      throw new IllegalArgumentException(
          "the "
              + scheme
              + ": queue engine needs a server: "
              + scheme
              + "://user:password@host:5432/database?schema=hyper");
    }
    PgPool pool;
    try {
      pool = PgPool.open(url, "queue");
    } catch (IllegalArgumentException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "cannot connect the queue to PostgreSQL at " + url + " (is it running?)", e);
    }
    try {
      return PgJobStore.open(pool);
    } catch (RuntimeException e) {
      throw new IllegalStateException("cannot create the queue tables in PostgreSQL at " + url, e);
    }
  }
}
