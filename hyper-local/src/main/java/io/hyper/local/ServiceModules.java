package io.hyper.local;

import io.hyper.local.core.cache.CacheService;
import io.hyper.local.core.data.DataService;
import io.hyper.local.core.data.Ids;
import io.hyper.local.core.queue.Backoff;
import io.hyper.local.core.queue.Delivery;
import io.hyper.local.core.queue.QueueService;
import io.hyper.local.core.search.SearchService;
import io.hyper.local.core.storage.StorageService;
import io.hyper.local.core.storage.UrlSigner;
import io.hyper.local.engine.EngineUrl;
import io.hyper.local.engine.Engines;
import io.hyper.local.http.CacheModule;
import io.hyper.local.http.DataModule;
import io.hyper.local.http.QueueModule;
import io.hyper.local.http.SearchModule;
import io.hyper.local.http.ServiceModule;
import io.hyper.local.http.StorageModule;
import io.hyper.local.port.CachePort;
import io.hyper.local.port.DataPort;
import io.hyper.local.port.JobStorePort;
import io.hyper.local.port.SearchPort;
import io.hyper.local.port.StoragePort;

/**
 * Wires one service: opens its engine by URL, puts the core service on it, and hands that to the
 * service's routes. The only place where engine, core and HTTP meet.
 */
final class ServiceModules {
  private ServiceModules() {}

  /**
   * Opens {@code service} on the engine {@code url} names.
   *
   * @param ports receives the opened engine, by service, for hyper vision's read-only views
   * @throws IllegalArgumentException for an unknown scheme or a URL the engine refuses
   */
  static ServiceModule open(
      Service service, EngineUrl url, Engines engines, LocalConfig config, OpenedPorts ports) {
    return switch (service) {
      case DATA ->
          new DataModule(
              new DataService(
                  ports.data(engines.open(service, DataPort.class, url, config)),
                  new Ids(config.clock())));
      case CACHE ->
          new CacheModule(
              new CacheService(ports.cache(engines.open(service, CachePort.class, url, config))));
      case SEARCH ->
          new SearchModule(
              new SearchService(
                  ports.search(engines.open(service, SearchPort.class, url, config))));
      case STORAGE ->
          new StorageModule(
              new StorageService(
                  ports.storage(engines.open(service, StoragePort.class, url, config))),
              new UrlSigner(config.signingKey(), config.clock()),
              config.publicUrl());
      case QUEUE ->
          new QueueModule(
              queues(ports.queue(engines.open(service, JobStorePort.class, url, config)), config));
    };
  }

  private static QueueService queues(JobStorePort store, LocalConfig config) {
    Backoff backoff = new Backoff(config.deliveryAttempts(), config.deliveryBackoff());
    Delivery delivery = new Delivery(store, config.clock(), backoff, config.deliveryTimeout());
    QueueService queues = new QueueService(store, delivery, config.clock());
    try {
      return queues.start();
    } catch (RuntimeException e) {
      queues.close();
      throw e;
    }
  }
}
