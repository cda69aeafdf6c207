package io.hyper.local.core.browse;

import io.hyper.local.core.HyperError;
import io.hyper.local.core.Json;
import io.hyper.local.core.cache.CacheNames;
import io.hyper.local.core.cache.Glob;
import io.hyper.local.core.data.DataErrors;
import io.hyper.local.core.data.IndexSpec;
import io.hyper.local.core.data.SortField;
import io.hyper.local.core.queue.JobStatus;
import io.hyper.local.core.queue.QueueSettings;
import io.hyper.local.core.search.IndexDefinition;
import io.hyper.local.core.storage.MediaTypes;
import io.hyper.local.core.storage.StorageService;
import io.hyper.local.port.CachePort;
import io.hyper.local.port.DataPort;
import io.hyper.local.port.JobStorePort;
import io.hyper.local.port.SearchPort;
import io.hyper.local.port.StoragePort;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What hyper vision reads beyond hyper's own API, one method per view, each answering hyper's
 * {@code {ok:true, …}} shape. Nothing here writes: the UI changes data through hyper's routes.
 *
 * <p>A service that is not running answers 404 {@code <service> is not running}; names are checked
 * by the same rules as hyper's routes, so bad input is the same 4xx.
 */
public final class BrowseService {
  private final Optional<DataPort> data;
  private final Optional<CachePort> cache;
  private final Optional<SearchPort> search;
  private final Optional<StoragePort> storage;
  private final Optional<JobStorePort> queue;

