package io.hyper.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.hyper.connect.queue.SignatureVerifier;
import io.hyper.connect.queue.VerifyResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A queue worker: the webhook hyper POSTs jobs to. It checks each job's {@code X-HYPER-SIGNATURE}
 * with the SDK's {@link SignatureVerifier} over the raw body before it trusts the job, and answers
 * 401 when the signature does not hold, 500 when the job asks to fail (to show hyper's retries and
 * the errors list), 200 otherwise.
 */
final class QueueWorker implements AutoCloseable {
  private final HttpServer server;
  private final SignatureVerifier verifier;
  private final List<String> done = new CopyOnWriteArrayList<>();

  QueueWorker(String secret) throws IOException {
    this.verifier = SignatureVerifier.of(secret).withTolerance(Duration.ofMinutes(5));
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/jobs", this::handle);
    server.start();
  }

  /** Where hyper delivers jobs. */
  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/jobs";
  }

  /** The raw bodies of the jobs this worker accepted. */
  List<String> done() {
    return List.copyOf(done);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange;
        InputStream in = exchange.getRequestBody()) {
      byte[] body = in.readAllBytes();
      String job = new String(body, StandardCharsets.UTF_8);
      VerifyResult verified =
          verifier.verify(exchange.getRequestHeaders().getFirst(SignatureVerifier.HEADER), body);
      int status = !verified.ok() ? 401 : job.contains("\"fail\":true") ? 500 : 200;
      Show.note("worker received " + job + " signature " + verified + " -> " + status);
      if (status == 200) {
        done.add(job);
      }
      byte[] answer = ("{\"ok\":" + (status == 200) + "}").getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, answer.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(answer);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
