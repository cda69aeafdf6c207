package io.hyper.local.opensearch;

import io.hyper.local.core.HyperError;
import io.hyper.local.core.Json;
import io.hyper.local.core.search.IndexDefinition;
import io.hyper.local.core.search.SearchQuery;
import io.hyper.local.port.AddOutcome;
import io.hyper.local.port.Scoped;
import io.hyper.local.port.SearchPort;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The search engine on an OpenSearch cluster: one OpenSearch index (behind an alias, see {@link
 * IndexNames}) per hyper index, its definition in the mapping's {@code _meta}.
 *
 * <p>Every instance on the same URL sees the same indexes: nothing is cached here, each write reads
 * the definition from the cluster (one small request), and creating an index is atomic in the
 * cluster, so of two instances creating one name exactly one succeeds. Writes refresh the shard
 * before they return ({@code refresh=true}), so the very next query on any instance sees them;
 * writes address the alias with {@code require_alias}, so a write racing a {@code destroy} fails
 * instead of auto-creating a stray index. Adding is OpenSearch's {@code _create}, so of concurrent
 * adds of one key exactly one wins. Thread-safe.
 */
public final class OpenSearchSearch implements SearchPort {
  /** Documents per bulk request of an upsert. */
  static final int BULK = 1000;

  /**
   * Matches per page of a query: OpenSearch's default {@code index.max_result_window}, so that up
   * to 10,000 matches take one request.
   */
  static final int PAGE = 10_000;

  private final OsClient client;
  private final IndexNames names;
  private final int page;

  OpenSearchSearch(OpenSearchUrl url, int page) {
    this.client = new OsClient(url);
    this.names = new IndexNames(url.prefix());
    this.page = page;
  }

  @Override
  public boolean create(String index, IndexDefinition definition) {
    OsClient.Reply reply =
        client.send(
            "PUT",
            "/" + names.concrete(index),
            Map.of(),
            OsDocs.createBody(index, names.alias(index), definition));
    if (reply.ok()) {
      return true;
    }
    if (reply.errorType().equals("resource_already_exists_exception")) {
      return false;
    }
    throw OsClient.unexpected("create the search index", reply);
  }

  @Override
  public boolean destroy(String index) {
    OsClient.Reply reply = client.send("DELETE", "/" + names.concrete(index), Map.of(), null);
    if (reply.ok()) {
      return true;
    }
    if (reply.status() == 404) {
      return false;
    }
    throw OsClient.unexpected("delete the search index", reply);
  }

  @Override
  public AddOutcome add(String index, Doc doc) {
    Optional<IndexDefinition> definition = definition(index);
    if (definition.isEmpty()) {
      return AddOutcome.NO_CONTAINER;
    }
    OsClient.Reply reply =
        client.send(
            "PUT",
            "/" + names.alias(index) + "/_create/" + OsClient.segment(DocIds.of(doc.key())),
            Map.of("refresh", "true", "require_alias", "true"),
            OsDocs.toSource(doc.key(), doc.doc(), definition.get()));
    if (reply.ok()) {
      return AddOutcome.ADDED;
    }
    if (reply.status() == 409) {
      return AddOutcome.KEY_EXISTS;
    }
    if (reply.errorType().equals("index_not_found_exception")) {
      return AddOutcome.NO_CONTAINER;
    }
    throw OsClient.unexpected("add the document", reply);
  }

  @Override
  public Scoped<Optional<ObjectNode>> get(String index, String key) {
    OsClient.Reply reply =
        client.send(
            "GET",
            "/" + names.alias(index) + "/_doc/" + OsClient.segment(DocIds.of(key)),
            Map.of("_source_includes", "doc,hyper.key"),
            null);
    if (reply.errorType().equals("index_not_found_exception")) {
      return Scoped.missing();
    }
    if (reply.status() == 404 || (reply.ok() && !reply.body().path("found").asBoolean(false))) {
      return Scoped.of(Optional.empty());
    }
    if (!reply.ok()) {
      throw OsClient.unexpected("read the document", reply);
    }
    JsonNode source = reply.body().path("_source");
    if (!key.equals(source.path("hyper").path("key").asString(null))) {
      return Scoped.of(Optional.empty()); // another key with the same hashed id: not this one
    }
    return Scoped.of(Optional.of((ObjectNode) source.get("doc")));
  }

  @Override
  public boolean upsert(String index, List<Doc> docs) {
    Optional<IndexDefinition> definition = definition(index);
    if (definition.isEmpty()) {
      return false;
    }
    for (int from = 0; from < docs.size(); from += BULK) {
      List<Doc> chunk = docs.subList(from, Math.min(docs.size(), from + BULK));
      boolean last = from + BULK >= docs.size();
      if (!bulk(index, chunk, definition.get(), last)) {
        return false;
      }
    }
    return true;
  }

