package io.hyper.local.s3;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;

/**
 * Streams a client's content to one S3 key in fixed-size parts, holding one part's buffer at a
 * time: memory stays at the part size however big the content is.
 *
 * <p>Content that fits one part is a single {@code PutObject}; more is a multipart upload, one
 * {@code UploadPart} per full buffer, completed only after the content's last byte. When the
 * content fails (a cut-off upload) or S3 does, the multipart upload is aborted, so no part is left
 * behind to be billed or listed, and nothing exists at the key. Each part's body is replayed from
 * the buffer, so the SDK's retries resend it whole.
 */
final class S3Upload {
  private final S3Client s3;
  private final String bucket;
  private final int partSize;

  S3Upload(S3Client s3, String bucket, int partSize) {
    this.s3 = s3;
    this.bucket = bucket;
    this.partSize = partSize;
  }

  /**
   * Writes all of {@code content} to {@code key}.
   *
   * @return the bytes written
   * @throws IOException when {@code content} fails; nothing is at {@code key} then
   * @throws io.hyper.local.core.HyperError 503 or 500 when S3 fails; nothing is at {@code key}
   */
  long write(String key, InputStream content) throws IOException {
    byte[] buffer = new byte[partSize];
    int first = fill(content, buffer);
    if (first < partSize) {
      put(key, buffer, first);
      return first;
    }
    String uploadId =
        S3Faults.call(
                "store the upload", () -> s3.createMultipartUpload(b -> b.bucket(bucket).key(key)))
            .uploadId();
    try {
      List<CompletedPart> parts = new ArrayList<>();
      long total = 0;
      int n = first;
      while (n > 0) {
        parts.add(part(key, uploadId, parts.size() + 1, buffer, n));
        total += n;
        n = n < partSize ? 0 : fill(content, buffer);
      }
      S3Faults.run(
          "store the upload",
          () ->
              s3.completeMultipartUpload(
                  b ->
                      b.bucket(bucket)
                          .key(key)
                          .uploadId(uploadId)
                          .multipartUpload(m -> m.parts(parts))));
      return total;
    } catch (IOException | RuntimeException e) {
      abort(key, uploadId, e);
      throw e;
    }
  }

  private void put(String key, byte[] buffer, int length) {
    S3Faults.run(
        "store the upload",
        () -> s3.putObject(b -> b.bucket(bucket).key(key), body(buffer, length)));
  }

  private CompletedPart part(String key, String uploadId, int number, byte[] buffer, int length) {
    String etag =
        S3Faults.call(
                "store the upload",
                () ->
                    s3.uploadPart(
                        b ->
                            b.bucket(bucket)
                                .key(key)
                                .uploadId(uploadId)
                                .partNumber(number)
                                .contentLength((long) length),
                        body(buffer, length)))
            .eTag();
    return CompletedPart.builder().partNumber(number).eTag(etag).build();
  }

  /** The part's bytes, replayable (retries read them again) and not copied. */
  private static RequestBody body(byte[] buffer, int length) {
    return RequestBody.fromContentProvider(
        () -> new ByteArrayInputStream(buffer, 0, length), length, "application/octet-stream");
  }

  /** Reads until {@code buffer} is full or the content ends: the bytes read. */
  private static int fill(InputStream content, byte[] buffer) throws IOException {
    int filled = 0;
    while (filled < buffer.length) {
      int n = content.read(buffer, filled, buffer.length - filled);
      if (n < 0) {
        break;
      }
      filled += n;
    }
    return filled;
  }

  private void abort(String key, String uploadId, Exception why) {
    try {
      s3.abortMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId));
    } catch (SdkException | UncheckedIOException e) {
      why.addSuppressed(e);
      System.getLogger(S3Upload.class.getName())
          .log(
              System.Logger.Level.WARNING,
              "could not abort a multipart upload; the staging area's clean-up at start will",
              e);
    }
  }
}
