package io.hyper.local.postgres.queue;

import io.hyper.local.contract.JobStorePortContract;
import io.hyper.local.port.JobStorePort;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;

/** The job store contract on a real PostgreSQL, each test in a schema of its own. */
class PostgresJobStoreIT extends JobStorePortContract {
  private static final List<String> SCHEMAS = new ArrayList<>();

  @Override
  protected JobStorePort open() {
    String schema = PgTestDatabase.newSchema("contract");
    SCHEMAS.add(schema);
    return PgTestDatabase.openStore(schema, 9);
  }

  @AfterAll
  static void dropSchemas() {
    SCHEMAS.forEach(PgTestDatabase::drop);
  }
}
