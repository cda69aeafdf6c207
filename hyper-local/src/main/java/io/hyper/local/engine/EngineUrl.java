package io.hyper.local.engine;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a service's engine is, as a URL: {@code sqlite:} for the embedded default, {@code
 * postgres://user:pass@host/db} for a server. The scheme picks the {@link EngineFactory}; the rest
 * is the factory's to read.
 *
 * <p>{@link #toString()} shows the URL with any password replaced by {@code ****}, so an engine URL
 * can be printed or logged; only {@link #uri()} has the password.
 */
public final class EngineUrl {
  private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*");

  private final String scheme;
  private final String text;
  private final URI uri;

  private EngineUrl(String scheme, String text, URI uri) {
    this.scheme = scheme;
    this.text = text;
    this.uri = uri;
  }

  /**
   * Parses an engine URL; the scheme is compared without regard to case.
   *
   * @throws IllegalArgumentException when {@code text} has no scheme or is not a URI; the message
   *     never repeats the text, which may hold a password
   */
  public static EngineUrl parse(String text) {
    Objects.requireNonNull(text, "text");
    int colon = text.indexOf(':');
    if (colon <= 0 || !SCHEME.matcher(text.substring(0, colon)).matches()) {
      throw new IllegalArgumentException(
          "an engine URL starts with its engine's scheme, e.g. sqlite: or postgres://host/db");
    }
    String scheme = text.substring(0, colon).toLowerCase(Locale.ROOT);
    if (colon == text.length() - 1) {
      return new EngineUrl(scheme, text, null);
    }
    try {
      return new EngineUrl(scheme, text, new URI(text));
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "the " + scheme + ": engine URL is not a valid URI (at index " + e.getIndex() + ")", e);
    }
  }

  /** The scheme, lower-cased: {@code sqlite}, {@code postgres}, … */
  public String scheme() {
    return scheme;
  }

  /** The URL as given, password included: for the factory only, never for a message. */
  public String text() {
    return text;
  }

  /**
   * The URL as a URI, password included: for the factory only, never for a message.
   *
   * @throws IllegalStateException for a {@linkplain #isBare() bare} URL, which has no location
   */
  public URI uri() {
    if (uri == null) {
      throw new IllegalStateException(scheme + ": names an engine but no location");
    }
    return uri;
  }

  /** True when the URL is just its scheme ({@code sqlite:}): the engine's own default place. */
  public boolean isBare() {
    return uri == null;
  }

  /**
   * The URL with the password of its user info, if any, shown as {@code ****}. The user info is
   * read from the raw authority, up to its last {@code @}: without a host ({@code
   * postgres://u:pw@/db}) Java parses the authority as registry-based and reports no user info.
   */
  @Override
  public String toString() {
    String authority = uri == null ? null : uri.getRawAuthority();
    int at = authority == null ? -1 : authority.lastIndexOf('@');
    String userInfo = at < 0 ? null : authority.substring(0, at);
    if (userInfo == null || userInfo.indexOf(':') < 0) {
      return text;
    }
    String masked = userInfo.substring(0, userInfo.indexOf(':')) + ":****";
    return text.replace(userInfo + "@", masked + "@");
  }

  /** Equal when the URLs are equal. */
  @Override
  public boolean equals(Object other) {
    return other instanceof EngineUrl that && text.equals(that.text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }
}
