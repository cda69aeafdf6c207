package io.hyper.local.s3;

import io.hyper.local.core.HyperError;
import java.lang.System.Logger.Level;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Turns the S3 server's failures into what a client may see, as {@link
 * io.hyper.local.core.ServerFaults} does for a disk: 503 when the server cannot be reached or is
 * overloaded (the client may retry), 500 otherwise (a misconfiguration such as a refused
 * signature), never the SDK's text, a key or an endpoint. The cause is logged (WARNING) for the
 * operator.
 */
final class S3Faults {
  /** The message of every 503 for an S3 server that cannot be reached or is overloaded. */
  static final String UNAVAILABLE =
      "service unavailable: the storage engine (S3) cannot be reached, retry later";

  private static final System.Logger LOG = System.getLogger(S3Faults.class.getName());

  private S3Faults() {}

  /** Runs one S3 call, turning its failure into a {@link HyperError} about {@code doing}. */
  static <T> T call(String doing, Supplier<T> call) {
    try {
      return call.get();
    } catch (SdkException e) {
      throw of(doing, e);
    }
  }

  /** Runs one S3 call that answers nothing, turning its failure into a {@link HyperError}. */
  static void run(String doing, Runnable call) {
    call(
        doing,
        () -> {
          call.run();
          return null;
        });
  }

  /** True when {@code e} is S3 saying "no such key" (or bucket, or upload): a 404. */
  static boolean notFound(SdkException e) {
    return e instanceof S3Exception s3 && s3.statusCode() == 404;
  }

  /** The error a client receives for a failed S3 call while {@code doing}; logs the cause. */
  static HyperError of(String doing, SdkException e) {
    if (e instanceof AbortedException) {
      Thread.currentThread().interrupt();
    }
    boolean unavailable =
        e instanceof SdkClientException || e instanceof S3Exception s3 && s3.statusCode() >= 500;
    LOG.log(Level.WARNING, "S3 failure: " + doing, e);
    return unavailable
        ? new HyperError(503, UNAVAILABLE)
        : HyperError.internal("internal error: the server could not " + doing);
  }
}
