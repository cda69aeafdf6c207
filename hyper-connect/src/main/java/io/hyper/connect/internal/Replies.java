package io.hyper.connect.internal;

import io.hyper.connect.BulkItem;
import io.hyper.connect.BulkResult;
import io.hyper.connect.DocResult;
import io.hyper.connect.DocsResult;
import io.hyper.connect.IdResult;
import io.hyper.connect.OkResult;
import java.lang.System.Logger.Level;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads HTTP answers into {@link Reply}s (hyper contract §9.2) and replies into the public result
 * records: the response mapping, written once for every service.
 */
public final class Replies {
  private static final System.Logger LOG = System.getLogger("io.hyper.connect");
  private static final int MAX_TEXT = 2000;

  private Replies() {}

  /**
   * Reads an answer: a 5xx throws; a JSON body is parsed; any other body becomes {@code {ok:
   * <2xx?>, msg: <text>}}; a 2xx in stream mode keeps its stream.
   *
   * @param request the request that was sent
   * @param response the answer
   * @param codec the codec
   * @param startNanos when the attempt started, for the log line
   * @return the reply
   * @throws io.hyper.connect.ServerException for a status of 500 or more
   */
  static Reply read(
      Request request, HttpResponse<RawBody> response, JsonCodec codec, long startNanos) {
    int status = response.statusCode();
    LOG.log(
        Level.DEBUG,
        () ->
            request.operation()
                + " "
                + request.method()
                + " "
                + request.uri()
                + " -> "
                + status
                + " ("
                + (System.nanoTime() - startNanos) / 1_000_000
                + " ms)");
    if (response.body() instanceof RawBody.Stream s) {
      return new Reply(
          request.operation().label(),
          status,
          codec.object(),
          s.stream(),
          response.headers(),
          codec);
    }
    byte[] bytes = ((RawBody.Bytes) response.body()).bytes();
    JsonNode body = parse(status, bytes, response.headers().firstValue("Content-Type"), codec);
    Reply reply =
        new Reply(request.operation().label(), status, body, null, response.headers(), codec);
    if (status >= 500) {
      throw Failures.of(status, request.operation().label(), reply.msg().orElse(null));
    }
    return reply;
  }

  private static JsonNode parse(
      int status, byte[] bytes, Optional<String> contentType, JsonCodec codec) {
    boolean success = status >= 200 && status < 300;
    if (bytes.length == 0) {
      return codec.object();
    }
    if (contentType.map(t -> t.toLowerCase(java.util.Locale.ROOT).contains("json")).orElse(false)) {
      try {
        return JsonCodec.read(bytes);
      } catch (JacksonException e) {
        // Not JSON after all: fall through to the text form.
      }
    }
    String text = new String(bytes, StandardCharsets.UTF_8).strip();
    if (text.length() > MAX_TEXT) {
      text = text.substring(0, MAX_TEXT) + "...";
    }
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("ok", success);
    node.put("msg", text);
    return node;
  }

  /**
   * Maps a reply to an {@link OkResult}.
   *
   * @param reply the reply
   * @return the result
   */
  public static OkResult ok(Reply reply) {
    return new OkResult(reply.ok(), reply.status(), reply.msg(), reply.operation());
  }

  /**
   * Maps a reply whose ok answer carries {@code id} to an {@link IdResult}.
   *
   * @param reply the reply
   * @return the result
   */
  public static IdResult id(Reply reply) {
    JsonNode id = reply.required("id");
    return new IdResult(
        reply.ok(),
        reply.status(),
        reply.msg(),
        id.isValueNode() && !id.isNull() ? id.asString() : null,
        reply.operation());
  }

  /**
   * Maps a reply carrying {@code doc} to a {@link DocResult}. An ok answer without {@code ok} and
   * {@code doc} fields is taken as the bare document (a server answering in legacy-GET mode).
   *
   * @param reply the reply
   * @return the result
   */
  public static DocResult doc(Reply reply) {
    JsonNode doc = null;
    if (reply.ok()) {
      JsonNode body = reply.body();
      doc = body.has("doc") || body.has("ok") ? reply.required("doc") : body;
    }
    return new DocResult(
        reply.ok(), reply.status(), reply.msg(), doc, reply.codec().documents(), reply.operation());
  }

  /**
   * Maps a reply carrying {@code docs} to a {@link DocsResult}.
   *
   * @param reply the reply
   * @return the result
   */
  public static DocsResult docs(Reply reply) {
    JsonNode docs = reply.ok() ? array(reply, "docs") : null;
    return new DocsResult(
        reply.ok(),
        reply.status(),
        reply.msg(),
        docs,
        reply.codec().documents(),
        reply.operation());
  }

  /**
   * Returns a required array field of an ok reply.
   *
   * @param reply the reply
   * @param name the field
   * @return the array
   * @throws io.hyper.connect.HyperException when it is missing or not an array
   */
  public static JsonNode array(Reply reply, String name) {
    JsonNode node = reply.required(name);
    if (!node.isArray()) {
      throw new io.hyper.connect.HyperException(
          reply.operation() + ": the answer's '" + name + "' is not an array");
    }
    return node;
  }

  /**
   * Maps a reply carrying {@code results} to a {@link BulkResult}.
   *
   * @param reply the reply
   * @return the result
   */
  public static BulkResult bulk(Reply reply) {
    List<BulkItem> items = new ArrayList<>();
    if (reply.ok()) {
      for (JsonNode entry : reply.required("results")) {
        JsonNode id = entry.path("id");
        JsonNode msg = entry.path("msg");
        items.add(
            new BulkItem(
                entry.path("ok").asBoolean(false),
                id.isValueNode() && !id.isNull() ? Optional.of(id.asString()) : Optional.empty(),
                msg.isString() ? Optional.of(msg.stringValue()) : Optional.empty()));
      }
    }
    return new BulkResult(reply.ok(), reply.status(), reply.msg(), items, reply.operation());
  }
}
