package io.hyper.local.opensearch;

import io.hyper.local.core.HyperError;
import io.hyper.local.core.Json;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.OpenSearchGenericClient;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5Transport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import org.opensearch.client.transport.httpclient5.ResponseException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * The REST calls of the engine, through opensearch-java's generic client over Apache HttpClient 5:
 * JSON in and out as hyper-local's own Jackson trees, so that documents travel unchanged.
 *
 * <p>An unreachable cluster, or one that answers 429 or 5xx, is hyper's 503 (retry later); the
 * cause is logged here, with no URL credentials, and never reaches the client.
 */
final class OsClient implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(OsClient.class.getName());

  /** The message of every 503 the engine causes. */
  static final String UNAVAILABLE = "search engine unavailable, retry later";

  private final ApacheHttpClient5Transport transport;
  private final OpenSearchGenericClient client;

  /** An answer: the HTTP status and the body (a missing node when there is none). */
  record Reply(int status, JsonNode body) {
    /** True for 2xx. */
    boolean ok() {
      return status >= 200 && status < 300;
    }

    /** The {@code error.type} of an error answer, or "". */
    String errorType() {
      return body.path("error").path("type").asString("");
    }
  }

  OsClient(OpenSearchUrl url) {
    HttpHost host = new HttpHost(url.https() ? "https" : "http", url.host(), url.port());
    ApacheHttpClient5TransportBuilder builder = ApacheHttpClient5TransportBuilder.builder(host);
    builder.setRequestConfigCallback(
        config ->
            config
                .setConnectionRequestTimeout(Timeout.ofSeconds(10))
                .setResponseTimeout(Timeout.ofSeconds(60)));
    BasicCredentialsProvider credentials = new BasicCredentialsProvider();
    url.user()
        .ifPresent(
            user ->
                credentials.setCredentials(
                    new AuthScope(host),
                    new UsernamePasswordCredentials(
                        user, url.password().orElse("").toCharArray())));
    // HttpClient 5.6 decompresses answers itself, and the transport does it again ("Not in GZIP
    // format"): the transport's own handling is the one its answers are read with.
    builder.setHttpClientConfigCallback(
        http -> http.disableContentCompression().setDefaultCredentialsProvider(credentials));
    this.transport = builder.build();
    this.client = new OpenSearchGenericClient(transport);
  }

  /** Sends a request with a JSON body (or none) and reads the answer. */
  Reply send(String method, String path, Map<String, String> query, JsonNode body) {
    return send(
        method,
        path,
        query,
        body == null ? null : Body.from(Json.MAPPER.writeValueAsBytes(body), "application/json"));
  }

  /** Sends newline-delimited JSON (the bulk API) and reads the answer. */
  Reply sendLines(String path, Map<String, String> query, List<JsonNode> lines) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (JsonNode line : lines) {
      out.writeBytes(Json.MAPPER.writeValueAsBytes(line));
      out.write('\n');
    }
    return send("POST", path, query, Body.from(out.toByteArray(), "application/x-ndjson"));
  }

  private Reply send(String method, String path, Map<String, String> query, Body body) {
    Requests.JsonBodyBuilder request = Requests.builder().method(method).endpoint(path);
    if (!query.isEmpty()) {
      request.query(query);
    }
    if (body != null) {
      request.body(body);
    }
    int status;
    byte[] bytes;
    try (Response response = client.execute(request.build())) {
      status = response.getStatus();
      bytes = response.getBody().map(Body::bodyAsBytes).orElse(new byte[0]);
    } catch (ResponseException e) {
      // The transport throws for some statuses (409, say) and hands the answer over here.
      status = e.status();
      bytes = entity(e);
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "OpenSearch unreachable: " + method + " " + path, e);
      throw new HyperError(503, UNAVAILABLE);
    }
    if (status == 429 || status >= 500) {
      LOG.log(Level.WARNING, "OpenSearch answered " + status + " to " + method + " " + path);
      throw new HyperError(503, UNAVAILABLE);
    }
    try {
      return new Reply(
          status, bytes.length == 0 ? MissingNode.getInstance() : Json.MAPPER.readTree(bytes));
    } catch (JacksonException e) {
      LOG.log(Level.WARNING, "OpenSearch answered no JSON to " + method + " " + path, e);
      throw new HyperError(503, UNAVAILABLE);
    }
  }

  /**
   * The answer's body that the transport put in its exception's message, after the first line;
   * empty when there is none. (The exception's own response type is not public.)
   */
  private static byte[] entity(ResponseException e) {
    String message = String.valueOf(e.getMessage());
    int newline = message.indexOf('\n');
    return newline < 0
        ? new byte[0]
        : message.substring(newline + 1).strip().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The error for an answer the engine did not expect (a request OpenSearch refused): 500, with
   * OpenSearch's reason logged here.
   */
  static HyperError unexpected(String doing, Reply reply) {
    LOG.log(
        Level.ERROR, "OpenSearch refused to " + doing + ": " + reply.status() + " " + reply.body());
    return HyperError.internal("internal error: the search engine could not " + doing);
  }

  /** A path segment with every character OpenSearch or HTTP could read otherwise escaped. */
  static String segment(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Override
  public void close() {
    try {
      transport.close();
    } catch (IOException e) {
      LOG.log(Level.DEBUG, "closing the OpenSearch client", e);
    }
  }
}
