package io.hyper.connect.queue;

import io.hyper.connect.Result;
import io.hyper.connect.internal.Failures;
import io.hyper.connect.internal.ResultText;
import java.util.List;
import java.util.Optional;

/**
 * The result of {@link QueueService#queued()} and {@link QueueService#errors()}: hyper's {@code
 * {ok, jobs}} plus the status.
 *
 * @param ok whether hyper reported success
 * @param status the HTTP status of the answer
 * @param msg hyper's message, or empty
 * @param jobs the job records, each decoded on demand (see {@link Job}); read them with {@link
 *     #jobs()}
 * @param operation the operation, as {@code service.op}
 */
public record JobsResult(
    boolean ok, int status, Optional<String> msg, List<Job> jobs, String operation)
    implements Result {

  /**
   * Normalises a {@code null} message to empty and copies the list.
   *
   * @param ok whether hyper reported success
   * @param status the HTTP status of the answer
   * @param msg hyper's message, or empty
   * @param jobs the job records; read them with {@link #jobs()}
   * @param operation the operation, as {@code service.op}
   */
  public JobsResult {
    msg = msg == null ? Optional.empty() : msg;
    jobs = jobs == null ? List.of() : List.copyOf(jobs);
  }

  /**
   * Returns the job records.
   *
   * @return an unmodifiable list, empty when there are none
   * @throws io.hyper.connect.HyperServiceException when the result is not ok, as {@link #orThrow()}
   *     would
   */
  @Override
  public List<Job> jobs() {
    Failures.check(this);
    return jobs;
  }

  /**
   * Returns this result when ok, or throws the exception matching its status.
   *
   * @return this result
   * @throws io.hyper.connect.HyperServiceException when not ok
   */
  @Override
  public JobsResult orThrow() {
    Failures.check(this);
    return this;
  }

  /**
   * Hyper's shape, e.g. {@code {"ok":true,"status":200,"jobs":[...]}}, without {@code jobs} when
   * not ok; never a secret.
   */
  @Override
  public String toString() {
    return ResultText.of(this, "jobs", ok ? jobs : null);
  }
}
