package io.hyper.connect.internal.service;

import io.hyper.connect.BulkResult;
import io.hyper.connect.DocResult;
import io.hyper.connect.DocsResult;
import io.hyper.connect.IdResult;
import io.hyper.connect.OkResult;
import io.hyper.connect.data.ListOptions;
import io.hyper.connect.data.QueryOptions;
import io.hyper.connect.data.SortField;
import io.hyper.connect.internal.Call;
import io.hyper.connect.internal.Check;
import io.hyper.connect.internal.JsonCodec;
import io.hyper.connect.internal.Replies;
import io.hyper.connect.internal.RequestBuilder;
import io.hyper.connect.internal.ServiceClient;
import java.util.Arrays;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The data service's requests and answer mappings, built once for both forms. */
final class DataCalls {
  final ServiceClient http;
  final JsonCodec codec;

  DataCalls(ServiceClient http) {
    this.http = http;
    this.codec = http.codec();
  }

  Call<OkResult> create() {
    return http.put("create").call(Replies::ok);
  }

  Call<OkResult> destroy(boolean confirm) {
    Check.confirmed(confirm, "the database at " + http.baseUrl());
    return http.delete("destroy").call(Replies::ok);
  }

  Call<IdResult> add(Object doc) {
    ObjectNode body = codec.jsonObject(doc, "doc");
    DataJson.checkOptionalId(body, "doc");
    return http.post("add").json(body).call(Replies::id);
  }

  Call<DocResult> get(String id) {
    RequestBuilder request = http.get("get").segment(Check.id(id, "id")).hyperShapedGet();
    return request.call(Replies::doc);
  }

  Call<IdResult> update(String id, Object doc) {
    Check.id(id, "id");
    ObjectNode body = codec.jsonObject(doc, "doc");
    return http.put("update").segment(id).json(body).call(Replies::id);
  }

  Call<IdResult> remove(String id) {
    return http.delete("remove").segment(Check.id(id, "id")).call(Replies::id);
  }

  Call<DocsResult> list(ListOptions options) {
    Check.notNull(options, "options");
    RequestBuilder request =
        http.get("list")
            .query("limit", options.limit().isPresent() ? "" + options.limit().getAsInt() : null)
            .query("startkey", options.startkey().orElse(null))
            .query("endkey", options.endkey().orElse(null))
            .query("keys", options.keys().map(k -> String.join(",", k)).orElse(null))
            .query("descending", options.descending() ? "true" : null);
    return request.call(Replies::docs);
  }

  Call<DocsResult> query(Object selector, QueryOptions options) {
    Check.notNull(options, "options");
    ObjectNode body =
        DataJson.query(codec, DataJson.selector(codec, selector, "selector"), options);
    return http.post("query").action("_query").json(body).call(Replies::docs);
  }

  Call<OkResult> index(String name, List<SortField> fields, Object partialFilter) {
    Check.notBlank(name, "name");
    Check.notNull(fields, "fields");
    if (fields.isEmpty()) {
      throw new IllegalArgumentException("fields must not be empty");
    }
    for (int i = 0; i < fields.size(); i++) {
      Check.notNull(fields.get(i), "fields[" + i + "]");
    }
    ObjectNode body = codec.object().put("name", name);
    body.set("fields", DataJson.fields(codec, fields));
    if (partialFilter != null) {
      body.set("partialFilter", DataJson.selector(codec, partialFilter, "partialFilter"));
    }
    return http.post("index").action("_index").json(body).call(Replies::ok);
  }

  Call<BulkResult> bulk(List<?> docs) {
    Check.notNull(docs, "docs");
    if (docs.isEmpty()) {
      throw new IllegalArgumentException("docs must not be empty");
    }
    ArrayNode body = codec.array();
    for (int i = 0; i < docs.size(); i++) {
      ObjectNode doc = codec.jsonObject(docs.get(i), "docs[" + i + "]");
      DataJson.checkRequiredId(doc, "docs[" + i + "]");
      body.add(doc);
    }
    return http.post("bulk").action("_bulk").json(body).call(Replies::bulk);
  }

  static List<SortField> namesOf(String... fields) {
    Check.notNull(fields, "fields");
    SortField[] out = new SortField[fields.length];
    for (int i = 0; i < fields.length; i++) {
      out[i] = SortField.of(Check.notBlank(fields[i], "fields[" + i + "]"));
    }
    return Arrays.asList(out);
  }
}
