package io.hyper.local.adapter.fs;

import io.hyper.local.contract.StoragePortContract;
import io.hyper.local.port.StoragePort;

/** The file system, in a temporary directory, passes the storage contract. */
class FsStorageContractTest extends StoragePortContract {
  @Override
  protected StoragePort open() {
    return FsStorage.temporary();
  }
}
