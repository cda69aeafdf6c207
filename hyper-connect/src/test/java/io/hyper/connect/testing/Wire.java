package io.hyper.connect.testing;

import static org.assertj.core.api.Assertions.assertThat;

/** The assertion every wire test starts with: which request arrived, and that it was signed. */
public final class Wire {
  private Wire() {}

  /**
   * Takes the next request a target's server recorded and checks its method, path and query, and
   * its token.
   *
   * @param servers the servers
   * @param target the target the request went to
   * @param method the expected HTTP method
   * @param pathAndQuery the expected raw path plus {@code ?query}
   * @return the request, for more assertions
   */
  public static RecordedRequest take(
      WireServers servers, Target target, String method, String pathAndQuery) {
    RecordedRequest r = target.server(servers).takeRequest();
    assertThat(r.method()).isEqualTo(method);
    assertThat(r.target()).isEqualTo(pathAndQuery);
    Tokens.assertSigned(r, Target.KEY, Target.SECRET);
    assertThat(r.header("Upgrade")).as("plain HTTP/1.1, no h2c upgrade").isEmpty();
    assertThat(r.header("User-Agent"))
        .hasValueSatisfying(ua -> assertThat(ua).startsWith("hyper-connect-java"));
    return r;
  }
}
