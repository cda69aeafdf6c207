package io.hyper.local.adapter.sqlite;

import io.hyper.local.contract.DataPortContract;
import io.hyper.local.port.DataPort;

/** SQLite, in memory, passes the data contract: what it pushes down agrees with the core. */
class SqliteDataContractTest extends DataPortContract {
  @Override
  protected DataPort open() {
    return SqliteDataStore.inMemory();
  }
}
