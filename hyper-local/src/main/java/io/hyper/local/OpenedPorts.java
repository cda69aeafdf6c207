package io.hyper.local;

import io.hyper.local.core.browse.BrowseService;
import io.hyper.local.port.CachePort;
import io.hyper.local.port.DataPort;
import io.hyper.local.port.JobStorePort;
import io.hyper.local.port.SearchPort;
import io.hyper.local.port.StoragePort;
import java.util.Optional;

/**
 * The engines a start-up opened, kept so that hyper vision's read-only views read the same ports
 * the services write, without the HTTP modules handing their engines out.
 */
final class OpenedPorts {
  private DataPort data;
  private CachePort cache;
  private SearchPort search;
  private StoragePort storage;
  private JobStorePort queue;

  DataPort data(DataPort port) {
    data = port;
    return port;
  }

  CachePort cache(CachePort port) {
    cache = port;
    return port;
  }

  SearchPort search(SearchPort port) {
    search = port;
    return port;
  }

  StoragePort storage(StoragePort port) {
    storage = port;
    return port;
  }

  JobStorePort queue(JobStorePort port) {
    queue = port;
    return port;
  }

  /** The read-only views over every engine that was opened. */
  BrowseService browse() {
    return new BrowseService(
        Optional.ofNullable(data),
        Optional.ofNullable(cache),
        Optional.ofNullable(search),
        Optional.ofNullable(storage),
        Optional.ofNullable(queue));
  }
}
