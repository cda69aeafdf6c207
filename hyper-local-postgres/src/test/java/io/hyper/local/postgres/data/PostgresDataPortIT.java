package io.hyper.local.postgres.data;

import io.hyper.local.contract.DataPortContract;
import io.hyper.local.port.DataPort;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The data port's contract on a real PostgreSQL, unchanged: its 400-try property holds every page
 * to the core's evaluator, whatever this engine pushes down.
 */
class PostgresDataPortIT extends DataPortContract {
  private static final String SCHEMA = PgTest.schema();

  @Override
  protected DataPort open() {
    return PgTest.store(SCHEMA, "data-contract");
  }

  @AfterContainer
  static void dropSchema() {
    PgTest.dropSchema(SCHEMA);
  }
}
