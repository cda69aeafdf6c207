package io.hyper.local.core.browse;

import io.hyper.local.core.Json;
import io.hyper.local.core.cache.Glob;
import io.hyper.local.core.queue.JobStatus;
import io.hyper.local.port.CachePort;
import io.hyper.local.port.DataPort;
import io.hyper.local.port.JobStorePort;
import io.hyper.local.port.SearchPort;
import io.hyper.local.port.StoragePort;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The overview of every name in use, grouped by name across services, with counts. Built once per
 * request; a name destroyed while it is read is left out rather than failing the whole overview.
 */
final class Overview {
  private final Optional<DataPort> data;
  private final Optional<CachePort> cache;
  private final Optional<SearchPort> search;
  private final Optional<StoragePort> storage;
  private final Optional<JobStorePort> queue;
  private final Map<String, ObjectNode> domains = new TreeMap<>();

  Overview(
      Optional<DataPort> data,
      Optional<CachePort> cache,
      Optional<SearchPort> search,
      Optional<StoragePort> storage,
      Optional<JobStorePort> queue) {
    this.data = data;
    this.cache = cache;
    this.search = search;
    this.storage = storage;
    this.queue = queue;
  }

  ObjectNode toJson() throws IOException {
    ObjectNode body = Json.ok();
    ArrayNode services = body.putArray("services");
    data.ifPresent(
        port -> {
          services.add("data");
          for (String db : port.databases()) {
            var docs = port.count(db);
            var indexes = port.indexes(db);
            if (!docs.isMissing() && !indexes.isMissing()) {
              domain(db)
                  .putObject("data")
                  .put("docs", docs.value())
                  .put("indexes", indexes.value().size());
            }
          }
        });
    cache.ifPresent(
        port -> {
          services.add("cache");
          for (String store : port.stores()) {
            var keys = port.query(store, Glob.ALL);
            if (!keys.isMissing()) {
              domain(store).putObject("cache").put("keys", keys.value().size());
            }
          }
        });
    search.ifPresent(
        port -> {
          services.add("search");
          for (SearchPort.IndexInfo index : port.indexes()) {
            domain(index.name()).putObject("search").put("docs", index.docs());
          }
        });
    if (storage.isPresent()) {
      services.add("storage");
      StoragePort port = storage.get();
      for (String bucket : port.buckets()) {
        var usage = port.usage(bucket);
        if (!usage.isMissing()) {
          domain(bucket)
              .putObject("storage")
              .put("objects", usage.value().objects())
              .put("bytes", usage.value().bytes());
        }
      }
    }
    queue.ifPresent(
        port -> {
          services.add("queue");
          for (String name : port.queues()) {
            // A queue destroyed meanwhile has no listing: it is skipped, as a gone store is.
            Map<String, Integer> counts = new java.util.LinkedHashMap<>();
            for (JobStatus status : JobStatus.values()) {
              port.list(name, status).ifPresent(jobs -> counts.put(status.name(), jobs.size()));
            }
            if (counts.size() == JobStatus.values().length) {
              ObjectNode queueCounts = domain(name).putObject("queue");
              counts.forEach(queueCounts::put);
            }
          }
        });
    ArrayNode list = body.putArray("domains");
    domains.values().forEach(list::add);
    return body;
  }

  private ObjectNode domain(String name) {
    return domains.computeIfAbsent(name, n -> Json.object().put("name", n));
  }
}
