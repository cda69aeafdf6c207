package io.hyper.connect.storage;

import io.hyper.connect.Result;
import io.hyper.connect.internal.Failures;
import io.hyper.connect.internal.ResultText;
import java.net.URI;
import java.util.Optional;

/**
 * The result of {@link StorageService#signedUrl}: hyper's {@code {ok, url}} plus the status.
 *
 * @param ok whether hyper reported success
 * @param status the HTTP status of the answer
 * @param msg hyper's message, or empty
 * @param url the absolute signed URL; read it with {@link #url()}
 * @param operation the operation, as {@code service.op}
 */
public record UrlResult(boolean ok, int status, Optional<String> msg, URI url, String operation)
    implements Result {

  /**
   * Normalises a {@code null} message to empty.
   *
   * @param ok whether hyper reported success
   * @param status the HTTP status of the answer
   * @param msg hyper's message, or empty
   * @param url the absolute signed URL; read it with {@link #url()}
   * @param operation the operation, as {@code service.op}
   */
  public UrlResult {
    msg = msg == null ? Optional.empty() : msg;
  }

  /**
   * Returns the signed URL.
   *
   * @return an absolute URL that needs no {@code Authorization} header
   * @throws io.hyper.connect.HyperServiceException when the result is not ok (a server without
   *     signed URLs answers 501), as {@link #orThrow()} would
   */
  @Override
  public URI url() {
    Failures.check(this);
    return url;
  }

  /**
   * Returns this result when ok, or throws the exception matching its status.
   *
   * @return this result
   * @throws io.hyper.connect.HyperServiceException when not ok
   */
  @Override
  public UrlResult orThrow() {
    Failures.check(this);
    return this;
  }

  /** Hyper's shape, e.g. {@code {"ok":true,"status":200,...}}; never a secret. */
  @Override
  public String toString() {
    return ResultText.of(this, "url", url == null ? null : redacted(url));
  }

  /** Scheme, host, port and path only: a signed URL's query is a bearer credential. */
  private static String redacted(URI url) {
    String text =
        (url.getScheme() == null ? "" : url.getScheme() + "://")
            + (url.getRawAuthority() == null ? "" : hostPort(url))
            + (url.getRawPath() == null ? "" : url.getRawPath());
    return url.getRawQuery() == null && url.getRawFragment() == null ? text : text + "?...";
  }

  private static String hostPort(URI url) {
    return url.getHost() == null
        ? ""
        : url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort());
  }
}
