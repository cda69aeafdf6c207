package io.hyper.local.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body that fails, instead of ending quietly, when the client sent fewer bytes than its
 * {@code Content-Length} promised: a cut-off upload must never pass for a complete one.
 */
final class CompleteBody extends FilterInputStream {
  private final long expected;
  private long seen;

  private CompleteBody(InputStream in, long expected) {
    super(in);
    this.expected = expected;
  }

  /**
   * The body of {@code request}, checked against its {@code Content-Length} when it has one.
   *
   * @throws io.hyper.local.core.HyperError 400 for a {@code Content-Length} that is not a number
   */
  static InputStream of(Request request) {
    InputStream body = request.body();
    return request
        .header("Content-Length")
        .map(
            value -> {
              try {
                return (InputStream) new CompleteBody(body, Long.parseLong(value.trim()));
              } catch (NumberFormatException e) {
                throw io.hyper.local.core.HyperError.badRequest("Content-Length is not a number");
              }
            })
        .orElse(body);
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    count(b < 0 ? -1 : 1);
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    count(n);
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    seen += skipped;
    return skipped;
  }

  private void count(int n) throws IOException {
    if (n < 0) {
      if (seen < expected) {
        throw new BodyReadException(
            "request body ended after " + seen + " of " + expected + " announced bytes", null);
      }
    } else {
      seen += n;
    }
  }
}
