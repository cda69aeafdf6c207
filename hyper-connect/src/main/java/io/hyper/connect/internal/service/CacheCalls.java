package io.hyper.connect.internal.service;

import io.hyper.connect.DocResult;
import io.hyper.connect.OkResult;
import io.hyper.connect.cache.CacheEntry;
import io.hyper.connect.cache.EntriesResult;
import io.hyper.connect.internal.Call;
import io.hyper.connect.internal.Check;
import io.hyper.connect.internal.JsonCodec;
import io.hyper.connect.internal.Replies;
import io.hyper.connect.internal.Reply;
import io.hyper.connect.internal.ServiceClient;
import io.hyper.connect.internal.TtlFormat;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The cache service's requests and answer mappings, built once for both forms. */
final class CacheCalls {
  final ServiceClient http;
  final JsonCodec codec;

  CacheCalls(ServiceClient http) {
    this.http = http;
    this.codec = http.codec();
  }

  Call<OkResult> create() {
    return http.put("create").call(Replies::ok);
  }

  Call<OkResult> destroy(boolean confirm) {
    Check.confirmed(confirm, "the cache store at " + http.baseUrl());
    return http.delete("destroy").call(Replies::ok);
  }

  Call<OkResult> add(String key, Object value, String ttl) {
    Check.cacheKey(key);
    ObjectNode body = codec.object().put("key", key);
    body.set("value", codec.jsonObject(value, "value"));
    if (ttl != null) {
      body.put("ttl", ttl);
    }
    return http.post("add").json(body).call(Replies::ok);
  }

  Call<DocResult> get(String key) {
    return http.get("get").segment(Check.cacheKey(key)).hyperShapedGet().call(Replies::doc);
  }

  Call<OkResult> set(String key, Object value, String ttl) {
    Check.cacheKey(key);
    ObjectNode body = codec.jsonObject(value, "value");
    return http.put("set").segment(key).query("ttl", ttl).json(body).call(Replies::ok);
  }

  Call<OkResult> remove(String key) {
    return http.delete("remove").segment(Check.cacheKey(key)).call(Replies::ok);
  }

  Call<EntriesResult> query(String pattern) {
    Check.notBlank(pattern, "pattern");
    return http.post("query").action("_query").query("pattern", pattern).call(CacheCalls::entries);
  }

  /** The SDK reads each entry's key itself; only the value is the app's JSON. */
  static EntriesResult entries(Reply reply) {
    List<CacheEntry> entries = null;
    if (reply.ok()) {
      entries = new ArrayList<>();
      for (JsonNode entry : Replies.array(reply, "docs")) {
        JsonNode key = entry.path("key");
        entries.add(
            new CacheEntry(
                key.isString() ? key.stringValue() : null,
                entry.path("value"),
                reply.codec().documents(),
                reply.operation()));
      }
    }
    return new EntriesResult(reply.ok(), reply.status(), reply.msg(), entries, reply.operation());
  }

  static String checkTtl(String ttl) {
    TtlFormat.parseMillis(ttl);
    return ttl;
  }
}
