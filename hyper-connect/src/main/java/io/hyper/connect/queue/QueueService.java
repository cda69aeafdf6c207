package io.hyper.connect.queue;

import io.hyper.connect.HyperException;
import io.hyper.connect.IdResult;
import io.hyper.connect.OkResult;
import io.hyper.connect.internal.Call;
import io.hyper.connect.internal.Check;
import io.hyper.connect.internal.JsonCodec;
import io.hyper.connect.internal.Replies;
import io.hyper.connect.internal.Reply;
import io.hyper.connect.internal.ServiceClient;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The queue service of one domain: jobs that hyper delivers, one {@code POST} each, to a target URL
 * of yours. Get it from {@link io.hyper.connect.Hyper#queue()}.
 *
 * <pre>{@code
 * QueueService queue = hyper.queue();
 * queue.create("https://worker.example.com/jobs", System.getenv("QUEUE_SECRET"));
 * String id = queue.enqueue(Map.of("type", "MOVIE_ADDED", "id", "movie-1")).id();
 * List<Job> failed = queue.errors().jobs();
 * }</pre>
 *
 * <p>With a secret, every delivery carries an {@code X-HYPER-SIGNATURE} header; check it in the
 * receiving endpoint with {@link SignatureVerifier}. Delivered jobs disappear; jobs waiting are
 * listed by {@link #queued()}, failed ones by {@link #errors()}.
 *
 * <p>Every action has a sync form and an {@code ...Async} twin returning a {@link
 * CompletableFuture}; see {@link io.hyper.connect.data.DataService} for the shared rules on results
 * and exceptions. Invalid arguments throw {@link IllegalArgumentException} from both forms before
 * anything is sent.
 */
public final class QueueService {
  /** The longest secret hyper accepts. */
  public static final int MAX_SECRET_LENGTH = 100;

  private final ServiceClient http;
  private final JsonCodec codec;

  /**
   * Creates the service; use {@link io.hyper.connect.Hyper#queue()} instead.
   *
   * @param http the service's client
   */
  public QueueService(ServiceClient http) {
    this.http = http;
    this.codec = http.codec();
  }

  // ---- create / destroy --------------------------------------------------------------------

  /**
   * Creates the queue, delivering jobs unsigned to {@code target} ({@code PUT /queue/{queue}}); 409
   * when it exists. Prefer {@link #create(String, String)}: without a secret your endpoint cannot
   * tell hyper's deliveries from anyone else's.
   *
   * @param target the absolute {@code http} or {@code https} URL jobs are posted to
   * @return the result
   * @throws IllegalArgumentException when {@code target} is not an absolute http(s) URL
   */
  public OkResult create(String target) {
    return createCall(target, null).send();
  }

  /**
   * Creates the queue, signing every delivery with {@code secret} ({@code PUT /queue/{queue}}); 409
   * when it exists.
   *
   * @param target the absolute {@code http} or {@code https} URL jobs are posted to
   * @param secret the signing secret, 1 to {@value #MAX_SECRET_LENGTH} characters
   * @return the result
   * @throws IllegalArgumentException when {@code target} is not an absolute http(s) URL or the
   *     secret is null, empty or too long (the message never shows the secret)
   */
  public OkResult create(String target, String secret) {
    return createCall(target, checkSecret(secret)).send();
  }

  /**
   * Creates an unsigned queue without blocking; see {@link #create(String)}.
   *
   * @param target the target URL
   * @return the future result
   * @throws IllegalArgumentException as {@link #create(String)}
   */
  public CompletableFuture<OkResult> createAsync(String target) {
    return createCall(target, null).sendAsync();
  }

  /**
   * Creates a signed queue without blocking; see {@link #create(String, String)}.
   *
   * @param target the target URL
   * @param secret the signing secret
   * @return the future result
   * @throws IllegalArgumentException as {@link #create(String, String)}
   */
  public CompletableFuture<OkResult> createAsync(String target, String secret) {
    return createCall(target, checkSecret(secret)).sendAsync();
  }

  /**
   * Deletes the queue and its jobs ({@code DELETE /queue/{queue}}); 404 when missing.
   *
   * @param confirm must be {@code true}
   * @return the result
   * @throws IllegalArgumentException when {@code confirm} is false; nothing is sent
   */
  public OkResult destroy(boolean confirm) {
    return destroyCall(confirm).send();
  }

  /**
   * Deletes the queue without blocking; see {@link #destroy(boolean)}.
   *
   * @param confirm must be {@code true}
   * @return the future result
   * @throws IllegalArgumentException when {@code confirm} is false; nothing is sent
   */
  public CompletableFuture<OkResult> destroyAsync(boolean confirm) {
    return destroyCall(confirm).sendAsync();
  }

  // ---- jobs --------------------------------------------------------------------------------

  /**
   * Enqueues a job for delivery ({@code POST /queue/{queue}}); 404 when the queue is missing.
   *
   * @param job a value that serialises to a JSON object; it is delivered as that JSON
   * @return the result; {@link IdResult#id()} is the job's id, as a string
   * @throws IllegalArgumentException when {@code job} is null or not a JSON object
   */
  public IdResult enqueue(Object job) {
    return enqueueCall(job).send();
  }

  /**
   * Enqueues a job without blocking; see {@link #enqueue(Object)}.
   *
   * @param job the job
   * @return the future result
   * @throws IllegalArgumentException as {@link #enqueue(Object)}
   */
  public CompletableFuture<IdResult> enqueueAsync(Object job) {
    return enqueueCall(job).sendAsync();
  }

  /**
   * Lists the jobs waiting for delivery ({@code GET /queue/{queue}?status=READY}).
   *
   * @return the result; {@link JobsResult#jobs()} holds the job records
   */
  public JobsResult queued() {
    return jobsCall("queued", Job.READY).send();
  }

  /**
   * Lists the waiting jobs without blocking; see {@link #queued()}.
   *
   * @return the future result
   */
  public CompletableFuture<JobsResult> queuedAsync() {
    return jobsCall("queued", Job.READY).sendAsync();
  }

  /**
   * Lists the jobs whose delivery failed ({@code GET /queue/{queue}?status=ERROR}).
   *
   * @return the result; {@link JobsResult#jobs()} holds the job records
   */
  public JobsResult errors() {
    return jobsCall("errors", Job.ERROR).send();
  }

  /**
   * Lists the failed jobs without blocking; see {@link #errors()}.
   *
   * @return the future result
   */
  public CompletableFuture<JobsResult> errorsAsync() {
    return jobsCall("errors", Job.ERROR).sendAsync();
  }

  // ---- request building, once per action ---------------------------------------------------

  private Call<OkResult> createCall(String target, String secret) {
    checkTarget(target);
    ObjectNode body = codec.object().put("target", target);
    if (secret != null) {
      body.put("secret", secret);
    }
    return http.put("create").json(body).call(Replies::ok);
  }

  private Call<OkResult> destroyCall(boolean confirm) {
    Check.confirmed(confirm, "the queue at " + http.baseUrl());
    return http.delete("destroy").call(Replies::ok);
  }

  private Call<IdResult> enqueueCall(Object job) {
    return http.post("enqueue").json(codec.jsonObject(job, "job")).call(Replies::id);
  }

  private Call<JobsResult> jobsCall(String op, String status) {
    return http.get(op).query("status", status).call(QueueService::toJobs);
  }

  private static void checkTarget(String target) {
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

  private static String checkSecret(String secret) {
    if (secret == null || secret.isEmpty()) {
      throw new IllegalArgumentException(
          "secret must be 1 to "
              + MAX_SECRET_LENGTH
              + " characters, was "
              + (secret == null ? "null" : "empty")
              + "; use create(target) for an unsigned queue");
    }
    if (secret.length() > MAX_SECRET_LENGTH) {
      throw new IllegalArgumentException(
          "secret must be at most "
              + MAX_SECRET_LENGTH
              + " characters, was "
              + secret.length()
              + " characters long");
    }
    return secret;
  }

  private static JobsResult toJobs(Reply reply) {
    List<Job> jobs = null;
    if (reply.ok()) {
      jobs = new ArrayList<>();
      for (JsonNode record : reply.required("jobs")) {
        jobs.add(toJob(record, reply));
      }
    }
    return new JobsResult(reply.ok(), reply.status(), reply.msg(), jobs, reply.operation());
  }

  private static Job toJob(JsonNode record, Reply reply) {
    JsonNode id = record.path("id");
    if (!id.isString() && !id.isNumber()) {
      throw new HyperException(reply.operation() + ": a job record has no id: " + record);
    }
    JsonNode payload = record.path("job");
    Map<String, Object> job =
        payload.isObject()
            ? reply.codec().decode(payload, reply.codec().mapType(), reply.operation())
            : Map.of();
    JsonNode time = record.has("timestmp") ? record.path("timestmp") : record.path("timestamp");
    return new Job(
        id.asString(),
        job,
        record.path("status").asString(""),
        record.path("queue").asString(""),
        time.isString() ? Optional.of(time.stringValue()) : Optional.empty(),
        toError(record.path("error")));
  }

  private static Optional<Job.JobError> toError(JsonNode error) {
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
