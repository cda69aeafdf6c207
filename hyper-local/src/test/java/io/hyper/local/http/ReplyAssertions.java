package io.hyper.local.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.local.TestHttp.Reply;
import io.hyper.local.core.Json;
import tools.jackson.databind.JsonNode;

/** Checks of hyper's answer shapes, shared by the route tests. */
final class ReplyAssertions {
  private ReplyAssertions() {}

  /** {@code {"ok":true}} exactly, with {@code status}. */
  static void assertOk(Reply reply, int status) {
    assertThat(reply.status()).as(reply.text()).isEqualTo(status);
    assertThat(reply.json()).isEqualTo(Json.ok());
  }

  /** {@code {"ok":false,"status":status,"msg":"…"}} with the same HTTP status. */
  static JsonNode assertError(Reply reply, int status) {
    assertThat(reply.status()).as(reply.text()).isEqualTo(status);
    assertThat(reply.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
    JsonNode body = reply.json();
    assertThat(body.get("ok").asBoolean()).isFalse();
    assertThat(body.get("status").asInt()).isEqualTo(status);
    assertThat(body.get("msg").isString()).isTrue();
    return body;
  }
}
