package io.hyper.connect.queue;

import io.hyper.connect.IdResult;
import io.hyper.connect.OkResult;

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
 * <p>Every action is declared once, in its sync form; {@link #async()} gives the same actions
 * returning a {@code CompletableFuture}. See {@link io.hyper.connect.data.DataService} for the
 * shared rules on results and exceptions. Invalid arguments throw {@link IllegalArgumentException}
 * from both forms before anything is sent.
 */
public interface QueueService {

  /** The longest secret hyper accepts. */
  int MAX_SECRET_LENGTH = 100;

  /**
   * Creates the queue, delivering jobs unsigned to {@code target} ({@code PUT /queue/{queue}}); 409
   * when it exists. Prefer {@link #create(String, String)}: without a secret your endpoint cannot
   * tell hyper's deliveries from anyone else's.
   *
   * @param target the absolute {@code http} or {@code https} URL jobs are posted to
   * @return the result
   * @throws IllegalArgumentException when {@code target} is not an absolute http(s) URL
   */
  OkResult create(String target);

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
  OkResult create(String target, String secret);

  /**
   * Deletes the queue and its jobs ({@code DELETE /queue/{queue}}); 404 when missing.
   *
   * @param confirm must be {@code true}
   * @return the result
   * @throws IllegalArgumentException when {@code confirm} is false; nothing is sent
   */
  OkResult destroy(boolean confirm);

  /**
   * Enqueues a job for delivery ({@code POST /queue/{queue}}); 404 when the queue is missing.
   *
   * @param job a value that serialises to a JSON object; it is delivered as that JSON
   * @return the result; {@link IdResult#id()} is the job's id, as a string
   * @throws IllegalArgumentException when {@code job} is null or not a JSON object
   */
  IdResult enqueue(Object job);

  /**
   * Lists the jobs waiting for delivery ({@code GET /queue/{queue}?status=READY}).
   *
   * @return the result; {@link JobsResult#jobs()} holds the job records
   */
  JobsResult queued();

  /**
   * Lists the jobs whose delivery failed ({@code GET /queue/{queue}?status=ERROR}).
   *
   * @return the result; {@link JobsResult#jobs()} holds the job records
   */
  JobsResult errors();

  /**
   * Returns the async form of this service: the same actions, each returning a {@link
   * java.util.concurrent.CompletableFuture} at once instead of blocking.
   *
   * @return the async view; the same object on every call
   */
  AsyncQueueService async();
}
