/**
 * hyper-local's storage engine on S3 or any S3-compatible server ({@code --storage s3://…}): every
 * hyper bucket under a key prefix of one S3 bucket, uploads streamed as multipart uploads in
 * constant memory, signed URLs as S3 presigned URLs. {@link io.hyper.local.s3.S3StorageFactory}
 * documents the URL.
 */
package io.hyper.local.s3;
