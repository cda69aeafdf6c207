package io.hyper.connect.internal.service;

import io.hyper.connect.cache.CacheService;
import io.hyper.connect.data.DataService;
import io.hyper.connect.info.InfoService;
import io.hyper.connect.internal.ServiceClient;
import io.hyper.connect.queue.QueueService;
import io.hyper.connect.search.SearchService;
import io.hyper.connect.storage.StorageService;

/** Makes the hidden implementations of the service interfaces, each with its async view. */
public final class Services {
  private Services() {}

  /**
   * Makes the data service.
   *
   * @param http the service's client
   * @return the service
   */
  public static DataService data(ServiceClient http) {
    return new SyncData(http);
  }

  /**
   * Makes the cache service.
   *
   * @param http the service's client
   * @return the service
   */
  public static CacheService cache(ServiceClient http) {
    return new SyncCache(http);
  }

  /**
   * Makes the search service.
   *
   * @param http the service's client
   * @return the service
   */
  public static SearchService search(ServiceClient http) {
    return new SyncSearch(http);
  }

  /**
   * Makes the storage service.
   *
   * @param http the service's client
   * @return the service
   */
  public static StorageService storage(ServiceClient http) {
    return new SyncStorage(http);
  }

  /**
   * Makes the queue service.
   *
   * @param http the service's client
   * @return the service
   */
  public static QueueService queue(ServiceClient http) {
    return new SyncQueue(http);
  }

  /**
   * Makes the info service.
   *
   * @param http the service's client
   * @return the service
   */
  public static InfoService info(ServiceClient http) {
    return new SyncInfo(http);
  }
}