  /** One bulk request of index operations; false when the index is gone. */
  private boolean bulk(String index, List<Doc> docs, IndexDefinition definition, boolean refresh) {
    List<JsonNode> lines = new ArrayList<>(docs.size() * 2);
    for (Doc doc : docs) {
      ObjectNode action = Json.object();
      action.putObject("index").put("_id", DocIds.of(doc.key()));
      lines.add(action);
      lines.add(OsDocs.toSource(doc.key(), doc.doc(), definition));
    }
    OsClient.Reply reply =
        client.sendLines(
            "/" + names.alias(index) + "/_bulk",
            Map.of("refresh", refresh ? "true" : "false", "require_alias", "true"),
            lines);
    if (reply.errorType().equals("index_not_found_exception")) {
      return false;
    }
    if (!reply.ok()) {
      throw OsClient.unexpected("store the documents", reply);
    }
    if (!reply.body().path("errors").asBoolean(false)) {
      return true;
    }
    return BulkFailures.check(reply.body(), docs.size());
  }

  @Override
  public Scoped<Boolean> remove(String index, String key) {
    OsClient.Reply reply =
        client.send(
            "DELETE",
            "/" + names.alias(index) + "/_doc/" + OsClient.segment(DocIds.of(key)),
            Map.of("refresh", "true"),
            null);
    if (reply.errorType().equals("index_not_found_exception")) {
      return Scoped.missing();
    }
    if (reply.ok()) {
      return Scoped.of(true);
    }
    if (reply.status() == 404) {
      return Scoped.of(false);
    }
    throw OsClient.unexpected("remove the document", reply);
  }

  @Override
  public Scoped<List<Match>> query(String index, SearchQuery query) {
    Optional<IndexDefinition> definition = definition(index);
    if (definition.isEmpty()) {
      return Scoped.missing();
    }
    Optional<ObjectNode> built = MatchQuery.build(query, definition.get());
    if (built.isEmpty()) {
      return Scoped.of(List.of());
    }
    List<Match> matches = new ArrayList<>();
    JsonNode after = null;
    while (true) {
      ObjectNode body = Json.object();
      body.set("query", built.get());
      body.put("size", page).put("track_scores", true).put("track_total_hits", false);
      body.putArray("_source").add("hyper");
      body.putArray("sort").add(Json.object().put("_score", "desc")).add("_seq_no");
      if (after != null) {
        body.set("search_after", after);
      }
      OsClient.Reply reply =
          client.send("POST", "/" + names.alias(index) + "/_search", Map.of(), body);
      if (reply.errorType().equals("index_not_found_exception")) {
        return Scoped.missing();
      }
      if (!reply.ok()) {
        throw OsClient.unexpected("query the index", reply);
      }
      JsonNode hits = reply.body().path("hits").path("hits");
      for (JsonNode hit : hits) {
        JsonNode hyper = hit.path("_source").path("hyper");
        matches.add(
            new Match(
                hyper.path("key").asString(),
                hit.path("_score").floatValue(),
                (ObjectNode) hyper.path("stored")));
        after = hit.get("sort");
      }
      if (hits.size() < page) {
        return Scoped.of(matches);
      }
    }
  }

  @Override
  public List<IndexInfo> indexes() {
    OsClient.Reply mappings =
        client.send("GET", "/" + names.pattern() + "/_mapping", Map.of(), null);
    if (!mappings.ok()) {
      throw OsClient.unexpected("list the search indexes", mappings);
    }
    OsClient.Reply stats =
        client.send("GET", "/" + names.pattern() + "/_stats/docs", Map.of(), null);
    if (!stats.ok()) {
      throw OsClient.unexpected("count the documents of the search indexes", stats);
    }
    List<IndexInfo> infos = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : mappings.body().properties()) {
      JsonNode meta = entry.getValue().path("mappings").path("_meta").path("hyper");
      String name = meta.path("name").asString(null);
      if (name == null || !names.concrete(name).equals(entry.getKey())) {
        continue; // not one of ours
      }
      long docs =
          stats
              .body()
              .path("indices")
              .path(entry.getKey())
              .path("primaries")
              .path("docs")
              .path("count")
              .asLong(0);
      infos.add(new IndexInfo(name, IndexDefinition.fromJson(meta.get("definition")), docs));
    }
    infos.sort(Comparator.comparing(IndexInfo::name));
    return infos;
  }

  /** The index's definition as the cluster has it now, or empty when there is no such index. */
  private Optional<IndexDefinition> definition(String index) {
    OsClient.Reply reply =
        client.send("GET", "/" + names.alias(index) + "/_mapping", Map.of(), null);
    if (reply.status() == 404) {
      return Optional.empty();
    }
    if (!reply.ok()) {
      throw OsClient.unexpected("read the index definition", reply);
    }
    for (JsonNode mapping : reply.body().values()) {
      JsonNode definition = mapping.path("mappings").path("_meta").path("hyper").get("definition");
      if (definition != null) {
        return Optional.of(IndexDefinition.fromJson(definition));
      }
    }
    throw new HyperError(500, "internal error: the search index has no hyper definition");
  }

  /** Closes the HTTP client; the indexes stay in the cluster. */
  @Override
  public void close() {
    client.close();
  }
}
