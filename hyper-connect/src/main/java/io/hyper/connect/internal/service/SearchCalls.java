package io.hyper.connect.internal.service;

import io.hyper.connect.BulkResult;
import io.hyper.connect.DocResult;
import io.hyper.connect.OkResult;
import io.hyper.connect.internal.Call;
import io.hyper.connect.internal.Check;
import io.hyper.connect.internal.JsonCodec;
import io.hyper.connect.internal.Replies;
import io.hyper.connect.internal.Reply;
import io.hyper.connect.internal.ServiceClient;
import io.hyper.connect.search.MatchesResult;
import io.hyper.connect.search.SearchQueryOptions;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The search service's requests and answer mappings, built once for both forms. */
final class SearchCalls {
  final ServiceClient http;
  final JsonCodec codec;

  SearchCalls(ServiceClient http) {
    this.http = http;
    this.codec = http.codec();
  }

  Call<OkResult> create(List<String> fields, List<String> storeFields) {
    Check.noneBlank(fields, "fields");
    ObjectNode body = codec.object();
    fields.forEach(body.putArray("fields")::add);
    if (storeFields != null) {
      Check.noneBlank(storeFields, "storeFields");
      storeFields.forEach(body.putArray("storeFields")::add);
    }
    return http.put("create").json(body).call(Replies::ok);
  }

  Call<OkResult> destroy(boolean confirm) {
    Check.confirmed(confirm, "the search index at " + http.baseUrl());
    return http.delete("destroy").call(Replies::ok);
  }

  Call<OkResult> add(String key, Object doc) {
    Check.id(key, "key");
    ObjectNode body = codec.object().put("key", key);
    body.set("doc", codec.jsonObject(doc, "doc"));
    return http.post("add").json(body).call(Replies::ok);
  }

  Call<DocResult> get(String key) {
    return http.get("get").segment(Check.id(key, "key")).call(Replies::doc);
  }

  Call<OkResult> update(String key, Object doc) {
    Check.id(key, "key");
    ObjectNode body = codec.jsonObject(doc, "doc");
    return http.put("update").segment(key).json(body).call(Replies::ok);
  }

  Call<OkResult> remove(String key) {
    return http.delete("remove").segment(Check.id(key, "key")).call(Replies::ok);
  }

  Call<BulkResult> load(List<?> docs) {
    Check.notNull(docs, "docs");
    if (docs.isEmpty()) {
      throw new IllegalArgumentException("docs must not be empty");
    }
    ArrayNode body = codec.array();
    for (int i = 0; i < docs.size(); i++) {
      ObjectNode doc = codec.jsonObject(docs.get(i), "docs[" + i + "]");
      if (!hasKey(doc.get("_id")) && !hasKey(doc.get("id"))) {
        throw new IllegalArgumentException(
            "docs[" + i + "] needs a string _id or id to be its key, was " + doc);
      }
      String field = hasKey(doc.get("_id")) ? "_id" : "id";
      Check.id(doc.get(field).stringValue(), "docs[" + i + "]." + field);
      body.add(doc);
    }
    return http.post("load").action("_bulk").json(body).call(Replies::bulk);
  }

  static boolean hasKey(JsonNode id) {
    return id != null && id.isString() && !id.stringValue().isBlank();
  }

  Call<MatchesResult> query(String query, SearchQueryOptions options) {
    Check.notBlank(query, "query");
    Check.notNull(options, "options");
    ObjectNode body = codec.object().put("query", query);
    options.fields().ifPresent(f -> f.forEach(body.putArray("fields")::add));
    options.filter().ifPresent(f -> body.set("filter", codec.jsonObject(f, "filter")));
    return http.post("query").action("_query").json(body).call(SearchCalls::matches);
  }

  static MatchesResult matches(Reply reply) {
    JsonNode matches = reply.ok() ? Replies.array(reply, "matches") : null;
    return new MatchesResult(
        reply.ok(),
        reply.status(),
        reply.msg(),
        matches,
        reply.codec().documents(),
        reply.operation());
  }
}
