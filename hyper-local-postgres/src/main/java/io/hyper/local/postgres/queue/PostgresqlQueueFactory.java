package io.hyper.local.postgres.queue;

/** {@link PgQueueFactory} for {@code --queue postgresql://…}, the scheme's long spelling. */
public final class PostgresqlQueueFactory extends PgQueueFactory {
  /** The factory for {@code postgresql:} URLs. */
  public PostgresqlQueueFactory() {
    super("postgresql");
  }
}