  /** A view over the ports of the running services; an absent port is a service not running. */
  public BrowseService(
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

  /**
   * Every name in use by any service (hyper's "domains": a connection string's last segment names a
   * database, a cache, an index, a bucket and a queue alike) with its counts: {@code {ok,
   * services:[…], domains:[{name, data?:{docs,indexes}, cache?:{keys}, search?:{docs},
   * storage?:{objects,bytes}, queue?:{READY,ERROR}}]}}.
   */
  public ObjectNode overview() throws IOException {
    return new Overview(data, cache, search, storage, queue).toJson();
  }

  /**
   * A database's document count and indexes: {@code {ok, name, docs, indexes:[{name, fields,
   * partialFilter?}]}}.
   */
  public ObjectNode database(String db) {
    DataPort port = running(data, "data");
    ObjectNode body =
        Json.ok().put("name", db).put("docs", port.count(db).orElseThrow(DataErrors::noDatabase));
    ArrayNode indexes = body.putArray("indexes");
    for (IndexSpec spec : port.indexes(db).orElseThrow(DataErrors::noDatabase)) {
      ObjectNode index = indexes.addObject().put("name", spec.name());
      ArrayNode fields = index.putArray("fields");
      for (SortField field : spec.fields()) {
        fields.addObject().put(field.field(), field.descending() ? "DESC" : "ASC");
      }
      spec.partialFilter().ifPresent(filter -> index.set("partialFilter", filter));
    }
    return body;
  }

  /**
   * A cache's entries matching a glob, with the milliseconds each has left: {@code {ok, docs:[{key,
   * value, ttl}]}}, {@code ttl} {@code null} for an entry that never expires, sorted by key.
   *
   * @param pattern the glob; empty means {@code *}
   * @throws HyperError 422 for an invalid store name; 404 for a missing store
   */
  public ObjectNode cacheEntries(String store, Optional<String> pattern) {
    CachePort port = running(cache, "cache");
    Glob glob = pattern.filter(p -> !p.isEmpty()).map(Glob::of).orElse(Glob.ALL);
    ObjectNode body = Json.ok();
    ArrayNode docs = body.putArray("docs");
    port
        .queryWithTtl(CacheNames.checkStore(store), glob)
        .orElseThrow(() -> HyperError.notFound("cache not found"))
        .stream()
        .sorted(java.util.Comparator.comparing(CachePort.TimedEntry::key))
        .forEach(
            e -> {
              ObjectNode doc = docs.addObject().put("key", e.key());
              doc.set("value", e.value());
              if (e.remaining().isPresent()) {
                doc.put("ttl", e.remaining().get().toMillis());
              } else {
                doc.putNull("ttl");
              }
            });
    return body;
  }

  /**
   * A search index's definition and size: {@code {ok, name, docs, fields, storeFields}}.
   *
   * @throws HyperError 404 when it does not exist
   */
  public ObjectNode searchIndex(String index) {
    SearchPort port = running(search, "search");
    SearchPort.IndexInfo info =
        port.indexes().stream()
            .filter(i -> i.name().equals(index))
            .findFirst()
            .orElseThrow(() -> HyperError.notFound("index not found"));
    IndexDefinition definition = info.definition();
    ObjectNode body = Json.ok().put("name", info.name()).put("docs", info.docs());
    definition.fields().forEach(body.putArray("fields")::add);
    definition.storeFields().forEach(body.putArray("storeFields")::add);
    return body;
  }

  /**
   * The objects and folders directly inside a folder of a bucket: {@code {ok, bucket, folder,
   * items:[{name, path, folder, size?, type?, modified?}]}}, folders first.
   *
   * @param folder a folder path inside the bucket, or empty for its top; a trailing {@code /} is
   *     allowed
   * @throws HyperError 400 for an unsafe name; 404 when the bucket or the folder does not exist
   */
  public ObjectNode storageFolder(String bucket, String folder) throws IOException {
    StoragePort port = running(storage, "storage");
    String trimmed = folder.endsWith("/") ? folder.substring(0, folder.length() - 1) : folder;
    String name = StorageService.bucketName(bucket);
    String checked = trimmed.isEmpty() ? "" : StorageService.objectPath(trimmed);
    ObjectNode body = Json.ok().put("bucket", name).put("folder", checked);
    ArrayNode items = body.putArray("items");
    List<StoragePort.Item> listed =
        port.list(name, checked)
            .orElseThrow(StorageService::noBucket)
            .orElseThrow(() -> HyperError.notFound("folder does not exist"));
    for (StoragePort.Item item : listed) {
      String path = checked.isEmpty() ? item.name() : checked + "/" + item.name();
      ObjectNode node =
          items.addObject().put("name", item.name()).put("path", path).put("folder", item.folder());
      if (!item.folder()) {
        node.put("size", item.size())
            .put("type", MediaTypes.of(path))
            .put("modified", item.modified().toString());
      }
    }
    return body;
  }

  /**
   * A queue's target, whether it signs, its job counts and its jobs with one status: {@code {ok,
   * name, target, signed, counts:{READY,ERROR}, jobs:[{id, job, status, timestmp, error?,
   * attempts}]}}. The secret itself is never shown.
   *
   * @throws HyperError 422 for a status other than READY or ERROR; 404 when the queue does not
   *     exist
   */
  public ObjectNode queueJobs(String name, Optional<String> status) {
    JobStorePort port = running(queue, "queue");
    JobStatus wanted = JobStatus.parse(status.or(() -> Optional.of("READY")));
    QueueSettings settings =
        port.settings(name).orElseThrow(() -> HyperError.notFound("queue not found"));
    ObjectNode body =
        Json.ok()
            .put("name", name)
            .put("target", settings.target().toString())
            .put("signed", settings.secret().isPresent());
    ObjectNode counts = body.putObject("counts");
    ArrayNode jobs = body.putArray("jobs");
    for (JobStatus each : JobStatus.values()) {
      var listed = port.jobs(name, each).orElseThrow(() -> HyperError.notFound("queue not found"));
      counts.put(each.name(), listed.size());
      if (each == wanted) {
        listed.forEach(j -> jobs.add(j.job().toJson().put("attempts", j.attempts())));
      }
    }
    return body;
  }

  static <T> T running(Optional<T> port, String service) {
    return port.orElseThrow(() -> HyperError.notFound(service + " is not running"));
  }
}
