package io.hyper.connect.internal;

import io.hyper.connect.BadRequestException;
import io.hyper.connect.ConflictException;
import io.hyper.connect.HyperServiceException;
import io.hyper.connect.NotFoundException;
import io.hyper.connect.RateLimitedException;
import io.hyper.connect.Result;
import io.hyper.connect.ServerException;
import io.hyper.connect.UnauthorizedException;
import io.hyper.connect.UnexpectedStatusException;
import io.hyper.connect.UnprocessableException;

/** Maps a failed status to its exception: the one place that knows the status families. */
public final class Failures {
  private Failures() {}

  /**
   * Returns the exception for a failed answer.
   *
   * @param status the HTTP status
   * @param operation the operation, as {@code service.op}
   * @param msg hyper's message, or {@code null}
   * @return the exception of the status's family
   */
  public static HyperServiceException of(int status, String operation, String msg) {
    return switch (status) {
      case 400 -> new BadRequestException(status, operation, msg);
      case 401, 403 -> new UnauthorizedException(status, operation, msg);
      case 404 -> new NotFoundException(status, operation, msg);
      case 409 -> new ConflictException(status, operation, msg);
      case 422 -> new UnprocessableException(status, operation, msg);
      case 429 -> new RateLimitedException(status, operation, msg);
      default ->
          status >= 500 && status <= 599
              ? new ServerException(status, operation, msg)
              : new UnexpectedStatusException(status, operation, msg);
    };
  }

  /**
   * Throws the exception matching a result's status when the result is not ok.
   *
   * @param result the result to check
   * @throws HyperServiceException when {@code result.ok()} is false
   */
  public static void check(Result result) {
    if (!result.ok()) {
      throw of(result.status(), result.operation(), result.msg().orElse(null));
    }
  }
}
