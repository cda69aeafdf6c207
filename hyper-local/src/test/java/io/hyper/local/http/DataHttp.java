package io.hyper.local.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.local.TestHttp;
import io.hyper.local.TestHttp.Reply;
import io.hyper.local.core.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;

/** Calls and assertions the data route tests share. */
final class DataHttp {
  private static final AtomicInteger DATABASES = new AtomicInteger();

  private final TestHttp http;

  DataHttp(TestHttp http) {
    this.http = http;
  }

  /** A new, empty database; its path {@code /data/<name>}. */
  String newDb() {
    String path = missingDb();
    assertThat(http.put(path, "").status()).isEqualTo(201);
    return path;
  }

  /** The path of a database that does not exist. */
  String missingDb() {
    return "/data/db" + DATABASES.incrementAndGet();
  }

  /** Adds a document, expecting 201. */
  void add(String db, String doc) {
    assertThat(http.post(db, doc).status()).isEqualTo(201);
  }

  static JsonNode json(String text) {
    return Json.MAPPER.readTree(text);
  }

  /** An error in hyper's shape, with {@code status} in the body too. */
  static void assertError(Reply reply, int status) {
    assertThat(reply.status()).as(reply.text()).isEqualTo(status);
    assertThat(reply.header("Content-Type")).startsWith("application/json");
    JsonNode body = reply.json();
    assertThat(body.get("ok").asBoolean()).isFalse();
    assertThat(body.get("status").intValue()).isEqualTo(status);
    assertThat(body.get("msg").isString()).isTrue();
  }

  /** A JSON answer with exactly this status and body. */
  static void assertOk(Reply reply, int status, String body) {
    assertThat(reply.status()).as(reply.text()).isEqualTo(status);
    assertThat(reply.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
    assertThat(reply.json()).isEqualTo(json(body));
  }

  /** The ids of a 200 {@code {ok:true,docs}} answer, in order. */
  static List<String> ids(Reply reply) {
    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    assertThat(reply.json().get("ok").asBoolean()).isTrue();
    List<String> ids = new ArrayList<>();
    reply.json().get("docs").forEach(d -> ids.add(d.get("_id").stringValue()));
    return ids;
  }
}
