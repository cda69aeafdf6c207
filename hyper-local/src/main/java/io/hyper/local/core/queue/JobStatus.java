package io.hyper.local.core.queue;

import io.hyper.local.core.HyperError;
import java.util.Optional;

/** Where a job stands (§8.3): waiting for delivery, or given up on. */
public enum JobStatus {
  /** Waiting for its first delivery or for a retry. */
  READY,
  /** Every delivery attempt failed; the job stays until cancelled. */
  ERROR;

  /**
   * Reads the {@code status} query parameter of a job listing.
   *
   * @throws HyperError 422 when it is missing or not exactly {@code READY} or {@code ERROR}
   */
  public static JobStatus parse(Optional<String> status) {
    String text =
        status.orElseThrow(() -> HyperError.unprocessable("status must be READY or ERROR"));
    return switch (text) {
      case "READY" -> READY;
      case "ERROR" -> ERROR;
      default -> throw HyperError.unprocessable("status must be READY or ERROR");
    };
  }
}
