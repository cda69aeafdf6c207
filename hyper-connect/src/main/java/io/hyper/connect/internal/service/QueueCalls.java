package io.hyper.connect.internal.service;

import io.hyper.connect.HyperException;
import io.hyper.connect.IdResult;
import io.hyper.connect.OkResult;
import io.hyper.connect.internal.Call;
import io.hyper.connect.internal.Check;
import io.hyper.connect.internal.JsonCodec;
import io.hyper.connect.internal.Replies;
import io.hyper.connect.internal.Reply;
import io.hyper.connect.internal.ServiceClient;
import io.hyper.connect.queue.Job;
import io.hyper.connect.queue.JobsResult;
import io.hyper.connect.queue.QueueService;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The queue service's requests and answer mappings, built once for both forms. */
final class QueueCalls {
  final ServiceClient http;
  final JsonCodec codec;

  QueueCalls(ServiceClient http) {
    this.http = http;
    this.codec = http.codec();
  }

  Call<OkResult> create(String target, String secret) {
    checkTarget(target);
    ObjectNode body = codec.object().put("target", target);
    if (secret != null) {
      body.put("secret", secret);
    }
    return http.put("create").json(body).call(Replies::ok);
  }

  Call<OkResult> destroy(boolean confirm) {
    Check.confirmed(confirm, "the queue at " + http.baseUrl());
    return http.delete("destroy").call(Replies::ok);
  }

  Call<IdResult> enqueue(Object job) {
    return http.post("enqueue").json(codec.jsonObject(job, "job")).call(Replies::id);
  }

  Call<JobsResult> jobs(String op, String status) {
    return http.get(op).query("status", status).call(QueueCalls::toJobs);
  }

  static void checkTarget(String target) {
    Check.notBlank(target, "target");
    URI uri;
    try {
      uri = new URI(target);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "target must be an absolute http(s) URL, was \"" + target + "\": " + e.getReason(), e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw new IllegalArgumentException(
          "target must be an absolute http(s) URL with a host, was \"" + target + "\"");
    }
  }

  static String checkSecret(String secret) {
    if (secret == null || secret.isEmpty()) {
      throw new IllegalArgumentException(
          "secret must be 1 to "
              + QueueService.MAX_SECRET_LENGTH
              + " characters, was "
              + (secret == null ? "null" : "empty")
              + "; use create(target) for an unsigned queue");
    }
    if (secret.length() > QueueService.MAX_SECRET_LENGTH) {
      throw new IllegalArgumentException(
          "secret must be at most "
              + QueueService.MAX_SECRET_LENGTH
              + " characters, was "
              + secret.length()
              + " characters long");
    }
    return secret;
  }

  static JobsResult toJobs(Reply reply) {
    List<Job> jobs = null;
    if (reply.ok()) {
      jobs = new ArrayList<>();
      for (JsonNode record : reply.required("jobs")) {
        jobs.add(toJob(record, reply));
      }
    }
    return new JobsResult(reply.ok(), reply.status(), reply.msg(), jobs, reply.operation());
  }

  static Job toJob(JsonNode record, Reply reply) {
    JsonNode id = record.path("id");
    if (!id.isString() && !id.isNumber()) {
      throw new HyperException(reply.operation() + ": a job record has no id: " + record);
    }
    JsonNode time = record.has("timestmp") ? record.path("timestmp") : record.path("timestamp");
    return new Job(
        id.asString(),
        record.path("job"),
        record.path("status").asString(""),
        record.path("queue").asString(""),
        time.isString() ? Optional.of(time.stringValue()) : Optional.empty(),
        toError(record.path("error")),
        reply.codec().documents(),
        reply.operation());
  }

  static Optional<Job.JobError> toError(JsonNode error) {
    if (!error.isObject()) {
      return Optional.empty();
    }
    JsonNode status = error.path("status");
    return Optional.of(
        new Job.JobError(
            status.isInt() ? Optional.of(status.intValue()) : Optional.empty(),
            error.path("msg").asString("")));
  }
}
