package io.hyper.local.s3;

import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.s3.LegacyMd5Plugin;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Builds the SDK's clients for an {@link S3Location}.
 *
 * <p>The HTTP client is the SDK's Apache HttpClient 5 one ({@code apache5-client}; {@code
 * apache-client}, on HttpClient 4, is deprecated in this SDK) rather than {@code
 * url-connection-client}: a bounded, reused connection pool with connect and socket timeouts, and a
 * download the reader stops early is aborted (its connection dropped) instead of drained to the
 * end, which matters when a client walks away from a large object. {@code HttpURLConnection} has
 * neither a pool bound nor a clean abort. Checksums are computed and validated only where the S3
 * API requires them: the SDK's newer default (CRC32 trailers in aws-chunked bodies) is not
 * understood by every S3-compatible server, and the engine must work with any; the legacy {@code
 * Content-MD5} that such servers require on {@code DeleteObjects} is sent instead ({@link
 * LegacyMd5Plugin}).
 */
final class S3Clients {
  /** Connections to the S3 server at once; a request past them waits for one. */
  static final int MAX_CONNECTIONS = 64;

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  private static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration CALL_TIMEOUT = Duration.ofMinutes(10);

  private S3Clients() {}

  /** The blocking client every call goes through. */
  static S3Client client(S3Location location) {
    var builder =
        S3Client.builder()
            .region(region(location))
            .credentialsProvider(credentials(location))
            .forcePathStyle(location.pathStyle())
            .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
            .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
            .addPlugin(LegacyMd5Plugin.create())
            .overrideConfiguration(o -> o.apiCallAttemptTimeout(CALL_TIMEOUT))
            .httpClientBuilder(
                Apache5HttpClient.builder()
                    .maxConnections(MAX_CONNECTIONS)
                    .connectionTimeout(CONNECT_TIMEOUT)
                    .socketTimeout(SOCKET_TIMEOUT));
    location.endpoint().ifPresent(builder::endpointOverride);
    return builder.build();
  }

  /** The presigner of signed URLs: no network, only signatures. */
  static S3Presigner presigner(S3Location location) {
    var builder =
        S3Presigner.builder()
            .region(region(location))
            .credentialsProvider(credentials(location))
            .serviceConfiguration(
                S3Configuration.builder().pathStyleAccessEnabled(location.pathStyle()).build());
    location.endpoint().ifPresent(builder::endpointOverride);
    return builder.build();
  }

  private static Region region(S3Location location) {
    if (location.region().isPresent()) {
      return Region.of(location.region().get());
    }
    if (location.endpoint().isPresent()) {
      return Region.US_EAST_1;
    }
    try {
      return DefaultAwsRegionProviderChain.builder().build().getRegion();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "the s3: storage URL gives no region and the environment has none; add ?region=…", e);
    }
  }

  private static AwsCredentialsProvider credentials(S3Location location) {
    if (location.accessKey().isPresent()) {
      return StaticCredentialsProvider.create(
          AwsBasicCredentials.create(location.accessKey().get(), location.secret().orElseThrow()));
    }
    return DefaultCredentialsProvider.builder().build();
  }
}
