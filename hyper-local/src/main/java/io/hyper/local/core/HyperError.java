package io.hyper.local.core;

/**
 * A failure that reaches the client as hyper's error shape {@code {ok:false,status,msg}}.
 *
 * <p>Core rules and adapters throw it for every expected failure (missing database, conflict,
 * invalid argument); the HTTP layer writes it in one place. It carries no stack trace: it is a
 * value on its way out, not a bug.
 */
public final class HyperError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;

  /**
   * Creates an error with an HTTP status (4xx or 5xx) and a message for the client.
   *
   * @throws IllegalArgumentException if {@code status} is not in 400..599
   */
  public HyperError(int status, String msg) {
    super(msg, null, false, false);
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("status must be 400..599, was " + status);
    }
    this.status = status;
  }

  /** The HTTP status the client receives. */
  public int status() {
    return status;
  }

  /** The message the client receives in {@code msg}. */
  public String msg() {
    return getMessage();
  }

  /** 400: a request hyper cannot interpret (malformed JSON, unsafe name, unknown operator). */
  public static HyperError badRequest(String msg) {
    return new HyperError(400, msg);
  }

  /** 403: a signed URL that is expired or altered. */
  public static HyperError forbidden(String msg) {
    return new HyperError(403, msg);
  }

  /** 404: the service instance, document, key or object does not exist. */
  public static HyperError notFound(String msg) {
    return new HyperError(404, msg);
  }

  /** 409: the service instance or key exists already. */
  public static HyperError conflict(String msg) {
    return new HyperError(409, msg);
  }

  /** 413: the request body is larger than the route allows. */
  public static HyperError tooLarge(String msg) {
    return new HyperError(413, msg);
  }

  /** 422: an argument of the wrong type or shape, or a missing one. */
  public static HyperError unprocessable(String msg) {
    return new HyperError(422, msg);
  }

  /** 500: the server failed to read or write its own data (not the client's fault). */
  public static HyperError internal(String msg) {
    return new HyperError(500, msg);
  }

  /** 507: the server's disk is full; the request changed nothing and may succeed later. */
  public static HyperError insufficientStorage(String msg) {
    return new HyperError(507, msg);
  }
}
