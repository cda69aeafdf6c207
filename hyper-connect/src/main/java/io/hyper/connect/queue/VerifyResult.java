package io.hyper.connect.queue;

import io.hyper.connect.Result;
import io.hyper.connect.internal.Failures;
import io.hyper.connect.internal.ResultText;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of checking one queue delivery's {@code X-HYPER-SIGNATURE}, in hyper's result shape.
 *
 * <p>{@link #ok()} is {@code true} when the delivery is authentic (and, when a tolerance is set,
 * fresh). Otherwise {@link #status()} is the HTTP status a receiving endpoint should answer with:
 * 401 for a missing, malformed or wrong signature and 422 for a timestamp outside the tolerance
 * window; {@link #msg()} says which. A successful result has status 200 and no message.
 *
 * @param ok whether the delivery may be processed
 * @param status 200 when ok, otherwise 401 or 422
 * @param msg why the delivery was refused; empty when ok
 */
public record VerifyResult(boolean ok, int status, Optional<String> msg) implements Result {

  /** The operation name results report: {@value}. */
  public static final String OPERATION = "queue.verify";

  private static final VerifyResult OK = new VerifyResult(true, 200, Optional.empty());
  private static final VerifyResult UNAUTHORIZED =
      new VerifyResult(false, 401, Optional.of("Unauthorized"));
  private static final VerifyResult OUT_OF_RANGE =
      new VerifyResult(false, 422, Optional.of("Timestamp not within acceptable range"));

  /**
   * Creates a result; prefer the constants returned by {@link SignatureVerifier}.
   *
   * @param ok whether the delivery may be processed
   * @param status 200 when ok, otherwise 401 or 422
   * @param msg why the delivery was refused; empty when ok
   * @throws NullPointerException if {@code msg} is null
   */
  public VerifyResult {
    Objects.requireNonNull(msg, "msg");
  }

  /**
   * Returns {@value #OPERATION}.
   *
   * @return the operation name
   */
  @Override
  public String operation() {
    return OPERATION;
  }

  /**
   * Returns this result when the delivery is verified, or throws {@link
   * io.hyper.connect.UnauthorizedException} (401) or {@link
   * io.hyper.connect.UnprocessableException} (422).
   *
   * @return this result
   * @throws io.hyper.connect.HyperServiceException when not ok
   */
  @Override
  public VerifyResult orThrow() {
    Failures.check(this);
    return this;
  }

  /** The result {@code {ok:true}}: authentic and on time. */
  static VerifyResult accepted() {
    return OK;
  }

  /** The result {@code {ok:false,status:401,msg:"Unauthorized"}}. */
  static VerifyResult unauthorized() {
    return UNAUTHORIZED;
  }

  /** The result {@code {ok:false,status:422,msg:"Timestamp not within acceptable range"}}. */
  static VerifyResult outOfRange() {
    return OUT_OF_RANGE;
  }

  /** Hyper's shape, e.g. {@code {"ok":true,"status":200,...}}; never a secret. */
  @Override
  public String toString() {
    return ResultText.of(this);
  }
}
