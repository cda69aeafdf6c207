package io.hyper.connect.testing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One request as the server received it: raw path and query (still percent-encoded), headers with
 * lower-cased names, and the body bytes.
 *
 * @param method the HTTP method
 * @param rawPath the path exactly as sent, e.g. {@code /data/test/a%2Fb}
 * @param rawQuery the query exactly as sent, or {@code null}
 * @param headers header values by lower-cased name
 * @param body the body bytes
 */
public record RecordedRequest(
    String method,
    String rawPath,
    String rawQuery,
    Map<String, List<String>> headers,
    byte[] body) {

  /**
   * Returns the single value of a header.
   *
   * @param name the header name, any case
   * @return the first value, or empty when absent
   */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * Returns the body as UTF-8 text.
   *
   * @return the body text
   */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /**
   * Returns the path and query as sent, e.g. {@code /data/test?limit=5}.
   *
   * @return path plus {@code ?query} when there is one
   */
  public String target() {
    return rawQuery == null ? rawPath : rawPath + "?" + rawQuery;
  }
}
