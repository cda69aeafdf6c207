package io.hyper.local.opensearch;

/**
 * Opens the search engine on OpenSearch over HTTPS for {@code --search opensearchs://…}; the URL's
 * parameters are {@link OpenSearchFactory}'s. The server's certificate is checked against the JVM's
 * trust store ({@code -Djavax.net.ssl.trustStore=…} for a private CA).
 */
public final class OpenSearchTlsFactory extends OpenSearchFactory {
  /** The factory for {@code opensearchs:} (found by {@link java.util.ServiceLoader}). */
  public OpenSearchTlsFactory() {}

  @Override
  public String scheme() {
    return TLS_SCHEME;
  }
}
