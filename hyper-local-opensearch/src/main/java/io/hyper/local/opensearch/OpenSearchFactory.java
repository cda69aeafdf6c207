package io.hyper.local.opensearch;

import io.hyper.local.LocalConfig;
import io.hyper.local.engine.EngineFactory;
import io.hyper.local.engine.EngineUrl;
import io.hyper.local.port.SearchPort;

/**
 * Opens the search engine on OpenSearch for {@code --search
 * opensearch://[user:password@]host[:port][?prefix=name]} (HTTP; {@code opensearchs://} for HTTPS,
 * see {@link OpenSearchTlsFactory}).
 *
 * <p>Parameters: {@code prefix}, the start of every OpenSearch index name of this deployment
 * ({@code hyper} by default; 1 to 64 of {@code a-z 0-9 _ -}). The port defaults to 9200. User and
 * password, when given, are sent as HTTP basic authentication. No path or other parameter is
 * accepted. Opening does not contact the cluster: a cluster that is down at start is answered 503
 * until it is up.
 */
public class OpenSearchFactory implements EngineFactory<SearchPort> {
  /** The scheme of plain HTTP. */
  static final String SCHEME = "opensearch";

  /** The scheme of HTTPS. */
  static final String TLS_SCHEME = "opensearchs";

  /** The factory for {@code opensearch:} (found by {@link java.util.ServiceLoader}). */
  public OpenSearchFactory() {}

  @Override
  public Class<SearchPort> port() {
    return SearchPort.class;
  }

  @Override
  public String scheme() {
    return SCHEME;
  }

  @Override
  public SearchPort open(EngineUrl url, LocalConfig config) {
    return new OpenSearchSearch(OpenSearchUrl.parse(url), OpenSearchSearch.PAGE);
  }
}
