package io.hyper.local.s3;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;

/**
 * Copies one key to another inside the S3 bucket, server-side: one {@code CopyObject} up to S3's 5
 * GiB limit for it, a multipart copy ({@code UploadPartCopy} of byte ranges) above. Either way the
 * target appears whole, in one step, when the copy completes, and a failed multipart copy is
 * aborted.
 */
final class S3Copy {
  /** The largest object one {@code CopyObject} may copy: 5 GiB. */
  static final long SINGLE_COPY_LIMIT = 5L * 1024 * 1024 * 1024;

  /** The range each part of a multipart copy takes: 1 GiB. */
  static final long COPY_PART = 1L << 30;

  private final S3Client s3;
  private final String bucket;
  private final long singleLimit;
  private final long partSize;

  S3Copy(S3Client s3, String bucket) {
    this(s3, bucket, SINGLE_COPY_LIMIT, COPY_PART);
  }

  /** A copier with other limits, so that tests can take the multipart path with small objects. */
  S3Copy(S3Client s3, String bucket, long singleLimit, long partSize) {
    this.s3 = s3;
    this.bucket = bucket;
    this.singleLimit = singleLimit;
    this.partSize = partSize;
  }

  /** Copies {@code size} bytes at {@code from} to {@code to}, replacing what {@code to} held. */
  void copy(String from, String to, long size) {
    if (size <= singleLimit) {
      S3Faults.run(
          "store the upload",
          () ->
              s3.copyObject(
                  b ->
                      b.sourceBucket(bucket)
                          .sourceKey(from)
                          .destinationBucket(bucket)
                          .destinationKey(to)));
      return;
    }
    String uploadId =
        S3Faults.call(
                "store the upload", () -> s3.createMultipartUpload(b -> b.bucket(bucket).key(to)))
            .uploadId();
    try {
      List<CompletedPart> parts = new ArrayList<>();
      for (long start = 0; start < size; start += partSize) {
        int number = parts.size() + 1;
        String range = "bytes=" + start + "-" + (Math.min(start + partSize, size) - 1);
        String etag =
            S3Faults.call(
                    "store the upload",
                    () ->
                        s3.uploadPartCopy(
                            b ->
                                b.sourceBucket(bucket)
                                    .sourceKey(from)
                                    .destinationBucket(bucket)
                                    .destinationKey(to)
                                    .uploadId(uploadId)
                                    .partNumber(number)
                                    .copySourceRange(range)))
                .copyPartResult()
                .eTag();
        parts.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
      }
      S3Faults.run(
          "store the upload",
          () ->
              s3.completeMultipartUpload(
                  b ->
                      b.bucket(bucket)
                          .key(to)
                          .uploadId(uploadId)
                          .multipartUpload(m -> m.parts(parts))));
    } catch (RuntimeException e) {
      try {
        s3.abortMultipartUpload(b -> b.bucket(bucket).key(to).uploadId(uploadId));
      } catch (RuntimeException abort) {
        e.addSuppressed(abort);
      }
      throw e;
    }
  }
}
