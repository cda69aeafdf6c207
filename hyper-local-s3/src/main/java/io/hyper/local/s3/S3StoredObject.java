package io.hyper.local.s3;

import io.hyper.local.port.StoragePort.StoredObject;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/**
 * An object being read from S3: the {@code GetObject} response streamed as it arrives. Closing it
 * before the end aborts the request, dropping its connection rather than reading the rest of a
 * large object only to throw it away.
 */
final class S3StoredObject implements StoredObject {
  private final ResponseInputStream<GetObjectResponse> response;
  private final long size;
  private final InputStream content;
  private long read;
  private boolean ended;

  S3StoredObject(ResponseInputStream<GetObjectResponse> response) {
    this.response = response;
    Long length = response.response().contentLength();
    this.size = length == null ? 0 : length;
    this.content =
        new FilterInputStream(response) {
          @Override
          public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? -1 : 1);
            return b;
          }

          @Override
          public int read(byte[] buffer, int off, int len) throws IOException {
            int n = super.read(buffer, off, len);
            count(n);
            return n;
          }

          @Override
          public void close() throws IOException {
            S3StoredObject.this.close();
          }
        };
  }

  private void count(int n) {
    if (n < 0) {
      ended = true;
    } else {
      read += n;
    }
  }

  @Override
  public long size() {
    return size;
  }

  @Override
  public InputStream content() {
    return content;
  }

  @Override
  public void close() throws IOException {
    if (!ended && read < size) {
      response.abort();
    }
    response.close();
  }
}
