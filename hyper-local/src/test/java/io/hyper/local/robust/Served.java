package io.hyper.local.robust;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.local.HyperLocal;
import io.hyper.local.TestHttp;
import io.hyper.local.TestHttp.Reply;
import io.hyper.local.robust.RawExchange.Answer;
import java.time.Duration;
import tools.jackson.databind.JsonNode;

/**
 * A running hyper-local with one stored document, and the checks every robustness test ends with:
 * the answer was hyper's JSON error, the server still serves, and the document is intact.
 */
final class Served implements AutoCloseable {
  static final String DOC = "{\"_id\":\"keep\",\"title\":\"intact\",\"n\":42}";

  /** Generous: the machine running the tests is shared and loaded. */
  static final Duration PROMPTLY = Duration.ofSeconds(10);

  final HyperLocal local;
  final TestHttp http;

  Served(HyperLocal.Builder builder) {
    this.local = builder.start();
    this.http = new TestHttp(local.url());
    assertThat(http.put("/data/robust", "").status()).isEqualTo(201);
    assertThat(http.post("/data/robust", DOC).status()).isEqualTo(201);
  }

  /** A default in-memory hyper-local. */
  static Served start() {
    return new Served(HyperLocal.builder());
  }

  int port() {
    return local.port();
  }

  /** The answer is {@code {ok:false,status,msg}} JSON with {@code status}, and nothing else. */
  static void assertJsonError(Answer answer, int status) {
    assertThat(answer.timedOut()).as("answered promptly").isFalse();
    assertThat(answer.status()).as(answer.text()).isEqualTo(status);
    assertThat(answer.header("content-type")).startsWith("application/json");
    JsonNode body = answer.json();
    assertThat(body.get("ok").asBoolean()).isFalse();
    assertThat(body.get("status").asInt()).isEqualTo(status);
    assertThat(body.get("msg").isString()).isTrue();
    assertThat(answer.text()).doesNotContain("<html", "Exception", "/tmp/", "jetty");
  }

  /** The server answers a normal request, and the stored document is what was written. */
  void assertStillServing() {
    Reply reply = http.get("/data/robust/keep");
    assertThat(reply.status()).isEqualTo(200);
    JsonNode doc = reply.json();
    assertThat(doc.get("title").asString()).isEqualTo("intact");
    assertThat(doc.get("n").asInt()).isEqualTo(42);
  }

  @Override
  public void close() {
    local.close();
  }
}
