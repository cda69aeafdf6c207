package io.hyper.local.s3;

import io.hyper.local.LocalConfig;
import io.hyper.local.engine.EngineFactory;
import io.hyper.local.engine.EngineUrl;
import io.hyper.local.port.StoragePort;

/**
 * Opens storage on S3 or any S3-compatible server (MinIO, Ceph, S3Proxy, …) for {@code --storage
 * s3://…}:
 *
 * <pre>{@code
 * s3://[accessKey:secret@]bucket[/prefix][?endpoint=URL&region=NAME&pathStyle=true|false&partSize=MiB]
 * }</pre>
 *
 * <ul>
 *   <li>{@code bucket}: the S3 bucket that holds every hyper bucket; it must exist.
 *   <li>{@code prefix}: the key prefix under which they are kept ({@code <prefix>/<hyperBucket>/
 *       <object>}), so several servers can share one S3 bucket. Defaults to none.
 *   <li>{@code accessKey:secret}: percent-encoded (a secret's {@code /} is {@code %2F}). Defaults
 *       to the SDK's default credentials chain (environment, profile, instance role).
 *   <li>{@code endpoint}: the server's base URL, {@code http://127.0.0.1:9000}. Defaults to AWS's
 *       own for the region.
 *   <li>{@code region}: the signing region. Defaults to {@code us-east-1} with an endpoint, else to
 *       the SDK's default region chain.
 *   <li>{@code pathStyle}: {@code true} for {@code endpoint/bucket/key} requests, as most
 *       S3-compatible servers need. Defaults to {@code false} (virtual-hosted, as AWS prefers).
 *   <li>{@code partSize}: the MiB of each part of a multipart upload, {@value
 *       S3Location#MIN_PART_MIB} to {@value S3Location#MAX_PART_MIB}; one part's buffer is what an
 *       upload holds in memory. Defaults to {@value S3Location#DEFAULT_PART_MIB}.
 * </ul>
 *
 * <p>Anything else in the URL (a port after the bucket, an unknown parameter, a key without a
 * secret) is refused with a message that never shows the secret.
 */
public final class S3StorageFactory implements EngineFactory<StoragePort> {
  /** Creates the factory ({@link java.util.ServiceLoader} does). */
  public S3StorageFactory() {}

  /** {@code StoragePort}. */
  @Override
  public Class<StoragePort> port() {
    return StoragePort.class;
  }

  /** {@code s3}. */
  @Override
  public String scheme() {
    return "s3";
  }

  /**
   * Opens the engine on the S3 bucket the URL names.
   *
   * @throws IllegalArgumentException when the URL is not one described above
   * @throws IllegalStateException when the S3 bucket cannot be reached or does not exist
   */
  @Override
  public StoragePort open(EngineUrl url, LocalConfig config) {
    return S3Storage.open(S3Location.parse(url));
  }
}
