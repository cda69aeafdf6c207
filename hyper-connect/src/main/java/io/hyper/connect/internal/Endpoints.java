package io.hyper.connect.internal;

/**
 * Builds the base URL of each service and the info URL from a connection string's parts (hyper
 * contract §1.2): cloud {@code https://{host}{app}/{service}/{domain}}, self-hosted {@code
 * {scheme}://{host}/{service}/{domain}}.
 *
 * @param scheme the request scheme ({@code http} or {@code https})
 * @param host host and optional port
 * @param app the cloud app path ({@code /my-app}), or {@code null} for self-hosted
 * @param domain the domain (decoded)
 */
public record Endpoints(String scheme, String host, String app, String domain) {

  /**
   * Returns the base URL of a service, without a trailing slash.
   *
   * @param service {@code data}, {@code cache}, {@code search}, {@code storage} or {@code queue}
   * @return e.g. {@code http://localhost:6363/data/test}
   */
  public String base(String service) {
    String d = Percent.encodeSegment(domain);
    return app == null
        ? scheme + "://" + host + "/" + service + "/" + d
        : scheme + "://" + host + encodePath(app) + "/" + service + "/" + d;
  }

  /**
   * Returns the info URL ({@code GET /} of the host).
   *
   * @return e.g. {@code http://localhost:6363/}
   */
  public String info() {
    return scheme + "://" + host + "/";
  }

  private static String encodePath(String rawPath) {
    StringBuilder out = new StringBuilder();
    for (String segment : rawPath.substring(1).split("/", -1)) {
      out.append('/').append(Percent.encodeSegment(Percent.decode(segment, "path")));
    }
    return out.toString();
  }
}
