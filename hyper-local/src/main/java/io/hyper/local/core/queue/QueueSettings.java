package io.hyper.local.core.queue;

import io.hyper.local.core.HyperError;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * A queue's name rules and settings (§8.2): where its jobs are delivered and the secret that signs
 * them. {@link #toString()} never shows the secret.
 *
 * @param target the absolute {@code http} or {@code https} URL jobs are posted to
 * @param secret the HMAC secret of the {@code X-HYPER-SIGNATURE} header; empty means unsigned
 */
public record QueueSettings(URI target, Optional<String> secret) {
  /** The longest secret accepted, in characters. */
  public static final int MAX_SECRET = 100;

  private static final Pattern NAME = Pattern.compile("^[a-z0-9_~-]+$");

  /** Checks both components. */
  public QueueSettings {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(secret, "secret");
  }

  /**
   * The name a queue is created under: lower-cased, then checked against {@code ^[a-z0-9_~-]+$}.
   *
   * @throws HyperError 422 {@code queue name is not valid!} otherwise
   */
  public static String createName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (!NAME.matcher(lower).matches()) {
      throw HyperError.unprocessable("queue name is not valid!");
    }
    return lower;
  }

  /**
   * Reads the body of {@code PUT /queue/{name}}: {@code {"target": url, "secret"?: string}}.
   *
   * @throws HyperError 422 for a missing or non-string target, a target that is not an absolute
   *     http(s) URL, a non-string secret, or a secret longer than {@value #MAX_SECRET} characters
   */
  public static QueueSettings from(JsonNode body) {
    if (!body.isObject()) {
      throw HyperError.unprocessable("body must be an object with a target");
    }
    JsonNode target = body.get("target");
    if (target == null || !target.isString()) {
      throw HyperError.unprocessable("target must be a URL string");
    }
    JsonNode secret = body.get("secret");
    Optional<String> secretText = Optional.empty();
    if (secret != null && !secret.isNull()) {
      if (!secret.isString()) {
        throw HyperError.unprocessable("secret must be a string");
      }
      if (secret.stringValue().length() > MAX_SECRET) {
        throw HyperError.unprocessable("secret must be at most " + MAX_SECRET + " characters");
      }
      secretText = Optional.of(secret.stringValue()).filter(s -> !s.isEmpty());
    }
    return new QueueSettings(targetUrl(target.stringValue()), secretText);
  }

  private static URI targetUrl(String text) {
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw HyperError.unprocessable("target must be an absolute http or https URL");
  }

  /** Shows the target and whether there is a secret, never the secret itself. */
  @Override
  public String toString() {
    return "QueueSettings[target="
        + target
        + ", secret="
        + (secret.isPresent() ? "****" : "none")
        + "]";
  }
}
